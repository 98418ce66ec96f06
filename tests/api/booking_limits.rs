//! Booking abuse: the caps per client and per outreach account, a refused
//! try that writes nothing, a surge at one site slowed (not refused) and
//! shown to its staff, staff releasing the bookings of chosen slots or of
//! a whole day, and a lowered capacity that binds at once. Clients are
//! told apart by `X-Forwarded-For` from a trusted proxy (127.0.0.1).

use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app_with};
use serde_json::{Value, json};
use server::domain::bookings::surge::{SPACING, USUAL_PER_MINUTE};
use std::time::Instant;

/// A server that believes the proxy on 127.0.0.1.
async fn behind_proxy() -> TestApp {
    let trusted = server::config::parse_trusted("127.0.0.1").unwrap();
    spawn_app_with(|config| config.trusted_proxies = trusted).await
}

/// Books through the API as `client`; the status and the body.
async fn book_as(app: &TestApp, client: &str, site: &str, start: &str) -> (u16, Value) {
    let response = app
        .client
        .post(format!("{}/api/v1/bookings", app.address))
        .header("x-forwarded-for", client)
        .json(&json!({ "site_id": site, "start": start, "nickname": "Guest" }))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Books through the public form as `client`; the status and the page.
async fn book_form_as(
    app: &TestApp,
    client: &str,
    lang: &str,
    site: &str,
    start: &str,
) -> (u16, String) {
    book_form_with(app, client, None, lang, site, start).await
}

async fn book_form_with(
    app: &TestApp,
    client: &str,
    cookie: Option<&str>,
    lang: &str,
    site: &str,
    start: &str,
) -> (u16, String) {
    let mut form = vec![("start", start), ("nickname", "Guest")];
    if cookie.is_some() {
        // An outreach worker's booking counts against the account when it
        // is a referral, made on purpose.
        form.push(("referral", "yes"));
    }
    let mut request = app
        .client
        .post(format!("{}/{lang}/book/{site}", app.address))
        .header("x-forwarded-for", client)
        .form(&form);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// Open slots of the demo sites, at most `per_site` of each (so that no
/// site sees a surge), as (site, start).
async fn slots_across_sites(app: &TestApp, per_site: usize) -> Vec<(String, String)> {
    let mut found = vec![];
    for site in app.state.directory().sites().iter().filter(|s| s.demo) {
        let (status, body) = app
            .get_json(&format!("/api/v1/sites/{}/slots?days=14", site.id))
            .await;
        if status != 200 {
            continue;
        }
        for slot in body["slots"].as_array().unwrap().iter().take(per_site) {
            found.push((site.id.clone(), slot["start"].as_str().unwrap().to_string()));
        }
    }
    found
}

/// The site's open slots of the next days, as the API gives them.
async fn open_slots(app: &TestApp, site: &str) -> Vec<Value> {
    let (status, body) = app
        .get_json(&format!("/api/v1/sites/{site}/slots?days=14"))
        .await;
    assert_eq!(status, 200, "{body}");
    body["slots"].as_array().unwrap().clone()
}

fn available(slots: &[Value], start: &str) -> u64 {
    let slot = slots
        .iter()
        .find(|s| s["start"] == start)
        .expect("the slot");
    slot["available"].as_u64().unwrap()
}

/// Every table's row count, and the sum of the try counts: what a
/// refused try must leave as it was.
async fn snapshot(app: &TestApp) -> Vec<(String, i64)> {
    let pool = app.own_pool().await;
    let tables = if app.database_url.starts_with("postgres") {
        "SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"
    };
    let tables: Vec<String> = sqlx::query_scalar(tables).fetch_all(&pool).await.unwrap();
    assert!(tables.iter().any(|t| t == "try_counts"), "{tables:?}");
    let mut counts = vec![];
    for table in tables {
        let rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&pool)
            .await
            .unwrap();
        counts.push((table, rows));
    }
    let tries: i64 =
        sqlx::query_scalar("SELECT CAST(COALESCE(SUM(tries), 0) AS BIGINT) FROM try_counts")
            .fetch_one(&pool)
            .await
            .unwrap();
    counts.push(("try_counts: tries".to_string(), tries));
    pool.close().await;
    counts
}

#[tokio::test]
async fn one_client_is_refused_after_twenty_bookings_an_hour_and_another_is_not() {
    let app = behind_proxy().await;
    let slots = slots_across_sites(&app, 5).await;
    assert!(slots.len() >= 25, "{} slots", slots.len());
    let hourly =
        server::domain::access::try_limit::TryLimit::CLIENT_BOOKINGS_HOURLY.per_window as usize;
    for (site, start) in &slots[..hourly] {
        let (status, body) = book_as(&app, "203.0.113.10", site, start).await;
        assert_eq!(status, 201, "{body}");
    }
    let before = snapshot(&app).await;
    let (site, start) = &slots[hourly];
    let (status, body) = book_as(&app, "203.0.113.10", site, start).await;
    assert_eq!(status, 429, "{body}");
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("too many bookings"),
        "{body}"
    );
    let (status, page) = book_form_as(&app, "203.0.113.10", "en", site, start).await;
    assert_eq!(status, 429);
    assert!(
        page.contains("Too many bookings have been made from this connection"),
        "the page says why"
    );
    let (status, page) = book_form_as(&app, "203.0.113.10", "ru", site, start).await;
    assert_eq!(status, 429);
    assert!(page.contains("слишком много записей"), "in Russian too");
    assert_eq!(
        snapshot(&app).await,
        before,
        "a refused booking changes nothing"
    );

    let (status, body) = book_as(&app, "203.0.113.11", site, start).await;
    assert_eq!(status, 201, "another client is unaffected: {body}");
    let (status, _) = book_as(
        &app,
        "2001:db8:1:2::1",
        &slots[hourly + 1].0,
        &slots[hourly + 1].1,
    )
    .await;
    assert_eq!(status, 201);
}

