//! Changing one's own password.

use super::PortalContent;
use crate::components::{href, t};
use crate::portal_model::PasswordPage;
use leptos::prelude::*;
use vocabulary::paths;

impl PortalContent for PasswordPage {
    fn view(self) -> AnyView {
        password_page(self.csrf, self.message, self.changed)
    }
}

/// `/{lang}/staff/password`.
fn password_page(csrf: String, message: Option<String>, changed: bool) -> AnyView {
    let message = message.map(|key| {
        if changed {
            view! { <p class="ok" role="status" id="password-message">{t(&key)}</p> }.into_any()
        } else {
            view! { <p class="error" role="alert" id="password-message">{t(&key)}</p> }.into_any()
        }
    });
    let field = |id: &'static str, label: &'static str, autocomplete: &'static str| {
        view! {
            <div class="field">
                <label for=id>{t(label)}</label>
                <input id=id name=id type="password" required autocomplete=autocomplete/>
            </div>
        }
    };
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1>{t("portal-password-change")}</h1>
        {message}
        <form class="booking-form" method="post" action=href(paths::PASSWORD.tail()) data-full-page="">
            <input type="hidden" name="csrf" value=csrf/>
            {field("current_password", "portal-password-current", "current-password")}
            {field("new_password", "portal-password-new", "new-password")}
            {field("repeat_password", "portal-password-repeat", "new-password")}
            <button type="submit" class="primary">{t("portal-save")}</button>
        </form>
    }
    .into_any()
}
