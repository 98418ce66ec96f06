//! One file per page.

mod layout;
mod not_found;
mod search;
mod site;

pub use layout::Localized;
pub use not_found::NotFound;
pub use search::SearchPage;
pub use site::SitePage;
