//! The published directory in memory: the sites, what is true of each this
//! week, and the geodesic index over them.

use super::faceted_index::FacetedIndex;
use super::geo_index::Nearby;
use super::latlon::LatLon;
use super::site_days::SiteDays;
use crate::domain::sites::hours::{Day, Opening, WeekFacts};
use crate::domain::sites::site::Site;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use vocabulary::{Kind, SearchFilters, Service, SpokenLang};

pub struct Directory {
    sites: Vec<Site>,
    /// By position, as `sites`.
    week: Vec<WeekFacts>,
    days: Vec<SiteDays>,
    index: FacetedIndex<Facet>,
}

/// What a search filter can ask of a site that stays true until the next
/// build (being open right now does not): the sites with each facet are
/// indexed apart, so a filter few sites pass searches only those.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Facet {
    Offers(Service),
    OffersFree(Service),
    SomethingFree,
    Kind(Kind),
    Evening,
    Weekend,
    NoId,
    Speaks(SpokenLang),
}

fn facets(site: &Site, week: WeekFacts) -> Vec<Facet> {
    let mut facets = vec![Facet::Kind(site.kind)];
    for offer in &site.services {
        facets.push(Facet::Offers(offer.service));
        if offer.free {
            facets.extend([Facet::OffersFree(offer.service), Facet::SomethingFree]);
        }
    }
    facets.extend(site.languages.iter().map(|l| Facet::Speaks(*l)));
    let flags = [
        (week.evening, Facet::Evening),
        (week.weekend, Facet::Weekend),
        (site.requires_id == Some(false), Facet::NoId),
    ];
    facets.extend(flags.into_iter().filter(|(has, _)| *has).map(|(_, f)| f));
    facets
}

/// The facets every site passing `filters` has (see [`Directory::passes`]).
fn required(filters: &SearchFilters) -> Vec<Facet> {
    let mut facets: Vec<Facet> = filters
        .services
        .iter()
        .map(|s| match filters.free {
            true => Facet::OffersFree(*s),
            false => Facet::Offers(*s),
        })
        .collect();
    if filters.free && filters.services.is_empty() {
        facets.push(Facet::SomethingFree);
    }
    facets.extend(filters.kind.map(Facet::Kind));
    facets.extend(filters.language.map(Facet::Speaks));
    let flags = [
        (filters.evening, Facet::Evening),
        (filters.weekend, Facet::Weekend),
        (filters.no_id, Facet::NoId),
    ];
    facets.extend(
        flags
            .into_iter()
            .filter(|(asked, _)| *asked)
            .map(|(_, f)| f),
    );
    facets
}

/// A site's days as its directory build kept them.
pub struct SiteOpening<'a> {
    directory: &'a Directory,
    position: usize,
}

impl Opening for SiteOpening<'_> {
    fn day(&self, date: NaiveDate) -> Day {
        self.directory.day(self.position, date)
    }
}

/// A site found by a search and how far it is.
pub struct Hit<'a> {
    pub site: &'a Site,
    /// The site's position in the directory (see [`Directory::day`]).
    pub position: usize,
    /// # Units
    /// Metres.
    pub distance_m: f64,
}

impl Directory {
    /// Indexes `sites`; evening and weekend facts are for the week from `now`.
    pub fn build(mut sites: Vec<Site>, now: DateTime<Utc>) -> Directory {
        sites.sort_by(|a, b| a.id.cmp(&b.id));
        let points: Vec<LatLon> = sites.iter().map(|s| s.location).collect();
        let today = |site: &Site| local_time(site, now).date();
        let days: Vec<SiteDays> = sites
            .iter()
            .map(|site| SiteDays::new(site.hours.as_ref(), today(site)))
            .collect();
        let week: Vec<WeekFacts> = sites
            .iter()
            .zip(&days)
            .map(|(site, days)| days.week_facts(today(site)))
            .collect();
        let index = FacetedIndex::build(&points, |i| facets(&sites[i], week[i]));
        Directory {
            sites,
            week,
            days,
            index,
        }
    }

