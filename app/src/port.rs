//! What the pages need from the server, as a trait the server implements
//! (hexagonal style): the pages never see the database or the index.

use crate::booking_model::{BookingForm, SlotOption};
use crate::i18n::Lang;
pub use crate::model::PortError;
use crate::model::{HelpLine, PlaceOption, SearchOutcome, SearchRequest, SiteDetails};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// The answer of a port method that needs the database.
pub type PortFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

pub trait Pages: Send + Sync + 'static {
    /// Runs a parsed search; problems (an unknown place) come back inside
    /// the outcome, in words for `lang`.
    fn search(&self, request: &SearchRequest, lang: Lang) -> SearchOutcome;
    /// A published site, or `None`.
    fn site(
        &self,
        id: String,
        lang: Lang,
    ) -> PortFuture<'_, Result<Option<SiteDetails>, PortError>>;
    /// Every settlement of the place picker, largest first.
    fn places(&self, lang: Lang) -> Vec<PlaceOption>;
    /// The national help lines, in the order Help now shows them.
    fn help_lines(&self) -> Vec<HelpLine>;
    /// `SENIM_RETENTION_DAYS`: how many days after a visit's day what it
    /// left is kept (0: until that day ends).
    fn retention_days(&self) -> u32;
    /// The free slots of the coming week; `None` when the site takes no
    /// bookings online.
    fn slot_options(
        &self,
        site_id: String,
    ) -> PortFuture<'_, Result<Option<Vec<SlotOption>>, PortError>>;
    /// The form to book the slot starting at `start`; `None` when it is
    /// not a free slot.
    fn booking_form(
        &self,
        site_id: String,
        start: String,
        lang: Lang,
    ) -> PortFuture<'_, Result<Option<BookingForm>, PortError>>;
}

/// How the server hands its port to the pages (a Leptos context).
pub type SharedPages = Arc<dyn Pages>;
