use serde::{Deserialize, Serialize};

/// Changing one's own password: `/{lang}/staff/password`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    pub current_password: String,
    pub new_password: String,
    pub repeat_password: String,
}
