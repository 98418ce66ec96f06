//! Admins' pages: the accounts and the audit log.

use super::PortalContent;
use super::table::portal_table;
use crate::components::{href, t, use_lang};
use crate::portal_model::{AccountRow, AccountsView, AuditRow, AuditView};
use leptos::prelude::*;
use vocabulary::{Role, limits, paths};

const ACCOUNT_HEADINGS: [&str; 5] = [
    "portal-username",
    "portal-account-role",
    "portal-account-scope-label",
    "booking-status",
    "portal-day-mark",
];
const AUDIT_HEADINGS: [&str; 5] = [
    "portal-audit-when",
    "portal-username",
    "portal-audit-action",
    "portal-ind-site",
    "portal-audit-detail",
];

fn account_row(row: AccountRow, csrf: &str) -> impl IntoView + use<> {
    let scope = match row.role {
        Role::Staff => row.sites.join(", "),
        Role::Outreach => row.organisation.clone().unwrap_or_default(),
        Role::Coordinator => row.regions.join(", "),
        Role::Admin => String::new(),
    };
    // Site names are in the language the page shows names in.
    let scope_lang = (row.role == Role::Staff).then(|| use_lang().names_in().code());
    let (value, label) = if row.disabled {
        ("0", "portal-account-enable")
    } else {
        ("1", "portal-account-disable")
    };
    let button = (!row.is_self).then(|| {
        view! {
            <form method="post" action=href(&paths::ACCOUNT_ACCESS.tail(&row.id.to_string())) data-full-page="" class="mark">
                <input type="hidden" name="csrf" value=csrf.to_string()/>
                <input type="hidden" name="disabled" value=value/>
                <button type="submit" class="secondary">{t(label)}</button>
            </form>
        }
    });
    let state = if row.disabled {
        "portal-account-off"
    } else {
        "portal-account-on"
    };
    view! {
        <tr class="account-row">
            <td>{row.username}</td>
            <td>{t(&row.role.label_key())}</td>
            <td lang=scope_lang>{scope}</td>
            <td class="status">{t(state)}</td>
            <td>{button}</td>
        </tr>
    }
}

impl PortalContent for AccountsView {
    fn view(self) -> AnyView {
        accounts_page(self)
    }
}

/// `/{lang}/staff/accounts`.
fn accounts_page(view: AccountsView) -> AnyView {
    let AccountsView {
        csrf,
        accounts,
        sites,
        regions,
        organisations,
        input,
        problem,
        message,
    } = view;
    let rows = accounts
        .into_iter()
        .map(|row| account_row(row, &csrf))
        .collect_view();
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1>{t("portal-accounts")}</h1>
        {message.map(|key| view! { <p class="ok" role="status" id="accounts-message">{t(&key)}</p> })}
        <div class="table-scroll" tabindex="0">
        {portal_table("accounts", "portal-accounts", ACCOUNT_HEADINGS, rows)}
        </div>
        <h2 id="new-account">{t("portal-account-new")}</h2>
        {problem.map(|key| view! { <p class="error" role="alert" id="account-problem">{t(&key)}</p> })}
        <form class="booking-form" method="post" action=href(paths::ACCOUNTS.tail()) data-full-page="">
            <input type="hidden" name="csrf" value=csrf.clone()/>
            <div class="field">
                <label for="new-username">{t("portal-username")}</label>
                <input id="new-username" name="username" type="text" required autocomplete="off" autocapitalize="none" spellcheck="false" value=input.username.clone()/>
                <p class="hint">{t("portal-account-username-hint")}</p>
            </div>
            <div class="field">
                <label for="new-role">{t("portal-account-role")}</label>
                <select id="new-role" name="role">
                    {Role::ALL
                        .iter()
                        .map(|role| view! { <option value=role.code() selected=input.role == role.code()>{t(&role.label_key())}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="new-sites">{t("portal-account-sites")}</label>
                <select id="new-sites" name="site" multiple size="6">
                    {sites
                        .into_iter()
                        .map(|(id, name)| {
                            let selected = input.sites.contains(&id);
                            let names_in = use_lang().names_in().code();
                            view! { <option value=id selected=selected lang=names_in>{name}</option> }
                        })
                        .collect_view()}
                </select>
                <p class="hint">{t("portal-account-sites-hint")}</p>
            </div>
            <div class="field">
                <label for="new-regions">{t("portal-account-regions")}</label>
                <select id="new-regions" name="region" multiple size="6">
                    {regions
                        .into_iter()
                        .map(|(value, name)| {
                            let selected = input.regions.contains(&value);
                            view! { <option value=value selected=selected>{name}</option> }
                        })
                        .collect_view()}
                </select>
                <p class="hint">{t("portal-account-regions-hint")}</p>
            </div>
            <div class="field">
                <label for="new-organisation-id">{t("portal-account-organisation")}</label>
                <select id="new-organisation-id" name="organisation_id" aria-describedby="new-organisation-id-hint">
                    <option value="">{t("portal-account-org-pick-none")}</option>
                    {organisations
                        .into_iter()
                        .map(|(id, name)| {
                            let id = id.to_string();
                            let selected = input.organisation_id == id;
                            view! { <option value=id selected=selected>{name}</option> }
                        })
                        .collect_view()}
                </select>
                <p class="hint" id="new-organisation-id-hint">{t("portal-account-org-pick-hint")}</p>
            </div>
            <div class="field">
                <label for="new-organisation">{t("portal-account-org-new")}</label>
                <input id="new-organisation" name="organisation" type="text" autocomplete="off" maxlength=limits::ORGANISATION_NAME_MAX_CHARS aria-describedby="new-organisation-hint" value=input.organisation.clone()/>
                <p class="hint" id="new-organisation-hint">{t("portal-account-org-new-hint")}</p>
            </div>
            <div class="field">
                <label for="new-password">{t("portal-account-first-password")}</label>
                <input id="new-password" name="password" type="password" required minlength=limits::PASSWORD_MIN_CHARS autocomplete="new-password"/>
            </div>
            <button type="submit" class="primary">{t("portal-account-create")}</button>
        </form>
    }
    .into_any()
}

fn audit_row(row: AuditRow) -> impl IntoView {
    view! {
        <tr class="audit-row">
            <td>{row.at}</td>
            <td>{row.username}</td>
            <td>{t(&format!("audit-{}", row.action))}</td>
            <td>{row.site.unwrap_or_default()}</td>
            <td><code>{row.detail}</code></td>
        </tr>
    }
}

impl PortalContent for AuditView {
    fn view(self) -> AnyView {
        audit_page(self.rows)
    }
}

/// `/{lang}/staff/audit`.
fn audit_page(rows: Vec<AuditRow>) -> AnyView {
    view! {
        <p><a href=href(paths::HOME.tail())>{t("portal-back")}</a></p>
        <h1>{t("portal-audit")}</h1>
        {rows.is_empty().then(|| view! { <p>{t("portal-audit-empty")}</p> })}
        <div class="table-scroll" tabindex="0">
        {portal_table(
            "audit",
            "portal-audit-caption",
            AUDIT_HEADINGS,
            rows.into_iter().map(audit_row).collect_view(),
        )}
        </div>
    }
    .into_any()
}
