//! The HTML document and the routes.

use crate::pages::{
    BookPage, FindBookingPage, HelpPage, KeptPage, Localized, NotFound, NotFoundPage, PortalPage,
    SearchPage, SitePage,
};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, provide_meta_context};
use leptos_router::{
    ParamSegment, SsrMode, StaticSegment, WildcardSegment,
    components::{ParentRoute, Route, Router, Routes},
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
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
            <body>
                <App/>
            </body>
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
                    // The staff portal: the server renders these itself, with
                    // the session checked (server/src/portal).
                    <Route path=StaticSegment("staff") view=PortalPage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("staff"), WildcardSegment("page"))
                        view=PortalPage
                        ssr=SsrMode::Async
                    />
                    // Any other address in a language: "not found" in it.
                    <Route path=WildcardSegment("any") view=NotFound ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