    /// A site's position, for [`Directory::day`] and [`Directory::is_open`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.sites.binary_search_by(|s| s.id.as_str().cmp(id)).ok()
    }

    /// What the hours of the site at `position` say of a local date.
    pub fn day(&self, position: usize, date: NaiveDate) -> Day {
        let site = &self.sites[position];
        self.days[position].day(site.hours.as_ref(), date)
    }

    /// The opening of the site at `position`, day by day, for slots.
    pub fn opening(&self, position: usize) -> SiteOpening<'_> {
        SiteOpening {
            directory: self,
            position,
        }
    }

    /// Whether the site at `position` is open at `now`.
    pub fn is_open(&self, position: usize, now: DateTime<Utc>) -> bool {
        let site = &self.sites[position];
        self.days[position].is_open(site.hours.as_ref(), local_time(site, now))
    }

    pub fn sites(&self) -> &[Site] {
        &self.sites
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.position(id).map(|i| &self.sites[i])
    }

    pub fn week_facts(&self, position: usize) -> WeekFacts {
        self.week[position]
    }

    /// The `limit` sites nearest to `origin` that pass every filter, nearest first.
    pub fn nearest(
        &self,
        origin: LatLon,
        filters: &SearchFilters,
        limit: usize,
        now: DateTime<Utc>,
    ) -> Vec<Hit<'_>> {
        self.index
            .nearest(origin, limit, &required(filters), |i| {
                self.passes(i, filters, now)
            })
            .into_iter()
            .map(
                |Nearby {
                     position,
                     distance_m,
                 }| Hit {
                    site: &self.sites[position],
                    position,
                    distance_m,
                },
            )
            .collect()
    }

    /// The sites reached online that answer `filters`' services (ordering a
    /// self-test online answers a self-test search), whatever the distance.
    pub fn online<'a>(&'a self, filters: &'a SearchFilters) -> impl Iterator<Item = &'a Site> {
        let wanted: Vec<Service> = filters
            .services
            .iter()
            .filter_map(|s| ordered_online(*s))
            .collect();
        self.sites
            .iter()
            .filter(move |site| site.kind == Kind::Online && wanted.iter().any(|s| site.offers(*s)))
    }

    /// Online entries are never "near": searches by distance leave them out.
    fn passes(&self, i: usize, filters: &SearchFilters, now: DateTime<Utc>) -> bool {
        let site = &self.sites[i];
        let week = self.week[i];
        site.kind != Kind::Online
            && filters.services.iter().all(|s| site.offers(*s))
            && filters.kind.is_none_or(|kind| site.kind == kind)
            && (!filters.evening || week.evening)
            && (!filters.weekend || week.weekend)
            && (!filters.no_id || site.requires_id == Some(false))
            && (!filters.free || is_free(site, filters))
            && filters.language.is_none_or(|l| site.languages.contains(&l))
            && (!filters.open_now || self.is_open(i, now))
    }
}

/// The service ordered online that stands in for `service`, if any.
fn ordered_online(service: Service) -> Option<Service> {
    match service {
        Service::HivSelfTest | Service::HivSelfTestOnline => Some(Service::HivSelfTestOnline),
        _ => None,
    }
}

/// The services asked for are all free; with none asked for, some service is.
pub fn is_free(site: &Site, filters: &SearchFilters) -> bool {
    if filters.services.is_empty() {
        site.services.iter().any(|o| o.free)
    } else {
        filters.services.iter().all(|s| site.offers_free(*s))
    }
}

/// The wall-clock time at the site.
pub fn local_time(site: &Site, now: DateTime<Utc>) -> NaiveDateTime {
    now.with_timezone(&site.timezone).naive_local()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sites::site_record::tests::record;
    use vocabulary::Service;

    fn site(id: &str, lat: &str, lon: &str, hours: &str, services: &str) -> Site {
        crate::domain::sites::site::SiteRecord {
            id: id.into(),
            lat: lat.into(),
            lon: lon.into(),
            opening_hours: hours.into(),
            services: services.into(),
            ..record()
        }
        // Points spread wider than one settlement: read as stored rows,
        // without the 50 km rule of a write.
        .parse_stored()
        .unwrap()
    }

    #[test]
    fn filters_narrow_and_order_is_by_distance() {
        // Monday 2026-11-23 20:00 in Almaty (UTC+5) is 15:00 UTC.
        let now: DateTime<Utc> = "2026-11-23T15:00:00Z".parse().unwrap();
        let directory = Directory::build(
            vec![
                site(
                    "near",
                    "42.90",
                    "71.37",
                    "Mo-Fr 09:00-18:00",
                    "hiv_rapid_test:free",
                ),
                site(
                    "middle",
                    "42.95",
                    "71.40",
                    "Mo-Fr 12:00-21:00",
                    "hiv_rapid_test:paid",
                ),
                site("far", "43.50", "71.50", "Sa 10:00-14:00", "prep:free"),
            ],
            now,
        );
        let taraz = LatLon::new(42.9, 71.366).unwrap();
        let ids = |filters: SearchFilters| -> Vec<String> {
            directory
                .nearest(taraz, &filters, 10, now)
                .iter()
                .map(|h| h.site.id.clone())
                .collect()
        };
        assert_eq!(ids(SearchFilters::default()), ["near", "middle", "far"]);
        assert_eq!(
            ids(SearchFilters {
                open_now: true,
                ..Default::default()
            }),
            ["middle"]
        );
        assert_eq!(
            ids(SearchFilters {
                evening: true,
                ..Default::default()
            }),
            ["middle"]
        );
        assert_eq!(
            ids(SearchFilters {
                weekend: true,
                ..Default::default()
            }),
            ["far"]
        );
        assert_eq!(
            ids(SearchFilters {
                services: vec![Service::HivRapidTest],
                free: true,
                ..Default::default()
            }),
            ["near"]
        );
        assert_eq!(
            ids(SearchFilters {
                free: true,
                ..Default::default()
            }),
            ["near", "far"]
        );
        assert!(directory.site("middle").is_some() && directory.site("nowhere").is_none());
    }
}
