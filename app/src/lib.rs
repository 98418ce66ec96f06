//! Senim's pages. Compiled natively with `ssr`, where every page renders on
//! the server and works as plain HTML, and to WebAssembly with `hydrate`,
//! where only the small `#[island]` components come alive.

pub mod booking_model;
pub mod components;
pub mod i18n;
pub mod islands;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod port;
pub mod portal_model;
pub mod security;
pub mod server_fns;
mod shell;
pub mod url;

pub use shell::{App, portal_shell, shell};

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
