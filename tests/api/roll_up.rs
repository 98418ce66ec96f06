//! The roll-up: once a booking's day is over it becomes counts and is
//! deleted (with its slot's seat row), and the indicators (CSV and page,
//! for an admin, a site's staff and an outreach organisation) and the
//! referral counts show the same figures before, during and after it.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app_with};
use server::services::retention::sweep;

const SITES: [&str; 3] = [
    DEMO_SITE,
    "demo-almaty-friendly-cabinet",
    "demo-astana-friendly-cabinet",
];
const SERVICES: [&str; 4] = ["hiv_rapid_test", "sti_testing", "prep", ""];
/// What reception makes of the `n`th booking (`None`: left booked).
const MARKS: [Option<&str>; 5] = [
    None,
    Some("arrived"),
    Some("fulfilled"),
    Some("noshow"),
    Some("cancelled"),
];
const PER_SITE: usize = 8;

fn nickname(n: usize) -> String {
    let letter = |i: usize| char::from(b'a' + u8::try_from(i % 26).unwrap());
    format!("Guest {}{}", letter(n / 26), letter(n))
}

fn nurse(site: usize) -> String {
    format!("nurse.site{site}")
}

/// Open slots at `site` over the next fortnight, spread over the days.
async fn spread_slots(app: &TestApp, site: &str) -> Vec<String> {
    let (status, body) = app
        .get_json(&format!("/api/v1/sites/{site}/slots?days=14"))
        .await;
    assert_eq!(status, 200, "{body}");
    let open: Vec<String> = body["slots"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["available"].as_u64() > Some(0))
        .map(|s| s["start"].as_str().unwrap().to_string())
        .collect();
    assert!(open.len() >= PER_SITE, "{site}: {body}");
    (0..PER_SITE)
        .map(|k| open[k * open.len() / PER_SITE].clone())
        .collect()
}

async fn book_service(app: &TestApp, site: &str, start: &str, nickname: &str, service: &str) {
    let mut booking = serde_json::json!({"site_id": site, "start": start, "nickname": nickname});
    if !service.is_empty() {
        booking["service"] = service.into();
    }
    let booked = app
        .client
        .post(format!("{}/api/v1/bookings", app.address))
        .json(&booking)
        .send()
        .await
        .unwrap();
    assert_eq!(booked.status().as_u16(), 201, "{nickname} at {start}");
}

/// Marks the booking of `nickname` on the local `date` at reception.
async fn mark(nurse: &Staff, site: &str, date: &str, nickname: &str, status: &str) {
    let path = format!("/en/staff/site/{site}/bookings?date={date}");
    let (_, html) = nurse.page(&path).await;
    let row = &html[html.find(nickname).expect("the booking is listed")..];
    let booking = field_of(row, "booking");
    let marked = nurse
        .submit(
            &format!("/en/staff/site/{site}/bookings/status"),
            &[("booking", &booking), ("status", status), ("date", date)],
        )
        .await;
    assert_eq!(marked.status().as_u16(), 200, "{nickname} {status}");
}

/// A fortnight of bookings at every site from today: services, referrals
/// and statuses of every kind, and a walk-in a site. Numbers nicknames
/// from `first`; returns how many bookings were made.
async fn book_a_fortnight(app: &TestApp, first: usize) -> usize {
    let outreach = sign_in(app, "worker.rollup").await;
    let mut n = first;
    for (s, site) in SITES.iter().enumerate() {
        let nurse = sign_in(app, &nurse(s)).await;
        let mut marks = vec![];
        for start in spread_slots(app, site).await {
            let name = nickname(n);
            if n.is_multiple_of(3) {
                book_referral(app, site, &start, &name, &outreach).await;
            } else {
                book_service(app, site, &start, &name, SERVICES[n % 4]).await;
            }
            if let Some(status) = MARKS[n % 5] {
                marks.push((start[..10].to_string(), name, status));
            }
            n += 1;
        }
        for (date, name, status) in marks {
            mark(&nurse, site, &date, &name, status).await;
        }
        let walk_in = nurse
            .submit(
                &format!("/en/staff/site/{site}/walk-ins"),
                &[("service", SERVICES[s])],
            )
            .await;
        assert_eq!(walk_in.status().as_u16(), 200);
    }
    n - first
}

/// The page's `<main>`, without its anti-forgery tokens.
fn main_of(html: &str) -> String {
    let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
    main.split("name=\"csrf\" value=\"")
        .enumerate()
        .map(|(i, part)| match i {
            0 => part,
            _ => &part[part.find('"').unwrap()..],
        })
        .collect()
}

