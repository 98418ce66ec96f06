use crate::components::{set_status, t, use_lang};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    let lang = use_lang();
    view! {
        <Title text=t("page-title")/>
        <main id="main">
            <h1>{t("not-found-title")}</h1>
            <p><a href=format!("/{}", lang.code())>{t("not-found-back")}</a></p>
        </main>
    }
}
