//! Nearest-5 sites at 1e3, 1e5 and 1e6 sites, unfiltered and with a filter
//! 1% of sites pass: the faceted index the directory uses (the filter is a
//! facet, as a service or a language is), one R-tree walked with the filter,
//! and a brute-force scan.
//! Run: `cargo bench -p server --bench nearest` (figures in the README).

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use server::domain::index::faceted_index::FacetedIndex;
use server::domain::index::geo_index::{GeoIndex, brute_force_nearest};
use server::domain::index::latlon::LatLon;
use std::hint::black_box;

/// Deterministic pseudo-random points: most over Kazakhstan, some anywhere.
fn points(n: usize, seed: u64) -> Vec<LatLon> {
    let mut state = seed;
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|_| {
            let (lat, lon) = if next() < 0.8 {
                (40.5 + 15.0 * next(), 46.5 + 41.0 * next())
            } else {
                (-90.0 + 180.0 * next(), -180.0 + 360.0 * next())
            };
            LatLon::new(lat, lon).unwrap()
        })
        .collect()
}

fn nearest_five(c: &mut Criterion) {
    let origins = points(64, 7);
    for n in [1_000usize, 100_000, 1_000_000] {
        let sites = points(n, 42);
        let index = GeoIndex::build(&sites);
        // One facet, which every hundredth site has.
        let faceted = FacetedIndex::build(&sites, |i| {
            if i.is_multiple_of(100) {
                vec![100usize]
            } else {
                vec![]
            }
        });
        let mut group = c.benchmark_group(format!("nearest5/{n}"));
        if n >= 100_000 {
            group.sample_size(10);
        }
        for (filter_name, modulus) in [("all", 1usize), ("1pct", 100)] {
            let accept = move |i: usize| i.is_multiple_of(modulus);
            let required: &[usize] = if modulus == 1 { &[] } else { &[100] };
            group.bench_with_input(BenchmarkId::new("faceted", filter_name), &n, |b, _| {
                let mut i = 0;
                b.iter(|| {
                    i = (i + 1) % origins.len();
                    black_box(faceted.nearest(origins[i], 5, required, accept))
                })
            });
            group.bench_with_input(BenchmarkId::new("rtree", filter_name), &n, |b, _| {
                let mut i = 0;
                b.iter(|| {
                    i = (i + 1) % origins.len();
                    black_box(index.nearest(&sites, origins[i], 5, accept))
                })
            });
            group.bench_with_input(BenchmarkId::new("brute_force", filter_name), &n, |b, _| {
                let mut i = 0;
                b.iter(|| {
                    i = (i + 1) % origins.len();
                    black_box(brute_force_nearest(&sites, origins[i], 5, accept))
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, nearest_five);
criterion_main!(benches);
