//! The vocabulary shared by the pages, the JSON API and the server's domain:
//! site kinds, services, languages and search requests. Plain data, no I/O
//! and no Leptos: it compiles for the server and for WebAssembly alike.

mod codes;
pub mod forms;
mod lang;
pub mod limits;
pub mod paths;
mod search;

pub use codes::{Kind, Precision, ReportProblem, Service, ServiceOffer, SpokenLang};
pub use lang::Lang;
pub use search::{DEFAULT_LIMIT, InputError, MAX_LIMIT, Origin, SearchFilters, SearchRequest};

pub use limits::{NICKNAME_MAX_CHARS, NICKNAME_MIN_CHARS, REPORT_NOTE_MAX_CHARS};
