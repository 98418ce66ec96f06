use senim_tests::spawn_app;
use serde_json::Value;
use server::domain::index::latlon::LatLon;

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn point(&mut self) -> (f64, f64) {
        // Half the points near Kazakhstan, half anywhere (poles and the
        // antimeridian included).
        if self.next() < 0.5 {
            (40.0 + 15.0 * self.next(), 46.0 + 42.0 * self.next())
        } else {
            (-90.0 + 180.0 * self.next(), -180.0 + 360.0 * self.next())
        }
    }
}

/// Every site that passes `keep`, nearest first, by scanning `/api/v1/sites`
/// (entries reached online are never "near").
fn brute_force(
    features: &[Value],
    lat: f64,
    lon: f64,
    keep: impl Fn(&Value) -> bool,
) -> Vec<(String, f64)> {
    let origin = LatLon::new(lat, lon).unwrap();
    let mut all: Vec<(String, f64)> = features
        .iter()
        .filter(|f| f["properties"]["kind"] != "online" && keep(&f["properties"]))
        .map(|f| {
            let c = &f["geometry"]["coordinates"];
            let point = LatLon::new(c[1].as_f64().unwrap(), c[0].as_f64().unwrap()).unwrap();
            (
                f["id"].as_str().unwrap().to_string(),
                origin.distance_m(&point),
            )
        })
        .collect();
    all.sort_by(|a, b| a.1.total_cmp(&b.1));
    all
}

/// The API's answer is the scan's first `limit`, in order; where sites are
/// equally far (a tie, also across the limit) either may come first.
fn assert_same(api: &[Value], scan: &[(String, f64)], limit: usize, context: &str) {
    let expected = &scan[..limit.min(scan.len())];
    assert_eq!(api.len(), expected.len(), "{context}");
    for (i, (result, (id, distance))) in api.iter().zip(expected).enumerate() {
        let got = result["distance_m"].as_f64().unwrap();
        assert!(
            (got - distance).abs() < 0.01,
            "{context}: #{i} {got} vs {distance}"
        );
        // Ids must agree unless another site is equally far (a tie).
        let tied = scan
            .iter()
            .filter(|(_, d)| (d - distance).abs() < 0.01)
            .count()
            > 1;
        assert!(
            tied || result["id"] == id.as_str(),
            "{context}: #{i} {} vs {id}",
            result["id"]
        );
    }
}

#[tokio::test]
async fn nearest_agrees_with_a_brute_force_scan_anywhere_on_earth() {
    let app = spawn_app().await;
    let (_, sites) = app.get_json("/api/v1/sites").await;
    let features = sites["features"].as_array().unwrap().clone();
    let has_free_service = |p: &Value| {
        p["services"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["free"] == true)
    };
    let offers_free = |service: &'static str| {
        move |p: &Value| {
            p["services"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["service"] == service && o["free"] == true)
        }
    };
    type Filter = (&'static str, Box<dyn Fn(&Value) -> bool>);
    let filters: Vec<Filter> = vec![
        ("", Box::new(|_: &Value| true)),
        (
            "&kind=aids_centre",
            Box::new(|p: &Value| p["kind"] == "aids_centre"),
        ),
        ("&no_id=1", Box::new(|p: &Value| p["requires_id"] == false)),
        ("&free=1", Box::new(has_free_service)),
        (
            "&service=hiv_rapid_test&free=1",
            Box::new(offers_free("hiv_rapid_test")),
        ),
        (
            "&lang=uz",
            Box::new(|p: &Value| p["languages"].as_array().unwrap().iter().any(|l| l == "uz")),
        ),
    ];
    let mut random = Lcg(20261122);
    for round in 0..60 {
        let (lat, lon) = random.point();
        let limit = 1 + (random.next() * 30.0) as usize;
        for (query, keep) in &filters {
            let (status, body) = app
                .get_json(&format!(
                    "/api/v1/nearest?lat={lat}&lon={lon}&limit={limit}{query}"
                ))
                .await;
            assert_eq!(status, 200);
            let results = body["results"].as_array().unwrap();
            let scan = brute_force(&features, lat, lon, keep);
            assert_same(
                results,
                &scan,
                limit,
                &format!("round {round} ({lat}, {lon}) limit {limit}{query}"),
            );
        }
    }
}

#[tokio::test]
async fn results_are_sorted_and_limited() {
    let app = spawn_app().await;
    let (_, body) = app.get_json("/api/v1/nearest?lat=42.9&lon=71.37").await;
    let results = body["results"].as_array().unwrap();
    assert_eq!(results.len(), 10, "limit defaults to 10");
    let distances: Vec<f64> = results
        .iter()
        .map(|r| r["distance_m"].as_f64().unwrap())
        .collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]));
    for key in [
        "id",
        "name",
        "kind",
        "lat",
        "lon",
        "distance_m",
        "badges",
        "demo",
    ] {
        assert!(results[0].get(key).is_some(), "{key} missing");
    }
    let (_, body) = app
        .get_json("/api/v1/nearest?lat=42.9&lon=71.37&limit=100")
        .await;
    assert!(body["results"].as_array().unwrap().len() <= 100);
}

#[tokio::test]
async fn bad_input_is_refused_with_400_and_a_reason() {
    let app = spawn_app().await;
    for query in [
        "",
        "lat=42.9",
        "lat=north&lon=71",
        "lat=91&lon=71",
        "lat=42&lon=181",
        "lat=42&lon=71&limit=0",
        "lat=42&lon=71&limit=101",
        "lat=42&lon=71&limit=ten",
        "lat=42&lon=71&service=magic",
        "lat=42&lon=71&kind=hospital",
        "lat=42&lon=71&open_now=maybe",
        "lat=42&lon=71&lang=xx",
    ] {
        let (status, body) = app.get_json(&format!("/api/v1/nearest?{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert!(
            body["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{query}: {body}"
        );
    }
}
