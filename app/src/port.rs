//! What the pages need from the server, as a trait the server implements
//! (hexagonal style): the pages never see the database or the index.

use crate::i18n::Lang;
use crate::model::{PlaceOption, SearchOutcome, SearchRequest, SiteDetails};
use std::sync::Arc;

pub trait Directory: Send + Sync + 'static {
    /// Runs a parsed search; problems (an unknown place) come back inside
    /// the outcome, in words for `lang`.
    fn search(&self, request: &SearchRequest, lang: Lang) -> SearchOutcome;
    /// A published site, or `None`.
    fn site(&self, id: &str, lang: Lang) -> Option<SiteDetails>;
    /// Every settlement of the place picker, largest first.
    fn places(&self, lang: Lang) -> Vec<PlaceOption>;
}

/// How the server hands its directory to the pages (a Leptos context).
pub type SharedDirectory = Arc<dyn Directory>;
