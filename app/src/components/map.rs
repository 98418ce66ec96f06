//! A map of Kazakhstan drawn on the server as SVG: the country's outline
//! (Natural Earth, see data/PLACES_PROVENANCE.md), the results as numbered
//! markers and the place searched from. No tiles and no other host: the
//! map is part of the page and works without JavaScript.

use super::t;
use leptos::prelude::*;
use std::fmt::Write;
use std::sync::LazyLock;

/// One outer ring of the outline per line, `lon,lat` pairs; `#` comments.
const OUTLINE: &str = include_str!("../../../data/kazakhstan_outline.txt");

/// The map's frame in degrees: Kazakhstan with a small margin.
const WEST: f64 = 46.0;
const EAST: f64 = 88.0;
const SOUTH: f64 = 40.0;
const NORTH: f64 = 56.0;
/// Map units per degree of latitude.
const SCALE: f64 = 10.0;
/// cos(48°): Kazakhstan's middle latitude, so shapes are not stretched.
const X_SHRINK: f64 = 0.669_130_606_358_858_2;

const WIDTH: f64 = (EAST - WEST) * X_SHRINK * SCALE;
const HEIGHT: f64 = (NORTH - SOUTH) * SCALE;

/// A point in map units, or `None` outside the frame.
pub fn project(lat: f64, lon: f64) -> Option<(f64, f64)> {
    ((WEST..=EAST).contains(&lon) && (SOUTH..=NORTH).contains(&lat))
        .then_some(((lon - WEST) * X_SHRINK * SCALE, (NORTH - lat) * SCALE))
}

/// The outline as an SVG path, built once.
fn outline_path() -> &'static str {
    static PATH: LazyLock<String> = LazyLock::new(|| {
        let mut path = String::new();
        for ring in OUTLINE
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        {
            let points = ring.split_whitespace().filter_map(|pair| {
                let (lon, lat) = pair.split_once(',')?;
                project(lat.parse().ok()?, lon.parse().ok()?)
            });
            for (i, (x, y)) in points.enumerate() {
                let command = if i == 0 { 'M' } else { 'L' };
                let _ = write!(path, "{command}{x:.1} {y:.1}");
            }
            path.push('Z');
        }
        path
    });
    &PATH
}

/// The map of a search: `origin` and `sites` as (latitude, longitude).
/// Nothing is drawn when the origin lies outside Kazakhstan's frame.
#[component]
pub fn ResultsMap(origin: (f64, f64), sites: Vec<(f64, f64)>) -> impl IntoView {
    let (ox, oy) = project(origin.0, origin.1)?;
    let markers = sites
        .iter()
        .enumerate()
        .filter_map(|(i, (lat, lon))| project(*lat, *lon).map(|xy| (i + 1, xy)))
        // The nearest is drawn last, so it sits on top.
        .rev()
        .map(|(number, (x, y))| {
            view! {
                <g class="marker">
                    <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="4"></circle>
                    <text x=format!("{x:.1}") y=format!("{:.1}", y + 2.0)>{number}</text>
                </g>
            }
        })
        .collect_view();
    Some(view! {
        <figure class="map">
            <svg
                viewBox=format!("0 0 {WIDTH:.0} {HEIGHT:.0}")
                role="img"
                aria-labelledby="map-title"
                xmlns="http://www.w3.org/2000/svg"
            >
                <title id="map-title">{t("map-title")}</title>
                <path class="country" d=outline_path()></path>
                <circle class="origin" cx=format!("{ox:.1}") cy=format!("{oy:.1}") r="3"></circle>
                {markers}
            </svg>
            <figcaption>{t("map-caption")}</figcaption>
        </figure>
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_is_kazakhstan_inside_the_frame() {
        let path = outline_path();
        assert!(path.starts_with('M') && path.ends_with('Z'));
        let numbers: Vec<f64> = path
            .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
            .filter_map(|n| n.parse().ok())
            .collect();
        assert!(numbers.len() > 200, "a detailed outline");
        assert!(
            numbers
                .iter()
                .all(|n| (0.0..=WIDTH.max(HEIGHT)).contains(n))
        );
    }

    #[test]
    fn places_land_where_they_are() {
        // Almaty is in the south-east, Aktau in the west, Petropavl in the north.
        let almaty = project(43.25, 76.92).unwrap();
        let aktau = project(43.65, 51.17).unwrap();
        let petropavl = project(54.87, 69.16).unwrap();
        assert!(almaty.0 > petropavl.0 && petropavl.0 > aktau.0);
        assert!(petropavl.1 < almaty.1 && petropavl.1 < aktau.1);
        assert_eq!(project(52.52, 13.40), None, "Berlin is off the map");
    }
}