#[tokio::test]
async fn an_outreach_account_is_counted_per_account_with_a_higher_allowance() {
    let app = behind_proxy().await;
    add_outreach(&app, "peer.dana", "Community Friends").await;
    let staff = sign_in(&app, "peer.dana").await;
    let slots = slots_across_sites(&app, 5).await;
    let hourly =
        server::domain::access::try_limit::TryLimit::CLIENT_BOOKINGS_HOURLY.per_window as usize;
    for (site, start) in &slots[..=hourly] {
        let (status, page) = book_form_with(
            &app,
            "203.0.113.20",
            Some(staff.cookie()),
            "en",
            site,
            start,
        )
        .await;
        assert_eq!(status, 200, "{page}");
    }
    let (site, start) = &slots[hourly + 1];
    let (status, body) = book_as(&app, "203.0.113.20", site, start).await;
    assert_eq!(
        status, 201,
        "the address itself still has its own budget: {body}"
    );
}

#[tokio::test]
async fn a_look_up_refused_with_429_leaves_the_database_unchanged() {
    let app = behind_proxy().await;
    let look_up = || async {
        app.client
            .post(format!("{}/api/v1/bookings/lookup", app.address))
            .header("x-forwarded-for", "203.0.113.30")
            .json(&json!({ "code": "0000-0000" }))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    };
    for _ in 0..20 {
        assert_eq!(look_up().await, 404);
    }
    let before = snapshot(&app).await;
    assert_eq!(look_up().await, 429);
    assert_eq!(look_up().await, 429);
    assert_eq!(snapshot(&app).await, before);
}

