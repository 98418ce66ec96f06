//! Who may sign in and how tries are limited: accounts and roles, the sign-in form token, random tokens, try limits and the keys they count by.

pub mod account;
pub mod client_key;
pub mod sign_in_form;
pub mod spent_keys;
pub mod token;
pub mod try_limit;
