//! Server functions: thin adapters from the pages to the server's
//! [`Directory`](crate::port::Directory).

use crate::booking_model::{BookingForm, SlotOption};
use crate::i18n::Lang;
use crate::model::{HelpLine, PlaceOption, SearchOutcome, SiteDetails};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

#[server(prefix = "/_sfn", input = Json)]
pub async fn search_sites(
    lang: Lang,
    query: Vec<(String, String)>,
) -> Result<SearchOutcome, ServerFnError> {
    use crate::model::SearchRequest;
    let directory = expect_context::<crate::port::SharedDirectory>();
    let pairs = query.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    Ok(match SearchRequest::from_pairs(pairs) {
        Ok(request) => directory.search(&request, lang),
        Err(error) => SearchOutcome {
            problem: Some(error.message_key().to_string()),
            ..SearchOutcome::default()
        },
    })
}

#[server(prefix = "/_sfn", input = Json)]
pub async fn get_site(lang: Lang, id: String) -> Result<Option<SiteDetails>, ServerFnError> {
    let directory = expect_context::<crate::port::SharedDirectory>();
    Ok(directory.site(id, lang).await)
}

#[server(prefix = "/_sfn", input = Json)]
pub async fn all_places(lang: Lang) -> Result<Vec<PlaceOption>, ServerFnError> {
    let directory = expect_context::<crate::port::SharedDirectory>();
    Ok(directory.places(lang))
}

/// Fails (with `port::UNAVAILABLE`) while the database cannot be reached.
#[server(prefix = "/_sfn", input = Json)]
pub async fn get_slot_options(id: String) -> Result<Option<Vec<SlotOption>>, ServerFnError> {
    let directory = expect_context::<crate::port::SharedDirectory>();
    directory
        .slot_options(id)
        .await
        .map_err(|_| ServerFnError::new(crate::port::UNAVAILABLE))
}

/// Fails (with `port::UNAVAILABLE`) while the database cannot be reached.
#[server(prefix = "/_sfn", input = Json)]
pub async fn get_booking_form(
    lang: Lang,
    id: String,
    start: String,
) -> Result<Option<BookingForm>, ServerFnError> {
    let directory = expect_context::<crate::port::SharedDirectory>();
    directory
        .booking_form(id, start, lang)
        .await
        .map_err(|_| ServerFnError::new(crate::port::UNAVAILABLE))
}

#[server(prefix = "/_sfn", input = Json)]
pub async fn get_help_lines() -> Result<Vec<HelpLine>, ServerFnError> {
    let directory = expect_context::<crate::port::SharedDirectory>();
    Ok(directory.help_lines())
}

/// `SENIM_RETENTION_DAYS`, for "What Senim keeps about you".
#[server(prefix = "/_sfn", input = Json)]
pub async fn get_retention_days() -> Result<u32, ServerFnError> {
    let directory = expect_context::<crate::port::SharedDirectory>();
    Ok(directory.retention_days())
}
