//! The HTML document and the routes.

use crate::components::no_store;
use crate::i18n::Lang;
use crate::pages::{
    BookPage, ChosenPage, FindBookingPage, Frame, HelpPage, KeptPage, Localized, NotFound,
    NotFoundPage, SearchPage, SitePage,
};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, provide_meta_context};
use leptos_router::{
    ParamSegment, SsrMode, StaticSegment, WildcardSegment,
    components::{ParentRoute, Route, Router, Routes},
};

/// A public page: the one the router finds for the request's address.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    document(options, view! { <App/> })
}

/// A portal page: the one the server chose (it has checked the session),
/// in the frame of `lang`, its language switcher pointing at `at` (the
/// page's own address). No router: a handler is the portal's dispatcher.
pub fn portal_shell(
    options: LeptosOptions,
    lang: Lang,
    at: String,
    chosen: ChosenPage,
) -> impl IntoView {
    provide_meta_context();
    no_store();
    document(options, view! { <Frame lang at>{chosen.view()}</Frame> })
}

/// The HTML document around a page's `body`.
fn document(options: LeptosOptions, body: impl IntoView + 'static) -> impl IntoView {
    crate::security::provide_content_security_policy();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="referrer" content="no-referrer"/>
                <meta name="theme-color" content="#0b5cad"/>
                <HashedStylesheet options=options.clone()/>
                <link rel="icon" href="/icon.svg" type="image/svg+xml"/>
                <link rel="manifest" href="/manifest.webmanifest"/>
                <script src="/quick-exit.js" defer></script>
                <script src="/offline.js" defer></script>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>{body}</body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Routes fallback=NotFoundPage>
                <ParentRoute path=ParamSegment("lang") view=Localized ssr=SsrMode::Async>
                    <Route path=StaticSegment("") view=SearchPage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("site"), ParamSegment("id"))
                        view=SitePage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("book"), ParamSegment("id"))
                        view=BookPage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("booking") view=FindBookingPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("help") view=HelpPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("privacy") view=KeptPage ssr=SsrMode::Async/>
                    // Any other address in a language: "not found" in it.
                    <Route path=WildcardSegment("any") view=NotFound ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
