//! One struct per portal form, as the browser posts it: each field is the
//! HTML `name` of an input and holds the text typed (repeated fields, such
//! as checkboxes, are `Vec`s). The server reads a form with
//! `web::form::CsrfForm<T>` and turns it into domain types with `TryFrom`
//! in `web/`; nothing past `web/` reads a field by name.

mod accounts;
mod directory;
mod password;
mod public;
mod reception;
mod site;

pub use accounts::{AccountAccessForm, NewAccountForm, SignInForm, SignOutForm};
pub use directory::{ButtonForm, ReportForm, ReviewForm};
pub use password::PasswordForm;
pub use public::{BookSlotForm, FindBookingForm, SiteReportForm};
pub use reception::{CodeForm, MarkForm, ReleaseForm, SlotForm, WalkInForm};
pub use site::{ClosureForm, Column, HoursForm, ProfileForm, SiteForm, price_field};
