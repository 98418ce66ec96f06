//! A point on the Earth's surface and great-circle distances between points.

use geo::{Distance, Haversine, Point};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLon {
    lat: f64,
    lon: f64,
}

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum LatLonError {
    #[error("latitude must be a number between -90 and 90")]
    Latitude,
    #[error("longitude must be a number between -180 and 180")]
    Longitude,
}

impl LatLon {
    pub fn new(lat: f64, lon: f64) -> Result<LatLon, LatLonError> {
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            return Err(LatLonError::Latitude);
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            return Err(LatLonError::Longitude);
        }
        Ok(LatLon { lat, lon })
    }

    pub fn lat(&self) -> f64 {
        self.lat
    }

    pub fn lon(&self) -> f64 {
        self.lon
    }

    /// The point as a unit vector from the Earth's centre. The straight-line
    /// (chord) distance between two such vectors grows strictly with their
    /// great-circle distance, so nearest-by-chord is nearest on the sphere,
    /// poles and the antimeridian included.
    pub fn unit_vector(&self) -> [f64; 3] {
        let (lat, lon) = (self.lat.to_radians(), self.lon.to_radians());
        [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
    }

    /// Great-circle distance on a sphere of the Earth's mean radius.
    ///
    /// # Units
    /// Metres.
    pub fn distance_m(&self, other: &LatLon) -> f64 {
        Haversine.distance(
            Point::new(self.lon, self.lat),
            Point::new(other.lon, other.lat),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_degree_of_longitude_shrinks_towards_the_north() {
        let shymkent = LatLon::new(42.3, 69.6).unwrap();
        let shymkent_east = LatLon::new(42.3, 70.6).unwrap();
        let petropavl = LatLon::new(54.87, 69.15).unwrap();
        let petropavl_east = LatLon::new(54.87, 70.15).unwrap();
        let south = shymkent.distance_m(&shymkent_east);
        let north = petropavl.distance_m(&petropavl_east);
        assert!((81_000.0..84_000.0).contains(&south), "{south}");
        assert!((63_000.0..65_000.0).contains(&north), "{north}");
    }

    #[test]
    fn across_the_antimeridian_is_short() {
        let west = LatLon::new(0.0, 179.9).unwrap();
        let east = LatLon::new(0.0, -179.9).unwrap();
        assert!(west.distance_m(&east) < 23_000.0);
    }

    #[test]
    fn out_of_range_points_are_refused() {
        assert_eq!(LatLon::new(90.1, 0.0), Err(LatLonError::Latitude));
        assert_eq!(LatLon::new(0.0, f64::NAN), Err(LatLonError::Longitude));
    }
}
