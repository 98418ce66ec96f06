//! A public page that cannot be made says why, with the right status and
//! in its language, and the server's log names the route it was for: 503
//! while the database is unreachable, 500 for a fault. Never "this time
//! is no longer free" (404), and never a code, nickname or address in the
//! log.

use senim_tests::portal::DEMO_SITE;
use senim_tests::{TestApp, spawn_app};
use std::io::Write;
use std::sync::{Mutex, OnceLock};

/// Every line the servers of this test binary log, as text: one global
/// subscriber (a subscriber for one thread only misses lines whenever
/// another thread first meets a log statement at the same moment).
/// `None` when another global subscriber came first (`TEST_LOG`).
fn server_log() -> Option<&'static Mutex<Vec<u8>>> {
    static LOG: OnceLock<Option<&'static Mutex<Vec<u8>>>> = OnceLock::new();
    *LOG.get_or_init(|| {
        let lines: &'static Mutex<Vec<u8>> = Box::leak(Box::default());
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::INFO)
            .with_ansi(false)
            .with_writer(move || Lines(lines))
            .finish();
        tracing::subscriber::set_global_default(subscriber)
            .ok()
            .map(|()| lines)
    })
}

struct Lines(&'static Mutex<Vec<u8>>);

impl Write for Lines {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Asserts that the log has a line said while answering a booking page
/// that contains `said`, and that no such line has the page's address.
fn assert_logged_for_booking_page(said: &str) {
    let Some(log) = server_log() else {
        eprintln!("the log is not read: another subscriber was set first");
        return;
    };
    let log = String::from_utf8_lossy(&log.lock().unwrap()).into_owned();
    let lines: Vec<&str> = log
        .lines()
        .filter(|line| line.contains("request{method=GET route=/{lang}/book/{id}}"))
        .collect();
    assert!(
        lines.iter().any(|line| line.contains(said)),
        "a line naming the route says {said:?}: {log}"
    );
    assert!(
        lines.iter().all(|line| !line.contains("/book/demo")),
        "no address in the log: {lines:?}"
    );
}

/// The booking page of the demo site's first free slot (its `start`
/// encoded for a query).
async fn a_booking_page(app: &TestApp) -> String {
    let (status, body) = app
        .get_json(&format!("/api/v1/sites/{DEMO_SITE}/slots?days=14"))
        .await;
    assert_eq!(status, 200, "{body}");
    let start = body["slots"][0]["start"].as_str().expect("a free slot");
    let start = start.replace('+', "%2B");
    format!("/{{lang}}/book/{DEMO_SITE}?start={start}")
}

#[tokio::test]
async fn a_booking_page_while_the_database_is_unreachable_is_503_and_logged_with_its_route() {
    server_log();
    let app = spawn_app().await;
    let page = a_booking_page(&app).await;
    let ok = app.get(&page.replace("{lang}", "en")).await;
    assert_eq!(ok.status().as_u16(), 200, "the page before the outage");

    app.state.db.close().await;
    let response = app.get(&page.replace("{lang}", "ru")).await;
    assert_eq!(response.status().as_u16(), 503, "not a 404");
    let html = response.text().await.unwrap();
    assert!(html.contains("Временно недоступно"), "in Russian: {html}");
    assert!(!html.contains("booking-form"), "no form to send");

    assert_logged_for_booking_page("the database is unavailable");
}

#[tokio::test]
async fn a_booking_page_whose_database_fails_is_500_and_logged_with_its_route() {
    server_log();
    let app = spawn_app().await;
    let page = a_booking_page(&app).await;
    // A table the page reads is gone (a schema the server does not
    // expect): the database answers, with an error that is nobody's doing.
    let pool = app.own_pool().await;
    sqlx::query("DROP TABLE closures")
        .execute(&pool)
        .await
        .unwrap();
    pool.close().await;

    let response = app.get(&page.replace("{lang}", "kk")).await;
    assert_eq!(response.status().as_u16(), 500, "not a 404");
    let html = response.text().await.unwrap();
    assert!(html.contains("Бірдеңе дұрыс болмады"), "in Kazakh: {html}");

    assert_logged_for_booking_page("request failed");
}
