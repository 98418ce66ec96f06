//! What the running server holds: the database pool, the gazetteer and the
//! directory index, which it rebuilds whenever the directory changes (here
//! or in another instance) and each new day.

use crate::db::{self, Pool};
use crate::domain::booking::CodeKey;
use crate::domain::directory::{Directory, Hit};
use crate::domain::gazetteer::Gazetteer;
use crate::domain::latlon::LatLon;
use crate::lookup_limit::LookupLimit;
use crate::{booking_present, present};
use app::booking_model::{BookingForm, SlotOption};
use app::i18n::Lang;
use app::model::{Origin, PlaceOption, SearchOutcome, SearchRequest, SiteCard, SiteDetails};
use app::port::PortFuture;
use chrono::{DateTime, NaiveDate, Utc};
use std::sync::{Arc, Mutex, RwLock};

pub struct AppState {
    pub pool: Pool,
    pub gazetteer: Gazetteer,
    pub code_key: CodeKey,
    /// Booking-code look-ups per client: 20 per 10 minutes.
    pub lookup_limit: LookupLimit,
    /// Portal sign-in tries per username: 5 per 15 minutes, then locked.
    pub login_limit: LookupLimit<String>,
    /// Portal cookies carry `Secure` (the site is served over HTTPS).
    pub secure_cookies: bool,
    directory: RwLock<Arc<Directory>>,
    /// The directory version and UTC day the index was built for.
    built_for: Mutex<(i64, NaiveDate)>,
}

impl AppState {
    pub async fn load(pool: Pool, code_key: CodeKey) -> anyhow::Result<AppState> {
        let gazetteer = Gazetteer::from_csv(include_str!("../../data/kz_places.csv"))
            .map_err(anyhow::Error::msg)?;
        let version = db::directory_version(&pool).await?;
        let now = Utc::now();
        let directory = Directory::build(db::load_sites(&pool).await?, now);
        Ok(AppState {
            pool,
            gazetteer,
            code_key,
            lookup_limit: LookupLimit::new(20, std::time::Duration::from_secs(600)),
            login_limit: LookupLimit::new(5, std::time::Duration::from_secs(900)),
            secure_cookies: false,
            directory: RwLock::new(Arc::new(directory)),
            built_for: Mutex::new((version, now.date_naive())),
        })
    }

    /// The current index (cheap: an `Arc`).
    pub fn directory(&self) -> Arc<Directory> {
        self.directory.read().expect("index lock").clone()
    }

    /// Rebuilds the index if the directory changed or a day passed.
    pub async fn refresh(&self) -> anyhow::Result<bool> {
        let version = db::directory_version(&self.pool).await?;
        let now = Utc::now();
        let current = *self.built_for.lock().expect("version lock");
        if current == (version, now.date_naive()) {
            return Ok(false);
        }
        let directory = Directory::build(db::load_sites(&self.pool).await?, now);
        *self.directory.write().expect("index lock") = Arc::new(directory);
        *self.built_for.lock().expect("version lock") = (version, now.date_naive());
        tracing::info!(version, "directory index rebuilt");
        Ok(true)
    }

    /// A search hit as the pages and the API show it.
    pub fn card(
        &self,
        directory: &Directory,
        hit: &Hit,
        lang: Lang,
        now: DateTime<Utc>,
    ) -> SiteCard {
        let week = directory.week_facts(&hit.site.id);
        let mut card = present::card(hit.site, hit.distance_m, week, lang, now);
        card.city = self.city_name(&card.city, lang);
        card
    }

    /// A settlement's name in `lang` (sites store the English name).
    pub fn city_name(&self, city: &str, lang: Lang) -> String {
        self.gazetteer
            .find(city)
            .map_or_else(|| city.to_string(), |place| place.name(lang).to_string())
    }

    fn place_option(&self, place: &crate::domain::gazetteer::Place, lang: Lang) -> PlaceOption {
        let name = place.name(lang).to_string();
        let mut other_names: Vec<String> = Lang::ALL
            .iter()
            .map(|other| place.name(*other).to_string())
            .filter(|other| *other != name)
            .collect();
        other_names.dedup();
        PlaceOption {
            name,
            region: place.region(lang).to_string(),
            other_names,
        }
    }
}

