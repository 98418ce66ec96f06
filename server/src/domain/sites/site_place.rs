//! Where a site may be: within [`MAX_METRES_FROM_SETTLEMENT`] of the
//! settlement it names, so that no one (staff, coordinator or a file) can
//! move a clinic's pin far from the town its page names.

use super::site_fields::{SiteProblem, country_of};
use crate::domain::index::gazetteer::Gazetteer;
use crate::domain::index::latlon::LatLon;
use chrono_tz::Tz;
use vocabulary::forms::Column;

/// How far a site may lie from the centre of its settlement: the largest
/// cities of Kazakhstan are ~30 km across, so 50 km keeps every real
/// address and refuses a pin moved to another town.
///
/// # Units
/// Metres.
pub const MAX_METRES_FROM_SETTLEMENT: f64 = 50_000.0;

/// `Ok` when a site in `city`, at `location`, in time zone `timezone`,
/// lies within [`MAX_METRES_FROM_SETTLEMENT`] of that settlement in
/// `gazetteer`. A site in Kazakhstan (a Kazakh time zone) must name a
/// settlement the gazetteer knows; elsewhere the gazetteer has no
/// settlements, so nothing is checked.
pub fn check_place(
    gazetteer: &Gazetteer,
    city: &str,
    location: LatLon,
    timezone: Tz,
) -> Result<(), SiteProblem> {
    match gazetteer.find(city) {
        Some(place) => {
            let metres = place.location.distance_m(&location);
            if metres <= MAX_METRES_FROM_SETTLEMENT {
                Ok(())
            } else {
                let reason = format!(
                    "the point is {} km from {}; a site must lie within {} km of its settlement",
                    (metres / 1000.0).round(),
                    place.name_en,
                    MAX_METRES_FROM_SETTLEMENT / 1000.0
                );
                Err(SiteProblem::new(Column::Lat, reason))
            }
        }
        None if country_of(timezone).is_some() => Err(SiteProblem::new(
            Column::City,
            format!(
                "{city:?} is not a settlement Senim knows (data/kz_places.csv); use its name there"
            ),
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::index::gazetteer::kazakhstan;

    fn at(lat: f64, lon: f64) -> LatLon {
        LatLon::new(lat, lon).unwrap()
    }

    #[test]
    fn a_site_within_50_km_of_its_settlement_is_accepted() {
        let almaty = chrono_tz::Asia::Almaty;
        assert!(check_place(kazakhstan(), "Almaty", at(43.25, 76.91), almaty).is_ok());
        // ~40 km north of the centre.
        assert!(check_place(kazakhstan(), "Алматы", at(43.61, 76.91), almaty).is_ok());
    }

    #[test]
    fn a_site_far_from_its_settlement_is_refused() {
        let almaty = chrono_tz::Asia::Almaty;
        // Karaganda's coordinates named as Almaty: ~1,000 km away.
        let refused = check_place(kazakhstan(), "Almaty", at(49.8, 73.1), almaty).unwrap_err();
        assert_eq!(refused.column, Column::Lat);
        assert!(refused.reason.contains("Almaty"), "{refused}");
        // ~60 km north.
        assert!(check_place(kazakhstan(), "Almaty", at(43.8, 76.91), almaty).is_err());
    }

    #[test]
    fn an_unknown_settlement_is_refused_in_kazakhstan_only() {
        let refused = check_place(
            kazakhstan(),
            "Atlantis",
            at(43.25, 76.91),
            chrono_tz::Asia::Almaty,
        );
        assert_eq!(refused.unwrap_err().column, Column::City);
        assert!(
            check_place(
                kazakhstan(),
                "Bishkek",
                at(42.87, 74.59),
                chrono_tz::Asia::Bishkek
            )
            .is_ok()
        );
    }
}
