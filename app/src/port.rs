//! What the pages need from the server, as a trait the server implements
//! (hexagonal style): the pages never see the database or the index.

use crate::booking_model::{BookingForm, SlotOption};
use crate::i18n::Lang;
use crate::model::{HelpLine, PlaceOption, SearchOutcome, SearchRequest, SiteDetails};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// The answer of a port method that needs the database.
pub type PortFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

pub trait Directory: Send + Sync + 'static {
    /// Runs a parsed search; problems (an unknown place) come back inside
    /// the outcome, in words for `lang`.
    fn search(&self, request: &SearchRequest, lang: Lang) -> SearchOutcome;
    /// A published site, or `None`.
    fn site(&self, id: String, lang: Lang) -> PortFuture<'_, Option<SiteDetails>>;
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
    ) -> PortFuture<'_, Result<Option<Vec<SlotOption>>, Unavailable>>;
    /// The form to book the slot starting at `start`, if it is free.
    fn booking_form(
        &self,
        site_id: String,
        start: String,
        lang: Lang,
    ) -> PortFuture<'_, Result<Option<BookingForm>, Unavailable>>;
}

/// The database cannot be reached just now: what needs it cannot be
/// answered (the page says to try again in a few minutes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// The server function error that stands for [`Unavailable`].
pub const UNAVAILABLE: &str = "unavailable";

/// How the server hands its directory to the pages (a Leptos context).
pub type SharedDirectory = Arc<dyn Directory>;
