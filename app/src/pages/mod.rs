//! One file per page.

mod book;
mod failure;
mod find_booking;
mod help;
mod kept;
mod layout;
mod not_found;
mod portal;
mod search;
mod site;

pub use book::BookPage;
pub use failure::Failed;
pub use find_booking::FindBookingPage;
pub use help::HelpPage;
pub use kept::KeptPage;
pub use layout::{Frame, Localized, NEUTRAL_PAGE, QUICK_EXIT_PATH};
pub use not_found::{NotFound, NotFoundPage};
pub use portal::{ChosenPage, PortalContent};
pub use search::SearchPage;
pub use site::SitePage;
