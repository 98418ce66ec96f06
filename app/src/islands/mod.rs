//! The only parts of Senim that run in the browser. Everything they show is
//! also reachable without them; their words come from the server as props.

mod form_enhancer;
mod locate;
mod trusted_alert;

pub use form_enhancer::FormEnhancer;
pub use locate::LocateMe;
pub use trusted_alert::TrustedAlert;
