use crate::components::{set_status, t, use_lang};
use leptos::prelude::*;
use leptos_meta::{Html, Title};

/// "Page not found", with a 404 status, inside a page's frame.
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    let lang = use_lang();
    view! {
        <h1>{t("not-found-title")}</h1>
        <p><a href=format!("/{}", lang.code())>{t("not-found-back")}</a></p>
    }
}

/// "Page not found" as a whole page, for addresses outside any language.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Html {..} lang=lang.code()/>
        <Title text=t("page-title")/>
        <main id="main">
            <NotFound/>
        </main>
    }
}
