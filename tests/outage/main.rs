//! A PostgreSQL outage under booking load: the database server is stopped
//! at once (as a crash would) while bookings are being made, and started
//! again. No booking that was confirmed is lost; while the database is
//! down, whatever needs it answers 503 (never 500), in the page's language,
//! and what runs from memory (search, Help now, nearest) keeps answering;
//! service resumes by itself when the database is back.
//!
//! Runs on a PostgreSQL cluster of its own (tests/support/postgres.rs), so
//! as not to stop the one other tests share; the test command runs it in
//! its PostgreSQL pass (`cargo test -p senim-tests --test outage`). On a
//! SQLite run (no `SENIM_TEST_POSTGRES`) it is skipped.

use senim_tests::portal::{add_admin, sign_in};
use senim_tests::postgres::Cluster;
use senim_tests::{TestApp, spawn_app_with};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The booking load's sites: every demo site, 50 people a slot.
async fn open_slots(app: &TestApp) -> Vec<(String, String)> {
    let mut slots = vec![];
    for site in app.state.directory().sites().iter().filter(|s| s.demo) {
        app.set_capacity(&site.id, 50).await;
        let (status, body) = app
            .get_json(&format!("/api/v1/sites/{}/slots?days=14", site.id))
            .await;
        assert_eq!(status, 200);
        for slot in body["slots"].as_array().unwrap() {
            slots.push((site.id.clone(), slot["start"].as_str().unwrap().to_string()));
        }
    }
    assert!(!slots.is_empty());
    slots
}

/// One booking through the API: its status, and its code when confirmed.
async fn book(app: &TestApp, (site, start): &(String, String), n: usize) -> (u16, Option<String>) {
    let response = app
        .client
        .post(format!("{}/api/v1/bookings", app.address))
        .json(&json!({"site_id": site, "start": start, "nickname": format!("Load {n}")}))
        .send()
        .await
        .expect("the server answers");
    let status = response.status().as_u16();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    (status, body["code"].as_str().map(str::to_string))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_postgres_restart_under_booking_load_loses_no_confirmed_booking() {
    if !std::env::var("SENIM_TEST_POSTGRES").is_ok_and(|url| url.starts_with("postgres")) {
        eprintln!("skipped: a PostgreSQL test (SENIM_TEST_POSTGRES is not set)");
        return;
    }
    let cluster = Cluster::start().expect("PostgreSQL is installed");
    let url = format!("{}/senim_outage", cluster.url);
    // Hundreds of bookings from one test client: the booking caps and the
    // surge slow-down are lifted, as for every load test.
    let app = Arc::new(
        spawn_app_with(|config| {
            config.database_url = url;
            config.load_test = true;
        })
        .await,
    );
    let slots = Arc::new(open_slots(&app).await);
    add_admin(&app, "admin.outage").await;
    let staff = sign_in(&app, "admin.outage").await;

    // A hundred and more bookings confirmed before the outage.
    let mut confirmed = vec![];
    for n in 0..120 {
        let (status, code) = book(&app, &slots[n % slots.len()], n).await;
        assert_eq!(status, 201, "booking {n}");
        confirmed.push(code.unwrap());
    }

    // The load: four clients booking as fast as they are answered.
    let running = Arc::new(AtomicBool::new(true));
    let mut workers = vec![];
    for worker in 0..4 {
        let (app, slots, running) = (app.clone(), slots.clone(), running.clone());
        workers.push(tokio::spawn(async move {
            let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
            let mut codes = vec![];
            let mut n = 1000 * (worker + 1);
            while running.load(Ordering::Relaxed) {
                let (status, code) = book(&app, &slots[n % slots.len()], n).await;
                *statuses.entry(status).or_default() += 1;
                codes.extend(code);
                n += 1;
            }
            (statuses, codes)
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;

    cluster.stop_immediately();
    let (site, start) = slots[0].clone();
    let down = async |path: &str| {
        let response = app.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    };
    // What needs the database says so, in the page's language.
    let (status, body) = book(&app, &slots[0], 1).await;
    assert_eq!(
        status, 503,
        "a booking while the database is down: {body:?}"
    );
    let encoded = start.replace('+', "%2B");
    let (status, html) = down(&format!("/ru/book/{site}?start={encoded}")).await;
    assert_eq!(status, 503, "the booking form");
    assert!(html.contains("Временно недоступно"), "in Russian: {html}");
    let (status, body) = down(&format!("/api/v1/sites/{site}/slots")).await;
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("unavailable"), "{body}");
    let (status, html) = staff.page("/kk/staff").await;
    assert_eq!(status, 503, "the portal");
    assert!(html.contains("қолжетімсіз"), "in Kazakh: {html}");
    // What runs from memory keeps working.
    for path in [
        "/ru?place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7",
        "/ru/help",
        "/api/v1/nearest?lat=42.9&lon=71.37",
        "/healthz",
    ] {
        assert_eq!(down(path).await.0, 200, "{path}");
    }
    let (status, html) = down(&format!("/en/site/{site}")).await;
    assert_eq!(status, 200, "a site's page, from memory");
    assert!(
        html.contains("id=\"slots-unavailable\""),
        "with its slots unavailable"
    );

    // Back: service resumes by itself.
    cluster.start_again();
    let back = Instant::now();
    loop {
        let (status, code) = book(&app, &slots[1], 2).await;
        if status == 201 {
            confirmed.push(code.unwrap());
            break;
        }
        assert_eq!(status, 503, "while reconnecting");
        assert!(
            back.elapsed() < Duration::from_secs(60),
            "resumes within a minute"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    running.store(false, Ordering::Relaxed);

    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    for worker in workers {
        let (seen, codes) = worker.await.unwrap();
        for (status, count) in seen {
            *statuses.entry(status).or_default() += count;
        }
        confirmed.extend(codes);
    }
    assert!(statuses.get(&201).copied().unwrap_or(0) > 0, "{statuses:?}");
    assert!(statuses.get(&503).copied().unwrap_or(0) > 0, "{statuses:?}");
    assert!(
        statuses.keys().all(|status| [201, 503].contains(status)),
        "only bookings and 503s under load, never a 500: {statuses:?}"
    );

    // Every confirmed booking is there.
    let mut found = 0;
    for code in &confirmed {
        let code = server::services::booking::parse_code(code).unwrap();
        if server::services::booking::find(&app.state, &code)
            .await
            .is_ok()
        {
            found += 1;
        }
    }
    assert_eq!(found, confirmed.len(), "no confirmed booking is lost");
    println!(
        "{} bookings confirmed; answers under load: {statuses:?}",
        confirmed.len()
    );
}
