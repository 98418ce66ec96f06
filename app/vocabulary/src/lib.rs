//! The vocabulary shared by the pages, the JSON API and the server's domain:
//! site kinds, services, languages and search requests. Plain data, no I/O
//! and no Leptos: it compiles for the server and for WebAssembly alike.

mod codes;
pub mod forms;
mod lang;
pub mod paths;
mod search;

pub use codes::{Kind, Precision, ReportProblem, Service, ServiceOffer, SpokenLang};
pub use lang::Lang;
pub use search::{DEFAULT_LIMIT, InputError, MAX_LIMIT, Origin, SearchFilters, SearchRequest};

/// The shortest and longest nickname, in characters of any script: the
/// booking form's `minlength`/`maxlength` and the server's check.
pub const NICKNAME_MIN_CHARS: usize = 2;
pub const NICKNAME_MAX_CHARS: usize = 40;

/// The longest note a "Something wrong here?" report may carry, in characters.
pub const REPORT_NOTE_MAX_CHARS: usize = 300;
