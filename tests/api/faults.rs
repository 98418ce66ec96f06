//! Faults a client can cause: half-sent requests are dropped within the
//! server's documented limits while it keeps answering others, and dates
//! at the far ends of the calendar are clamped or refused, never a panic.

use senim_tests::portal::*;
use senim_tests::spawn_app;
use server::web::serve::{BODY_IDLE_LIMIT, HEADER_TIME_LIMIT};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Time allowed beyond a limit for the server to act on it.
const MARGIN: Duration = Duration::from_secs(5);

/// The end of chrono's calendar, which once overflowed a day view, and a
/// day past it.
const FAR: [&str; 2] = ["+262142-12-31", "+262143-12-31"];

/// Reads until the server closes the connection, or `deadline`: whether
/// it closed.
async fn closed_by(mut stream: TcpStream, deadline: Instant) -> bool {
    let mut buffer = [0u8; 4096];
    loop {
        let read = tokio::time::timeout_at(deadline.into(), stream.read(&mut buffer)).await;
        match read {
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            Ok(Ok(_)) => continue,
            Err(_) => return false,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn four_hundred_half_sent_requests_are_dropped_while_healthz_answers() {
    let app = spawn_app().await;
    let address = app.address.trim_start_matches("http://").to_string();
    // Half of them stop inside their headers, half inside their body.
    let half_head = "GET /en/help HTTP/1.1\r\nHost: senim\r\nAccept: text/html\r\n";
    let half_body = "POST /en/booking HTTP/1.1\r\nHost: senim\r\n\
                     Content-Type: application/x-www-form-urlencoded\r\n\
                     Content-Length: 200\r\n\r\nintent=find&code=";
    let started = Instant::now();
    let mut waiting = vec![];
    for n in 0..400 {
        let mut stream = TcpStream::connect(&address).await.unwrap();
        let (half, limit) = if n % 2 == 0 {
            (half_head, HEADER_TIME_LIMIT)
        } else {
            (half_body, BODY_IDLE_LIMIT)
        };
        stream.write_all(half.as_bytes()).await.unwrap();
        waiting.push(tokio::spawn(closed_by(stream, started + limit + MARGIN)));
    }

    // Meanwhile the server answers everyone else.
    let mut answered = 0;
    while started.elapsed() < HEADER_TIME_LIMIT {
        let response = app.get("/healthz").await;
        assert_eq!(response.status().as_u16(), 200);
        answered += 1;
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    assert!(answered >= 10, "healthz answered {answered} times");

    let mut closed = 0;
    for connection in waiting {
        if connection.await.unwrap() {
            closed += 1;
        }
    }
    assert_eq!(closed, 400, "every half-sent request is dropped in time");
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);
}

#[tokio::test]
async fn the_slots_api_refuses_a_from_date_beyond_two_years() {
    let app = spawn_app().await;
    let path = |from: &str| format!("/api/v1/sites/{DEMO_SITE}/slots?from={from}");
    for from in FAR.iter().chain(&["9999-12-31", "1970-01-01"]) {
        let (status, body) = app.get_json(&path(&from.replace('+', "%2B"))).await;
        assert_eq!(status, 400, "{from}: {body}");
        assert!(
            body["error"].as_str().unwrap().contains("YYYY-MM-DD")
                || body["error"].as_str().unwrap().contains("two years"),
            "{from}: {body}"
        );
    }
    let (_, body) = app.get_json(&path("9999-12-31")).await;
    assert!(
        body["error"].as_str().unwrap().contains("two years"),
        "{body}"
    );
    let today = chrono::Utc::now().date_naive();
    let (status, _) = app.get_json(&path(&today.to_string())).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn a_booking_form_at_the_end_of_the_calendar_is_not_found() {
    let app = spawn_app().await;
    for start in [
        "%2B262142-12-31T10:00:00%2B05:00",
        "%2B262143-12-31T10:00:00%2B05:00",
        "9999-12-31T10:00:00%2B05:00",
    ] {
        let response = app
            .get(&format!("/en/book/{DEMO_SITE}?start={start}"))
            .await;
        assert_eq!(response.status().as_u16(), 404, "{start}");
    }
}

#[tokio::test]
async fn portal_day_and_week_views_clamp_far_dates_to_two_years() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.far", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.far").await;
    let today = chrono::Utc::now().date_naive();
    let latest = today + chrono::Duration::days(731);
    let earliest = today - chrono::Duration::days(731);
    let first = chrono::NaiveDate::MIN.format("%Y-%m-%d").to_string();
    for (date, near) in [
        ("%2B262142-12-31", latest),
        ("9999-12-31", latest),
        (first.as_str(), earliest),
        ("0001-01-01", earliest),
    ] {
        for view in ["bookings", "week"] {
            let path = format!("/en/staff/site/{DEMO_SITE}/{view}?date={date}");
            let response = staff.get(&path).await;
            assert_eq!(response.status().as_u16(), 200, "{path}");
            let html = response.text().await.unwrap();
            // The clamped date or a day of its week is on the page; off
            // by one at most, for the site's zone against UTC.
            let shown = (-7..=7)
                .map(|d| (near + chrono::Duration::days(d)).to_string())
                .any(|day| html.contains(&day));
            assert!(shown, "{path}: a date near {near}");
        }
    }
}

#[tokio::test]
async fn a_closure_beyond_two_years_is_refused_and_nothing_changes() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.closing", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.closing").await;
    let path = format!("/en/staff/site/{DEMO_SITE}/closures");
    let beyond = (chrono::Utc::now().date_naive() + chrono::Duration::days(800)).to_string();
    for (from, to) in [("+262142-12-30", "+262142-12-31"), (beyond.as_str(), "")] {
        let response = staff
            .submit(&path, &[("intent", "add"), ("from", from), ("to", to)])
            .await;
        assert_eq!(response.status().as_u16(), 422, "{from}");
        let html = response.text().await.unwrap();
        assert!(html.contains("within two years"), "{from}: a clear message");
        assert!(
            !html.contains("id=\"closure-notice\""),
            "{from}: nothing closed"
        );
    }
}
