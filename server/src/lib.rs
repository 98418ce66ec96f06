//! Senim's server, in layers that depend only on the ones below them:
//! `web` (HTTP: routes, extractors, forms, presenting) → `services` (use
//! cases: transaction, write, audit, commit) → `db` (the only SQL) →
//! `domain` (plain Rust). `state` holds what they share; `startup` wires
//! them; `cli` and `config` are the command line's; `private_files` makes
//! and checks the files only Senim's user may open.

pub mod cli;
pub mod config;
pub mod db;
pub mod domain;
pub mod private_files;
pub mod services;
pub mod startup;
pub mod state;
pub mod web;
