//! What the Leptos pages ask of the server (`app::port::Pages`), answered
//! from the directory index, the gazetteer and the booking service. A
//! failure is logged here, inside the span of the request the port was
//! made for (the page's resources run as tasks of their own), and handed
//! to the page as a [`PortError`], which says so with its status.

use crate::domain::index::help_lines;
use crate::domain::index::latlon::LatLon;
use crate::services::booking::{self, BookingError, random_request_id};
use crate::services::site_reports;
use crate::services::{ErrorKind, ServiceError};
use crate::state::AppState;
use crate::web::present::booking::slot_option;
use crate::web::present::place::place_option;
use crate::web::present::site::{card, details, online_service};
use app::booking_model::{BookingForm, SlotOption};
use app::i18n::Lang;
use app::model::{HelpLine, Origin, PlaceOption, SearchOutcome, SearchRequest, SiteDetails};
use app::port::{PortError, PortFuture, SharedPages};
use chrono::Utc;
use std::sync::Arc;
use tracing::Instrument;

/// The pages' view of the app, for one request.
struct PagesPort(Arc<AppState>, tracing::Span);

/// The app as the pages' context gives it to them, for the request being
/// answered (its span names the route of what the port logs).
pub fn shared_pages(app: &Arc<AppState>) -> SharedPages {
    Arc::new(PagesPort(app.clone(), tracing::Span::current()))
}

impl PagesPort {
    /// Where a search starts, or the outcome that says why it cannot.
    fn origin(
        &self,
        origin: &Origin,
        lang: Lang,
    ) -> Result<(LatLon, Option<PlaceOption>), Box<SearchOutcome>> {
        match origin {
            Origin::Coords { lat, lon } => LatLon::new(*lat, *lon)
                .map(|origin| (origin, None))
                .map_err(|_| {
                    Box::new(SearchOutcome {
                        problem: Some("error-latitude-range".into()),
                        ..SearchOutcome::default()
                    })
                }),
            Origin::Place(name) => match self.0.gazetteer.find(name) {
                Some(place) => Ok((place.location, Some(place_option(place, lang)))),
                None => {
                    let prefix: String = name.trim().chars().take(3).collect();
                    let suggestions = self.0.gazetteer.starting_with(&prefix, 5);
                    Err(Box::new(SearchOutcome {
                        problem: Some("place-unknown".into()),
                        suggestions: suggestions
                            .into_iter()
                            .map(|p| place_option(p, lang))
                            .collect(),
                        ..SearchOutcome::default()
                    }))
                }
            },
        }
    }
}

impl app::port::Pages for PagesPort {
    fn search(&self, request: &SearchRequest, lang: Lang) -> SearchOutcome {
        let Some(origin) = &request.origin else {
            return SearchOutcome::default();
        };
        let (origin, place) = match self.origin(origin, lang) {
            Ok(found) => found,
            Err(outcome) => return *outcome,
        };
        let now = Utc::now();
        let directory = self.0.directory();
        let results = directory
            .nearest(origin, &request.filters, request.limit, now)
            .iter()
            .map(|hit| card(&self.0, &directory, hit, lang, now))
            .collect();
        let online = directory
            .online(&request.filters)
            .map(|site| online_service(site, lang))
            .collect();
        SearchOutcome {
            place,
            origin: Some((origin.lat(), origin.lon())),
            results,
            problem: None,
            suggestions: vec![],
            online,
        }
    }

