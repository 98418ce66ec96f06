//! The only parts of Senim that run in the browser. Everything they show is
//! also reachable without them; their words come from the server as props.

mod locate;

pub use locate::LocateMe;
