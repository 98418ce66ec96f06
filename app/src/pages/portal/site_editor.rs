//! Adding a site or correcting any field of one: one text field per column
//! of the directory's row (the format of `data/sites.csv`), checked on the
//! server exactly like an imported row.

use super::PortalContent;
use crate::components::{href, t};
use crate::portal_model::SiteEditForm;
use leptos::prelude::*;
use vocabulary::paths;

impl PortalContent for SiteEditForm {
    fn view(self) -> AnyView {
        site_edit_page(self)
    }
}

/// `/{lang}/staff/directory/new` and `/{lang}/staff/directory/{id}/edit`.
fn site_edit_page(form: SiteEditForm) -> AnyView {
    let SiteEditForm {
        csrf,
        editing,
        fields,
        bad,
        message,
    } = form;
    let (title, action) = match &editing {
        Some(id) => ("portal-site-edit", href(&paths::DIRECTORY_EDIT.tail(id))),
        None => ("portal-site-new", href(paths::DIRECTORY_NEW.tail())),
    };
    let problems = (!bad.is_empty()).then(|| {
        view! {
            <div class="error" role="alert" id="site-problems">
                <p>{t("portal-profile-check")}</p>
                <ul>{bad.iter().map(|column| view! { <li>{t(&format!("portal-site-field-{column}"))}</li> }).collect_view()}</ul>
                <p>{t("portal-site-rules")}</p>
            </div>
        }
    });
    let inputs = fields
        .into_iter()
        .map(|(column, value)| {
            let id = format!("site-{column}");
            let invalid = bad.contains(&column);
            let fixed = column == "id" && editing.is_some();
            view! {
                <div class="field">
                    <label for=id.clone()>{t(&format!("portal-site-field-{column}"))}</label>
                    <input id=id type="text" name=column value=value readonly=fixed
                        aria-invalid=invalid.then_some("true") autocomplete="off" spellcheck="false"/>
                </div>
            }
        })
        .collect_view();
    view! {
        <p><a href=href(paths::DIRECTORY.tail())>{t("portal-directory")}</a></p>
        <h1>{t(title)}</h1>
        {message.map(|key| view! { <p class="ok" role="status" id="site-saved">{t(&key)}</p> })}
        {problems}
        <p class="hint">{t("portal-site-form-hint")}</p>
        <form class="booking-form" method="post" action=action data-full-page="">
            <input type="hidden" name="csrf" value=csrf/>
            {inputs}
            <button type="submit" class="primary">{t("portal-site-save")}</button>
        </form>
    }
    .into_any()
}