    fn site(
        &self,
        id: String,
        lang: Lang,
    ) -> PortFuture<'_, Result<Option<SiteDetails>, PortError>> {
        let answer = async move {
            let directory = self.0.directory();
            let Some(position) = directory.position(&id) else {
                return Ok(None);
            };
            let mut site = details(&self.0, &directory, position, lang, Utc::now());
            // The rest of the page comes from memory: while the database
            // is unreachable it still gives the address and phone, only
            // without the reports' note.
            site.reported_closed_on = match site_reports::reported_closed_on(&self.0, &id).await {
                Ok(closed_on) => closed_on,
                Err(error) if error.kind() == ErrorKind::Unavailable => {
                    tracing::warn!(%error, "the site's reports are unavailable");
                    None
                }
                Err(error) => return Err(failure(error)),
            };
            Ok(Some(site))
        };
        Box::pin(answer.instrument(self.1.clone()))
    }

    fn help_lines(&self) -> Vec<HelpLine> {
        help_lines::shipped()
            .iter()
            .map(|line| HelpLine {
                id: line.id.clone(),
                phones: line.phones().map(str::to_string).collect(),
                source_url: line.source_url.clone(),
                checked_on: line.checked_on.to_string(),
            })
            .collect()
    }

    fn retention_days(&self) -> u32 {
        self.0.retention_days
    }

    fn slot_options(
        &self,
        site_id: String,
    ) -> PortFuture<'_, Result<Option<Vec<SlotOption>>, PortError>> {
        let answer = async move { slot_options(&self.0, &site_id).await.map_err(failure) };
        Box::pin(answer.instrument(self.1.clone()))
    }

    fn booking_form(
        &self,
        site_id: String,
        start: String,
        lang: Lang,
    ) -> PortFuture<'_, Result<Option<BookingForm>, PortError>> {
        let answer = async move {
            booking_form(&self.0, &site_id, &start, lang)
                .await
                .map_err(failure)
        };
        Box::pin(answer.instrument(self.1.clone()))
    }

    fn places(&self, lang: Lang) -> Vec<PlaceOption> {
        self.0
            .gazetteer
            .all()
            .iter()
            .map(|p| place_option(p, lang))
            .collect()
    }
}

/// A failure as the page shows it, logged (never with what was asked).
fn failure(error: impl ServiceError) -> PortError {
    if error.kind() == ErrorKind::Unavailable {
        tracing::warn!(%error, "the database is unavailable");
        PortError::Unavailable
    } else {
        tracing::error!(%error, "request failed");
        PortError::Fault
    }
}

/// A use case's answer, `None` when it refused (not a slot, a site that
/// takes no bookings); a fault or an unreachable database stays an error.
fn refused_as_none<T, E: ServiceError>(answer: Result<T, E>) -> Result<Option<T>, E> {
    match answer {
        Ok(answer) => Ok(Some(answer)),
        Err(error) if matches!(error.kind(), ErrorKind::Internal | ErrorKind::Unavailable) => {
            Err(error)
        }
        Err(_) => Ok(None),
    }
}

/// The free slots of the coming week at a site that takes bookings.
pub async fn slot_options(
    app: &AppState,
    site_id: &str,
) -> Result<Option<Vec<SlotOption>>, BookingError> {
    let now = Utc::now();
    let Some(tz) = app.directory().site(site_id).map(|site| site.timezone) else {
        return Ok(None);
    };
    let today = now.with_timezone(&tz).date_naive();
    let Some(open) = refused_as_none(booking::open_slots(app, site_id, today, 7, now).await)?
    else {
        return Ok(None);
    };
    Ok(Some(open.iter().map(|o| slot_option(o, tz)).collect()))
}

/// The form to book the slot starting at `start`, if it is free.
async fn booking_form(
    app: &AppState,
    site_id: &str,
    start: &str,
    lang: Lang,
) -> Result<Option<BookingForm>, BookingError> {
    let now = app.now();
    let Some(start) = crate::domain::instant::parse(start) else {
        return Ok(None);
    };
    let Some(site) = app.directory().site(site_id).cloned() else {
        return Ok(None);
    };
    let local_date = start.with_timezone(&site.timezone).date_naive();
    let open = booking::open_slots(app, site_id, local_date, 1, now).await;
    let Some(open) = refused_as_none(open)? else {
        return Ok(None);
    };
    let Some(chosen) = open
        .iter()
        .find(|o| o.slot.start == start && o.available > 0)
    else {
        return Ok(None);
    };
    Ok(Some(BookingForm {
        site_id: site.id.clone(),
        site_name: site.name(lang),
        demo: site.demo,
        slot: slot_option(chosen, site.timezone),
        end_time: crate::web::present::time(chosen.slot.end.with_timezone(&site.timezone)),
        services: site.services.iter().map(|o| o.service).collect(),
        request_id: random_request_id(),
    }))
}
