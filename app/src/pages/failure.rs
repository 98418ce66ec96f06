//! What a page says instead of its content when the server could not make
//! it: the database is unreachable (503: try again in a few minutes) or
//! something went wrong (500). The server has logged why.

use crate::components::{set_status, t, use_lang};
use crate::model::PortError;
use leptos::prelude::*;

/// The page's status set from `failure`, and its words in the page's
/// language.
#[component]
pub fn Failed(failure: PortError) -> impl IntoView {
    set_status(failure.status());
    let lang = use_lang();
    let (title, sentence) = failure.message_keys();
    view! {
        <h1 id="failure">{t(title)}</h1>
        <p class="error" role="alert">{t(sentence)}</p>
        <p><a href=format!("/{}", lang.code())>{t("back-to-search")}</a></p>
    }
}
