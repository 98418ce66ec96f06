//! A site's name as the directory has it.

use super::{t, use_lang};
use leptos::prelude::*;

/// A site's name in the page's language when the directory has one in it,
/// otherwise in Russian, marked as such for readers and screen readers.
#[component]
pub fn SiteName(name: String) -> impl IntoView {
    let lang = use_lang();
    let shown_in = lang.names_in();
    view! {
        <span lang=shown_in.code()>{name}</span>
        {(shown_in != lang).then(|| view! { " " <small class="name-lang">{t("name-in-russian")}</small> })}
    }
}
