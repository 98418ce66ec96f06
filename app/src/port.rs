//! What the pages need from the server, as a trait the server implements
//! (hexagonal style): the pages never see the database or the index.

use crate::booking_model::{BookingForm, SlotOption};
use crate::i18n::Lang;
use crate::model::{HelpLine, PlaceOption, SearchOutcome, SearchRequest, SiteDetails};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};
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

/// Why the server could not answer a page (already logged there): the
/// page says so instead of its content, with [`PortError::status`]. The
/// server's explainer of failures also puts it in the context of a page
/// it renders for a failed request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PortError {
    /// The database cannot be reached just now: try again in a few minutes.
    Unavailable,
    /// Something went wrong that is not the asker's doing.
    Fault,
}

impl PortError {
    /// The HTTP status of a page that could not be made.
    pub fn status(self) -> u16 {
        match self {
            PortError::Unavailable => 503,
            PortError::Fault => 500,
        }
    }

    /// The translation keys of the page's title and sentence.
    pub fn message_keys(self) -> (&'static str, &'static str) {
        match self {
            PortError::Unavailable => ("unavailable-title", "error-unavailable"),
            PortError::Fault => ("fault-title", "error-fault"),
        }
    }
}

/// A server function that fails on the way (a lost connection, a body it
/// cannot read) failed for a reason that is not the asker's.
impl FromServerFnError for PortError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        PortError::Fault
    }
}

/// How the server hands its port to the pages (a Leptos context).
pub type SharedPages = Arc<dyn Pages>;