impl app::port::Directory for AppState {
    fn search(&self, request: &SearchRequest, lang: Lang) -> SearchOutcome {
        let (origin, place) = match &request.origin {
            None => return SearchOutcome::default(),
            Some(Origin::Coords { lat, lon }) => match LatLon::new(*lat, *lon) {
                Ok(origin) => (origin, None),
                Err(_) => {
                    return SearchOutcome {
                        problem: Some("error-latitude-range".into()),
                        ..SearchOutcome::default()
                    };
                }
            },
            Some(Origin::Place(name)) => match self.gazetteer.find(name) {
                Some(place) => (place.location, Some(self.place_option(place, lang))),
                None => {
                    let prefix: String = name.trim().chars().take(3).collect();
                    return SearchOutcome {
                        problem: Some("place-unknown".into()),
                        suggestions: self
                            .gazetteer
                            .starting_with(&prefix, 5)
                            .into_iter()
                            .map(|p| self.place_option(p, lang))
                            .collect(),
                        ..SearchOutcome::default()
                    };
                }
            },
        };
        let now = Utc::now();
        let directory = self.directory();
        let results = directory
            .nearest(origin, &request.filters, request.limit, now)
            .into_iter()
            .map(|hit| self.card(&directory, &hit, lang, now))
            .collect();
        SearchOutcome {
            place,
            origin: Some((origin.lat(), origin.lon())),
            results,
            problem: None,
            suggestions: vec![],
        }
    }

    fn site(&self, id: &str, lang: Lang) -> Option<SiteDetails> {
        let directory = self.directory();
        directory.site(id).map(|site| {
            let mut details = present::details(site, lang, Utc::now());
            details.city = self.city_name(&details.city, lang);
            details
        })
    }

    fn slot_options(&self, site_id: String) -> PortFuture<'_, Option<Vec<SlotOption>>> {
        Box::pin(async move { self.slot_options_for(&site_id).await })
    }

    fn booking_form(
        &self,
        site_id: String,
        start: String,
        lang: Lang,
    ) -> PortFuture<'_, Option<BookingForm>> {
        Box::pin(async move { self.booking_form_for(&site_id, &start, lang).await })
    }

    fn places(&self, lang: Lang) -> Vec<PlaceOption> {
        self.gazetteer
            .all()
            .iter()
            .map(|p| self.place_option(p, lang))
            .collect()
    }
}

impl AppState {
    pub async fn slot_options_for(&self, site_id: &str) -> Option<Vec<SlotOption>> {
        let now = Utc::now();
        let tz = self.directory().site(site_id)?.timezone;
        let today = now.with_timezone(&tz).date_naive();
        let open = self.open_slots(site_id, today, 7, now).await.ok()?;
        Some(
            open.iter()
                .map(|o| booking_present::slot_option(o, tz))
                .collect(),
        )
    }

    async fn booking_form_for(
        &self,
        site_id: &str,
        start: &str,
        lang: Lang,
    ) -> Option<BookingForm> {
        let now = Utc::now();
        let start = crate::booking_store::parse_instant(start)?;
        let site = self.directory().site(site_id)?.clone();
        let local_date = start.with_timezone(&site.timezone).date_naive();
        let open = self.open_slots(site_id, local_date, 1, now).await.ok()?;
        let chosen = open
            .iter()
            .find(|o| o.slot.start == start && o.available > 0)?;
        Some(BookingForm {
            site_id: site.id.clone(),
            site_name: present::name(&site, lang),
            demo: site.demo,
            slot: booking_present::slot_option(chosen, site.timezone),
            end_time: chosen
                .slot
                .end
                .with_timezone(&site.timezone)
                .format("%H:%M")
                .to_string(),
            services: site.services.iter().map(|o| o.service).collect(),
            request_id: crate::booking::random_request_id(),
        })
    }
}

/// Checks for directory changes every `every` until the process ends.
pub fn spawn_refresher(state: Arc<AppState>, every: std::time::Duration) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        loop {
            ticker.tick().await;
            if let Err(error) = state.refresh().await {
                tracing::error!(%error, "directory refresh failed");
            }
        }
    });
}
