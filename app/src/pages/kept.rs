use crate::components::{t, use_lang};
use crate::i18n::{Lang, format_date, tr, tr_args};
use crate::server_fns::get_retention_days;
use leptos::prelude::*;

/// The day this page was last checked against the code.
const CHECKED_ON: &str = "2026-12-07";

/// Each section: its title, then its paragraphs (translation keys).
const SECTIONS: [(&str, &[&str]); 6] = [
    (
        "kept-book-title",
        &[
            "kept-book-asked",
            "kept-book-nickname",
            "kept-book-slot",
            "kept-book-code",
        ],
    ),
    (
        "kept-staff-title",
        &[
            "kept-staff-seen",
            "kept-staff-code",
            "kept-staff-referral",
            "kept-staff-walk-in",
            "kept-staff-audit",
        ],
    ),
    (
        "kept-never-title",
        &[
            "kept-never-cookies",
            "kept-never-ip",
            "kept-never-search",
            "kept-never-location",
        ],
    ),
    (
        "kept-phone-title",
        &[
            "kept-phone-offline",
            "kept-phone-number",
            "kept-phone-exit",
            "kept-phone-history",
            "kept-phone-calendar",
        ],
    ),
    (
        "kept-report-title",
        &["kept-report-note", "kept-report-sender"],
    ),
    (
        "kept-seized-title",
        &[
            "kept-seized-counts",
            "kept-seized-live",
            "kept-seized-past",
            "kept-seized-codes",
            "kept-seized-none",
            "kept-seized-backup",
        ],
    ),
];

/// `/{lang}/privacy`: "What Senim keeps about you", in plain words: what a
/// booking leaves and for how long (this server's `SENIM_RETENTION_DAYS`),
/// what the staff see, what is never kept, what the phone keeps, what a
/// report leaves, and what a seized server would show.
#[component]
pub fn KeptPage() -> impl IntoView {
    let lang = use_lang();
    let days = Resource::new_blocking(
        || (),
        |_| async { get_retention_days().await.unwrap_or_default() },
    );
    view! {
        <h1 id="kept-title">{t("kept-title")}</h1>
        <p class="lead">{t("kept-lead")}</p>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let when = how_long(lang, days.await);
                view! { <p class="kept-until" id="kept-until"><strong>{when}</strong></p> }
            })}
        </Suspense>
        {SECTIONS
            .into_iter()
            .map(|(title, paragraphs)| {
                let section = title.trim_end_matches("-title");
                view! {
                    <section class="kept" id=section aria-labelledby=title>
                        <h2 id=title>{t(title)}</h2>
                        {paragraphs
                            .iter()
                            .map(|key| view! { <p>{t(key)}</p> })
                            .collect_view()}
                    </section>
                }
            })
            .collect_view()}
        <p class="source" id="kept-source">
            {t("site-source")}": "{t("kept-source")}" · "
            {tr_args(lang, "site-checked-on", &[("date", format_date(lang, CHECKED_ON).into())])}
        </p>
    }
}

/// Until when a booking's traces last, by this server's setting.
fn how_long(lang: Lang, retention_days: u32) -> String {
    match retention_days {
        0 => tr(lang, "kept-until-day-end"),
        days => tr_args(lang, "kept-until-days", &[("count", days.into())]),
    }
}
