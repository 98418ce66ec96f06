//! The staff portal: plain server-rendered forms, no JavaScript needed.
//! The server checks the session and rights, then hands a view model to
//! `web::render::portal`; each view model shows itself (`PortalContent`,
//! implemented in its page's file).

mod accounts;
mod day;
mod directory;
mod expired;
mod hours;
mod import;
mod indicators;
mod password;
mod profile;
mod referrals;
mod sign_in;
mod site_changes;
mod site_editor;
mod site_reports;
mod table;
mod week;

use leptos::prelude::*;
use std::sync::Arc;

/// A portal page's data that knows how to show itself. A handler hands
/// one to `web::render::portal`, which renders it: adding a page touches
/// its route, its handler and its view.
pub trait PortalContent: Clone + Send + Sync + 'static {
    fn view(self) -> AnyView;
}

/// The page a portal handler chose, in the rendering's context.
#[derive(Clone)]
pub struct ChosenPage(Arc<dyn Fn() -> AnyView + Send + Sync>);

impl ChosenPage {
    pub fn new(content: impl PortalContent) -> ChosenPage {
        ChosenPage(Arc::new(move || content.clone().view()))
    }

    pub fn view(&self) -> AnyView {
        (self.0)()
    }
}
