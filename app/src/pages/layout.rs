use super::{Failed, NotFoundPage, PortalContent};
use crate::booking_model::OutreachSignedIn;
use crate::i18n::{Lang, tr, tr_args};
use crate::islands::FormEnhancer;
use crate::model::CrossSiteRefusal;
use crate::model::PortError;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::{Html, Title};
use leptos_router::components::Outlet;
use leptos_router::hooks::{use_location, use_params_map};
use vocabulary::paths;

/// The neutral, busy page quick exit ends on.
pub const NEUTRAL_PAGE: &str = "https://www.google.com/search?q=weather";

/// The quick-exit control's address on this site: it clears what the
/// browser keeps of Senim and sends on to [`NEUTRAL_PAGE`], JavaScript or
/// not (served by `server/src/web/quick_exit.rs`).
pub const QUICK_EXIT_PATH: &str = "/exit";

/// The frame of every public page in one language: `/{lang}/…`, with
/// the page the router chose in it.
#[component]
pub fn Localized() -> impl IntoView {
    let code = use_params_map()
        .read_untracked()
        .get("lang")
        .unwrap_or_default();
    let Some(lang) = Lang::from_code(&code) else {
        return Either::Left(view! { <NotFoundPage/> });
    };
    let location = use_location();
    let search = location.search.get_untracked();
    let search = search.trim_start_matches('?');
    let mut at = location.pathname.get_untracked();
    if !search.is_empty() {
        at = format!("{at}?{search}");
    }
    Either::Right(view! { <Frame lang at><Outlet/></Frame> })
}

/// The frame of a page in `lang`: header, language switcher (to the page
/// at `at`, its address with any query, in the other languages), footer.
/// It needs no router: the portal's pages are rendered straight into it.
#[component]
pub fn Frame(lang: Lang, at: String, children: Children) -> impl IntoView {
    provide_context(lang);
    view! {
        <Html {..} lang=lang.code()/>
        <Title text=tr(lang, "page-title")/>
        <a class="skip" href="#main">{tr(lang, "skip-to-content")}</a>
        <header class="top">
            <a class="brand" href=format!("/{}", lang.code())>"Senim"</a>
            <a class="help-link" href=format!("/{}/help", lang.code())>{tr(lang, "help-link")}</a>
            <LanguageSwitcher current=lang at/>
            <a class="quick-exit" id="quick-exit" href=QUICK_EXIT_PATH rel="noreferrer">
                {tr(lang, "quick-exit")}
            </a>
        </header>
        <main id="main">
            {use_context::<OutreachSignedIn>().map(|worker| view! { <OutreachBanner lang worker/> })}
            // Shown (and dated) only in an offline copy (sw.js).
            <p id="saved-copy" class="saved-copy" hidden>
                {tr(lang, "offline-saved")}" "<time id="saved-on"></time>
            </p>
            {if let Some(failure) = use_context::<PortError>() {
                Either::Left(view! { <Failed failure/> })
            } else {
                Either::Right(view! {
                    <FormEnhancer>{children()}</FormEnhancer>
                })
            }}
        </main>
        <footer>
            <p>{tr(lang, "footer-privacy")}</p>
            <p><a id="kept-link" href=format!("/{}/privacy", lang.code())>{tr(lang, "kept-link")}</a></p>
            <p>{tr(lang, "footer-credits")}</p>
        </footer>
    }
}

/// "Signed in as outreach worker of …", with a way to sign out: a booking
/// made here is a referral only if the worker ticks the box for it.
#[component]
fn OutreachBanner(lang: Lang, worker: OutreachSignedIn) -> impl IntoView {
    view! {
        <div class="outreach-banner" id="outreach-banner">
            <span>{tr_args(lang, "outreach-banner", &[("org", worker.organisation.into())])}</span>
            " — "
            <form method="post" action=paths::LOGOUT.at(lang) data-full-page="">
                <input type="hidden" name="csrf" value=worker.csrf/>
                <button type="submit" class="link-button">{tr(lang, "portal-logout")}</button>
            </form>
        </div>
    }
}

/// Instead of the page: a form posted from another site was refused
/// (403, set by the server), and nothing was sent or changed. Rendered in
/// the frame of the page it was posted to, or of the language's start.
impl PortalContent for CrossSiteRefusal {
    fn view(self) -> AnyView {
        view! { <CrossSiteRefused/> }.into_any()
    }
}

#[component]
fn CrossSiteRefused() -> impl IntoView {
    let lang = use_context::<Lang>().unwrap_or_default();
    view! {
        <h1 id="cross-site">{tr(lang, "cross-site-title")}</h1>
        <p class="error" role="alert">{tr(lang, "cross-site-body")}</p>
        <p><a href=format!("/{}", lang.code())>{tr(lang, "not-found-back")}</a></p>
    }
}

/// Links to the same page in the other languages: `at` (the page's
/// address in `current`, with any query) in each.
#[component]
fn LanguageSwitcher(current: Lang, at: String) -> impl IntoView {
    let (path, search) = at.split_once('?').unwrap_or((&at, ""));
    let rest = path
        .strip_prefix(&format!("/{}", current.code()))
        .unwrap_or("")
        .to_string();
    let query = if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    };
    view! {
        <nav class="languages" aria-label=tr(current, "language-switcher")>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    let href = format!("/{}{}{}", lang.code(), rest, query);
                    let is_current = lang == current;
                    view! {
                        <a
                            href=href
                            hreflang=lang.code()
                            lang=lang.code()
                            aria-current=is_current.then_some("page")
                        >
                            {lang.endonym()}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}