/// Every figure the roll-up must leave alone: the indicators as CSV and
/// as the page (table and chart) for an admin, the first site's staff and
/// the outreach organisation, per week and per month, and the
/// organisation's referral counts.
async fn figures(app: &TestApp) -> Vec<String> {
    let mut figures = vec![];
    for who in ["admin.rollup", &nurse(0), "worker.rollup"] {
        let staff = sign_in(app, who).await;
        for period in ["week", "month"] {
            let csv = staff
                .get(&format!("/en/staff/indicators.csv?period={period}"))
                .await;
            assert_eq!(csv.status().as_u16(), 200);
            figures.push(csv.text().await.unwrap());
            let page = staff
                .get(&format!("/en/staff/indicators?period={period}"))
                .await;
            assert_eq!(page.status().as_u16(), 200);
            figures.push(main_of(&page.text().await.unwrap()));
        }
    }
    let outreach = sign_in(app, "worker.rollup").await;
    let referrals = outreach.page("/en/staff/referrals").await.1;
    let counts: Vec<&str> = referrals
        .split("<tr class=\"referral-count-row\">")
        .skip(1)
        .map(|row| &row[..row.find("</tr>").unwrap()])
        .collect();
    assert!(!counts.is_empty(), "{referrals}");
    figures.push(counts.join("\n"));
    figures
}

/// The column `name`'s total over a CSV's rows.
fn csv_total(csv: &str, name: &str) -> u32 {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let column = header.iter().position(|h| *h == name).unwrap();
    lines
        .map(|line| line.split(',').nth(column).unwrap().parse::<u32>().unwrap())
        .sum()
}

/// Live booking rows and rolled-up bookings, over all time.
async fn rows_and_counts(app: &TestApp) -> (usize, u32) {
    let db = &app.state.db;
    let epoch: DateTime<Utc> = "2000-01-01T00:00:00Z".parse().unwrap();
    let live = server::db::reports::bookings_since(db, epoch, None)
        .await
        .unwrap()
        .len();
    let counted = server::db::counts::bookings_since(db, NaiveDate::MIN, None)
        .await
        .unwrap()
        .iter()
        .map(|c| c.count)
        .sum();
    (live, counted)
}

#[tokio::test]
async fn a_month_of_bookings_shows_the_same_indicators_and_referrals_before_and_after_the_roll_up()
{
    // Kept 30 days after the visit, so the first fortnight is still live
    // when the second is booked.
    let app = spawn_app_with(|config| {
        config.load_test = true;
        config.retention_days = 30;
    })
    .await;
    for (s, site) in SITES.iter().enumerate() {
        add_staff(&app, &nurse(s), site).await;
    }
    add_outreach(&app, "worker.rollup", "Amelia").await;
    add_admin(&app, "admin.rollup").await;

    // Two fortnights: the second booked a fortnight later, when the
    // first one's slots are past (and some marked on their day).
    let mut made = book_a_fortnight(&app, 0).await;
    app.state.clock.advance(Duration::days(14));
    made += book_a_fortnight(&app, made).await;
    sweep(&app.state).await;
    assert_eq!(rows_and_counts(&app).await, (made, 0), "nothing over yet");
    let before = figures(&app).await;
    let admin_month = &before[2];
    assert_eq!(csv_total(admin_month, "bookings"), made as u32);
    for column in [
        "arrived",
        "noshow",
        "cancelled",
        "referred",
        "referred_arrived",
    ] {
        assert!(
            csv_total(admin_month, column) > 0,
            "{column}: {admin_month}"
        );
    }
    assert_eq!(csv_total(admin_month, "walk_ins"), 2 * SITES.len() as u32);

    // Part of the month is over (retention is 30 days in the tests): two
    // sweeps at once roll it up once.
    app.state.clock.advance(Duration::days(26));
    tokio::join!(sweep(&app.state), sweep(&app.state));
    let (live, counted) = rows_and_counts(&app).await;
    assert!(live > 0 && counted > 0, "{live} live, {counted} counted");
    assert_eq!(live + counted as usize, made);
    assert_eq!(figures(&app).await, before, "half rolled up");

    // All of it is over: no booking row is left, nor a seat row of its
    // slots, and a second sweep changes nothing.
    app.state.clock.advance(Duration::days(20));
    sweep(&app.state).await;
    assert_eq!(rows_and_counts(&app).await, (0, made as u32));
    assert_eq!(figures(&app).await, before, "all rolled up");
    sweep(&app.state).await;
    assert_eq!(rows_and_counts(&app).await, (0, made as u32));
    let epoch: DateTime<Utc> = "2000-01-01T00:00:00Z".parse().unwrap();
    for site in SITES {
        let seats = server::db::schedule::seats_used(&app.state.db, site, epoch)
            .await
            .unwrap();
        assert!(seats.is_empty(), "{site}: {seats:?}");
    }
}
