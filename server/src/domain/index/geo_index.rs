//! Nearest points on the sphere: an R-tree of unit vectors (see
//! [`LatLon::unit_vector`]), answered in great-circle metres.

use super::latlon::LatLon;
use rstar::RTree;
use rstar::primitives::GeomWithData;

type Entry = GeomWithData<[f64; 3], usize>;

/// Points by position in the slice they were built from.
pub struct GeoIndex {
    tree: RTree<Entry>,
}

/// One answer: the point's position and its distance from the origin.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nearby {
    pub position: usize,
    /// # Units
    /// Metres.
    pub distance_m: f64,
}

impl GeoIndex {
    pub fn build(points: &[LatLon]) -> GeoIndex {
        let entries = points
            .iter()
            .enumerate()
            .map(|(position, point)| Entry::new(point.unit_vector(), position))
            .collect();
        GeoIndex {
            tree: RTree::bulk_load(entries),
        }
    }

    /// The `k` points nearest to `origin` among those `accept` lets through,
    /// nearest first.
    pub fn nearest(
        &self,
        points: &[LatLon],
        origin: LatLon,
        k: usize,
        mut accept: impl FnMut(usize) -> bool,
    ) -> Vec<Nearby> {
        let mut found: Vec<Nearby> = self
            .tree
            .nearest_neighbor_iter(&origin.unit_vector())
            .filter(|entry| accept(entry.data))
            .take(k)
            .map(|entry| Nearby {
                position: entry.data,
                distance_m: origin.distance_m(&points[entry.data]),
            })
            .collect();
        // The tree orders by chord; re-sort by the metres we report so the
        // list is ascending in what the caller sees, even at rounding ties.
        found.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
        found
    }
}

/// The same answer by measuring every point: the reference the index is
/// tested and benchmarked against.
pub fn brute_force_nearest(
    points: &[LatLon],
    origin: LatLon,
    k: usize,
    mut accept: impl FnMut(usize) -> bool,
) -> Vec<Nearby> {
    let mut all: Vec<Nearby> = points
        .iter()
        .enumerate()
        .filter(|(position, _)| accept(*position))
        .map(|(position, point)| Nearby {
            position,
            distance_m: origin.distance_m(point),
        })
        .collect();
    all.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
    all.truncate(k);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn point() -> impl Strategy<Value = LatLon> {
        (-90.0..=90.0f64, -180.0..=180.0f64).prop_map(|(lat, lon)| LatLon::new(lat, lon).unwrap())
    }

    /// Points near the poles and the antimeridian as well as anywhere.
    fn tricky_point() -> impl Strategy<Value = LatLon> {
        prop_oneof![
            point(),
            (85.0..=90.0f64, -180.0..=180.0f64)
                .prop_map(|(lat, lon)| LatLon::new(lat, lon).unwrap()),
            (-90.0..=-85.0f64, -180.0..=180.0f64)
                .prop_map(|(lat, lon)| LatLon::new(lat, lon).unwrap()),
            (-60.0..=60.0f64, 175.0..=180.0f64)
                .prop_map(|(lat, lon)| LatLon::new(lat, lon).unwrap()),
            (-60.0..=60.0f64, -180.0..=-175.0f64)
                .prop_map(|(lat, lon)| LatLon::new(lat, lon).unwrap()),
        ]
    }

    /// Same distances in the same order; positions may differ only where two
    /// points are equally far (a tie).
    fn assert_same_answer(index: &[Nearby], brute: &[Nearby]) {
        assert_eq!(index.len(), brute.len());
        for (a, b) in index.iter().zip(brute) {
            assert!(
                (a.distance_m - b.distance_m).abs() < 1e-3,
                "index {a:?} brute force {b:?}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn nearest_matches_a_brute_force_great_circle_scan(
            points in prop::collection::vec(tricky_point(), 1..300),
            origin in tricky_point(),
            k in 1usize..20,
        ) {
            let index = GeoIndex::build(&points);
            assert_same_answer(
                &index.nearest(&points, origin, k, |_| true),
                &brute_force_nearest(&points, origin, k, |_| true),
            );
        }

        #[test]
        fn filtered_nearest_matches_a_filtered_scan(
            points in prop::collection::vec(tricky_point(), 1..300),
            origin in tricky_point(),
            k in 1usize..20,
            modulus in 2usize..7,
        ) {
            let index = GeoIndex::build(&points);
            let accept = |position: usize| position.is_multiple_of(modulus);
            assert_same_answer(
                &index.nearest(&points, origin, k, accept),
                &brute_force_nearest(&points, origin, k, accept),
            );
        }
    }

    #[test]
    fn the_nearest_point_across_the_pole_is_found() {
        let points = [
            LatLon::new(89.0, 0.0).unwrap(),
            LatLon::new(89.5, 180.0).unwrap(),
            LatLon::new(80.0, 0.0).unwrap(),
        ];
        let index = GeoIndex::build(&points);
        let origin = LatLon::new(89.9, 179.0).unwrap();
        let found = index.nearest(&points, origin, 3, |_| true);
        assert_eq!(
            found.iter().map(|n| n.position).collect::<Vec<_>>(),
            vec![1, 0, 2]
        );
    }
}
