//! Nearest points among those with some facets (a service, a kind, a
//! language…). Every facet has its own group of points, with its own tree;
//! a search walks the smallest group among the facets it requires, so a
//! selective filter searches few points however many there are in all. A
//! group too small for a tree to pay is scanned.

use super::geo_index::{GeoIndex, Nearby, brute_force_nearest};
use super::latlon::LatLon;
use std::collections::HashMap;
use std::hash::Hash;

/// Below this many points a plain scan is faster than walking a tree.
const SCAN_BELOW: usize = 64;

/// Some of the points: their positions in the whole, and how to search them.
struct Group {
    positions: Vec<usize>,
    points: Vec<LatLon>,
    /// `None`: few enough to scan.
    index: Option<GeoIndex>,
}

impl Group {
    fn of(positions: Vec<usize>, all: &[LatLon]) -> Group {
        let points: Vec<LatLon> = positions.iter().map(|&p| all[p]).collect();
        let index = (points.len() >= SCAN_BELOW).then(|| GeoIndex::build(&points));
        Group {
            positions,
            points,
            index,
        }
    }

    fn nearest(
        &self,
        origin: LatLon,
        k: usize,
        mut accept: impl FnMut(usize) -> bool,
    ) -> Vec<Nearby> {
        let accept_here = |here: usize| accept(self.positions[here]);
        let found = match &self.index {
            Some(index) => index.nearest(&self.points, origin, k, accept_here),
            None => brute_force_nearest(&self.points, origin, k, accept_here),
        };
        found
            .into_iter()
            .map(|nearby| Nearby {
                position: self.positions[nearby.position],
                ..nearby
            })
            .collect()
    }
}

/// Points by position in the slice they were built from, grouped by facet.
pub struct FacetedIndex<F> {
    everything: Group,
    groups: HashMap<F, Group>,
}

impl<F: Copy + Eq + Hash> FacetedIndex<F> {
    /// `facets_of(position)`: the facets the point at `position` has.
    pub fn build(points: &[LatLon], facets_of: impl Fn(usize) -> Vec<F>) -> FacetedIndex<F> {
        let mut members: HashMap<F, Vec<usize>> = HashMap::new();
        for position in 0..points.len() {
            for facet in facets_of(position) {
                let positions = members.entry(facet).or_default();
                if positions.last() != Some(&position) {
                    positions.push(position);
                }
            }
        }
        FacetedIndex {
            everything: Group::of((0..points.len()).collect(), points),
            groups: members
                .into_iter()
                .map(|(facet, positions)| (facet, Group::of(positions, points)))
                .collect(),
        }
    }

    /// The `k` points nearest to `origin` that `accept` lets through,
    /// nearest first. `required` are facets that every point `accept` lets
    /// through has (the caller's promise): only the smallest of their
    /// groups is searched.
    pub fn nearest(
        &self,
        origin: LatLon,
        k: usize,
        required: &[F],
        accept: impl FnMut(usize) -> bool,
    ) -> Vec<Nearby> {
        let mut smallest = &self.everything;
        for facet in required {
            match self.groups.get(facet) {
                Some(group) if group.positions.len() < smallest.positions.len() => smallest = group,
                Some(_) => {}
                // No point has it, so none passes.
                None => return vec![],
            }
        }
        smallest.nearest(origin, k, accept)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn point() -> impl Strategy<Value = LatLon> {
        (-90.0..=90.0f64, -180.0..=180.0f64).prop_map(|(lat, lon)| LatLon::new(lat, lon).unwrap())
    }

    /// A point's facets: the moduli among 2..=6 that divide its position.
    fn facets_of(position: usize) -> Vec<usize> {
        (2..=6).filter(|m| position.is_multiple_of(*m)).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn faceted_nearest_matches_a_filtered_scan(
            points in prop::collection::vec(point(), 1..400),
            origin in point(),
            k in 1usize..20,
            required in prop::collection::vec(2usize..=7, 0..3),
            extra in 1usize..4,
        ) {
            let index = FacetedIndex::build(&points, facets_of);
            let accept = |position: usize| {
                required.iter().all(|m| facets_of(position).contains(m))
                    && position % extra != 1
            };
            let faceted = index.nearest(origin, k, &required, accept);
            let brute = brute_force_nearest(&points, origin, k, accept);
            prop_assert_eq!(faceted.len(), brute.len());
            for (a, b) in faceted.iter().zip(&brute) {
                prop_assert!((a.distance_m - b.distance_m).abs() < 1e-3, "{:?} {:?}", a, b);
                prop_assert!(accept(a.position));
            }
        }
    }
}