#[tokio::test]
async fn a_burst_at_one_site_is_slowed_not_refused_and_staff_see_it() {
    let app = behind_proxy().await;
    app.set_capacity(DEMO_SITE, 50).await;
    let start = open_slots(&app, DEMO_SITE).await[0]["start"]
        .as_str()
        .unwrap()
        .to_string();
    let burst = USUAL_PER_MINUTE as usize + 2;
    let began = Instant::now();
    let answers: Vec<_> = (0..burst)
        .map(|i| {
            let client = format!("198.51.100.{}", i + 1);
            let (app_client, address, start) =
                (app.client.clone(), app.address.clone(), start.clone());
            tokio::spawn(async move {
                app_client
                    .post(format!("{address}/api/v1/bookings"))
                    .header("x-forwarded-for", client)
                    .json(&json!({ "site_id": DEMO_SITE, "start": start, "nickname": "Guest" }))
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            })
        })
        .collect();
    for answer in answers {
        assert_eq!(answer.await.unwrap(), 201, "slowed, never refused");
    }
    assert!(
        began.elapsed() >= SPACING * 2,
        "the last two waited their turns"
    );
    assert_eq!(
        available(&open_slots(&app, DEMO_SITE).await, &start),
        50 - burst as u64
    );

    add_staff(&app, "nurse.surge", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.surge").await;
    let day = staff
        .get(&format!("/en/staff/site/{DEMO_SITE}/bookings"))
        .await;
    assert_eq!(day.status().as_u16(), 200);
    let html = day
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    let notice = &html[html.find("id=\"day-surge\"").expect("the surge is shown")..];
    assert!(notice.contains("2 of them were slowed down"), "{notice}");
}

#[tokio::test]
async fn staff_release_the_bookings_of_chosen_slots_or_a_day_and_it_is_audited() {
    let app = behind_proxy().await;
    app.set_capacity(DEMO_SITE, 5).await;
    let slots = open_slots(&app, DEMO_SITE).await;
    // A later day with at least two slots: every one of its slots is open.
    let day = slots
        .iter()
        .map(|s| s["start"].as_str().unwrap()[..10].to_string())
        .find(|d| {
            d > &slots[0]["start"].as_str().unwrap()[..10].to_string()
                && slots
                    .iter()
                    .filter(|s| s["start"].as_str().unwrap().starts_with(d.as_str()))
                    .count()
                    >= 2
        })
        .expect("a day with two slots");
    let of_day: Vec<String> = slots
        .iter()
        .map(|s| s["start"].as_str().unwrap().to_string())
        .filter(|s| s.starts_with(&day))
        .collect();
    let (first, second) = (&of_day[0], &of_day[1]);
    for (i, start) in [first, first, second].into_iter().enumerate() {
        let (status, body) =
            book_as(&app, &format!("203.0.113.{}", 40 + i), DEMO_SITE, start).await;
        assert_eq!(status, 201, "{body}");
    }
    let kept = book_as(
        &app,
        "203.0.113.49",
        DEMO_SITE,
        slots[0]["start"].as_str().unwrap(),
    )
    .await;
    assert_eq!(kept.0, 201, "a booking of another day");

    add_staff(&app, "nurse.release", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.release").await;
    let path = format!("/en/staff/site/{DEMO_SITE}/bookings/release");

    let nothing = staff.submit(&path, &[("date", &day)]).await;
    assert_eq!(nothing.status().as_u16(), 422);
    assert!(
        nothing
            .text()
            .await
            .unwrap()
            .contains("Tick the times to release")
    );
    let unchanged = open_slots(&app, DEMO_SITE).await;
    assert_eq!(
        (available(&unchanged, first), available(&unchanged, second)),
        (3, 4)
    );

    let chosen = staff
        .submit(&path, &[("date", &day), ("start", first)])
        .await;
    assert_eq!(chosen.status().as_u16(), 200);
    assert!(
        chosen
            .text()
            .await
            .unwrap()
            .contains("Released: those places are free again.")
    );
    let after = open_slots(&app, DEMO_SITE).await;
    assert_eq!(
        (available(&after, first), available(&after, second)),
        (5, 4)
    );

    let whole = staff
        .submit(&path, &[("date", &day), ("whole_day", "1")])
        .await;
    assert_eq!(whole.status().as_u16(), 200);
    let after = open_slots(&app, DEMO_SITE).await;
    assert_eq!(available(&after, second), 5, "the day's seats are free");
    assert_eq!(
        available(&after, slots[0]["start"].as_str().unwrap()),
        4,
        "other days keep their bookings"
    );

    add_admin(&app, "admin.audit").await;
    let admin = sign_in(&app, "admin.audit").await;
    let audit = admin.page("/en/staff/audit").await.1;
    assert!(audit.contains("bookings released"), "{audit}");
    let first_time = &first[11..16];
    assert!(audit.contains(&format!("{day} {first_time}: 2")), "{audit}");
    assert!(audit.contains(&format!("{day}: 1")), "{audit}");
}

#[tokio::test]
async fn a_lowered_capacity_binds_at_once() {
    let app = behind_proxy().await;
    app.set_capacity(DEMO_SITE, 3).await;
    let start = open_slots(&app, DEMO_SITE).await[0]["start"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        book_as(&app, "203.0.113.60", DEMO_SITE, &start).await.0,
        201
    );
    assert_eq!(
        book_as(&app, "203.0.113.61", DEMO_SITE, &start).await.0,
        201
    );
    app.set_capacity(DEMO_SITE, 2).await;
    let (status, body) = book_as(&app, "203.0.113.62", DEMO_SITE, &start).await;
    assert_eq!(status, 409, "two booked of two: full {body}");
    app.set_capacity(DEMO_SITE, 1).await;
    assert_eq!(
        book_as(&app, "203.0.113.63", DEMO_SITE, &start).await.0,
        409
    );
    app.set_capacity(DEMO_SITE, 4).await;
    assert_eq!(
        book_as(&app, "203.0.113.64", DEMO_SITE, &start).await.0,
        201,
        "raised again"
    );
    assert_eq!(available(&open_slots(&app, DEMO_SITE).await, &start), 1);
}
