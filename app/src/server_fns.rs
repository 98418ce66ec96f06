//! Server functions: thin adapters from the pages to the server's
//! [`Pages`](crate::port::Pages) port.

use crate::booking_model::{BookingForm, SlotOption};
use crate::i18n::Lang;
use crate::model::PortError;
use crate::model::{HelpLine, PlaceOption, SearchOutcome, SiteDetails};
use leptos::prelude::*;
use leptos::server_fn::codec::Json;

#[server(prefix = "/_sfn", input = Json)]
pub async fn search_sites(
    lang: Lang,
    query: Vec<(String, String)>,
) -> Result<SearchOutcome, ServerFnError> {
    use crate::model::SearchRequest;
    let pages = expect_context::<crate::port::SharedPages>();
    let pairs = query.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    Ok(match SearchRequest::from_pairs(pairs) {
        Ok(request) => pages.search(&request, lang),
        Err(error) => SearchOutcome {
            problem: Some(error.message_key().to_string()),
            ..SearchOutcome::default()
        },
    })
}

#[server(prefix = "/_sfn", input = Json)]
pub async fn get_site(lang: Lang, id: String) -> Result<Option<SiteDetails>, PortError> {
    let pages = expect_context::<crate::port::SharedPages>();
    pages.site(id, lang).await
}

#[server(prefix = "/_sfn", input = Json)]
pub async fn all_places(lang: Lang) -> Result<Vec<PlaceOption>, ServerFnError> {
    let pages = expect_context::<crate::port::SharedPages>();
    Ok(pages.places(lang))
}

#[server(prefix = "/_sfn", input = Json)]
pub async fn get_slot_options(id: String) -> Result<Option<Vec<SlotOption>>, PortError> {
    let pages = expect_context::<crate::port::SharedPages>();
    pages.slot_options(id).await
}

#[server(prefix = "/_sfn", input = Json)]
pub async fn get_booking_form(
    lang: Lang,
    id: String,
    start: String,
) -> Result<Option<BookingForm>, PortError> {
    let pages = expect_context::<crate::port::SharedPages>();
    pages.booking_form(id, start, lang).await
}

#[server(prefix = "/_sfn", input = Json)]
pub async fn get_help_lines() -> Result<Vec<HelpLine>, ServerFnError> {
    let pages = expect_context::<crate::port::SharedPages>();
    Ok(pages.help_lines())
}

/// `SENIM_RETENTION_DAYS`, for "What Senim keeps about you".
#[server(prefix = "/_sfn", input = Json)]
pub async fn get_retention_days() -> Result<u32, ServerFnError> {
    let pages = expect_context::<crate::port::SharedPages>();
    Ok(pages.retention_days())
}
