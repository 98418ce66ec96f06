//! A form came without its session's anti-forgery token (403).

use super::PortalContent;
use crate::components::{href, t};
use crate::portal_model::FormExpired;
use leptos::prelude::*;
use vocabulary::paths;

impl PortalContent for FormExpired {
    fn view(self) -> AnyView {
        view! {
            <h1>{t("portal-home-title")}</h1>
            <p class="error" role="alert" id="form-expired">{t("portal-csrf")}</p>
            <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        }
        .into_any()
    }
}
