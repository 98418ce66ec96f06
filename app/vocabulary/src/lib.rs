//! The vocabulary shared by the pages, the JSON API and the server's domain:
//! site kinds, services, languages and search requests, and the portal's
//! contract (booking statuses, roles, limits, addresses, forms). Plain
//! data, no I/O and no Leptos: it compiles for the server and for
//! WebAssembly alike.

mod codes;
pub mod forms;
mod lang;
pub mod limits;
pub mod paths;
mod role;
mod search;
mod status;

pub use codes::{Kind, Precision, ReportProblem, Service, ServiceOffer, SpokenLang};
pub use lang::Lang;
pub use role::Role;
pub use search::{DEFAULT_LIMIT, InputError, MAX_LIMIT, Origin, SearchFilters, SearchRequest};
pub use status::BookingStatus;

pub use limits::{NICKNAME_MAX_CHARS, NICKNAME_MIN_CHARS, REPORT_NOTE_MAX_CHARS};
