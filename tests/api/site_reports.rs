//! "Something wrong here?": a report sent from a site page reaches the
//! admins' queue, keeps nothing that names its sender, is limited per
//! client and per site and day, and "reported closed" shows on the site's
//! page only when three different clients reported it on two days, or a
//! coordinator confirmed a report, until it is resolved.

use chrono::{TimeDelta, Utc};
use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app, spawn_app_with};
use server::domain::access::account::NewAccount;
use server::services::{accounts, site_reports};

const SITE: &str = "almaty-revansh";
const NOTE: &str = "Door locked, sign removed, neighbours say it closed in May";

async fn report(app: &TestApp, problem: &str, note: &str) -> (u16, String) {
    let response = post(
        app,
        &format!("/en/site/{SITE}"),
        &[("problem", problem), ("note", note)],
    )
    .await;
    assert!(response.headers().get("set-cookie").is_none(), "no cookie");
    (response.status().as_u16(), response.text().await.unwrap())
}

/// Whether the site's page says it was reported closed.
async fn banner(app: &TestApp, site: &str) -> bool {
    let page = app.get(&format!("/ru/site/{site}")).await;
    page.text()
        .await
        .unwrap()
        .contains("id=\"reported-closed\"")
}

/// The id of the first report in a queue page.
fn first_id(queue: &str) -> String {
    let from = queue.find("/staff/site-reports/").unwrap() + 20;
    queue[from..from + queue[from..].find('"').unwrap()].to_string()
}

/// An app behind a trusted proxy at 127.0.0.1, so that a test can send
/// reports as several clients with `X-Forwarded-For`.
async fn behind_a_proxy() -> TestApp {
    let trusted = server::config::parse_trusted("127.0.0.1").unwrap();
    spawn_app_with(|config| config.trusted_proxies = trusted).await
}

/// A report over HTTP as the client `from`; its status and page.
async fn report_from(app: &TestApp, from: &str, site: &str, problem: &str) -> (u16, String) {
    let response = app
        .client
        .post(format!("{}/en/site/{site}", app.address))
        .header("x-forwarded-for", from)
        .form(&[("problem", problem), ("note", "")])
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn open_reports(app: &TestApp) -> usize {
    server::db::site_reports::open(&app.state.db)
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn a_report_reaches_the_queue_shows_on_the_page_once_confirmed_and_keeps_nothing_about_its_sender()
 {
    let app = spawn_app().await;
    let page = app
        .get(&format!("/en/site/{SITE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("Something wrong here?"));
    assert!(!page.contains("id=\"reported-closed\""));

    let (status, html) = report(&app, "closed", NOTE).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"report-result\""), "{html}");
    assert!(html.contains("A coordinator will check this listing"));
    assert!(!banner(&app, SITE).await, "one report is not enough");

    let bytes = String::from_utf8_lossy(&app.database_bytes()).to_string();
    assert!(bytes.contains(NOTE), "the note is stored");
    assert!(!bytes.contains("127.0.0.1"), "the sender's address is not");

    add_admin(&app, "admin.reports").await;
    let staff = sign_in(&app, "admin.reports").await;
    let queue = staff.page("/en/staff/site-reports").await.1;
    assert!(queue.contains(NOTE), "{queue}");
    assert!(queue.contains("It is closed"));
    let id = first_id(&queue);
    let senders = server::db::site_reports::closed_reports(&app.state.db, SITE).await;
    assert_eq!(senders.unwrap().senders, 1, "a sender is told apart");
    let confirmed = staff
        .submit(
            &format!("/en/staff/site-reports/{id}"),
            &[("outcome", "confirmed")],
        )
        .await;
    assert_eq!(confirmed.status().as_u16(), 200);
    let html = confirmed.text().await.unwrap();
    assert!(html.contains("Confirmed: the site"), "{html}");
    assert!(html.contains(NOTE), "still open, to be resolved");
    assert!(
        banner(&app, SITE).await,
        "the public sees a confirmed report"
    );
    let senders = server::db::site_reports::closed_reports(&app.state.db, SITE).await;
    assert_eq!(senders.unwrap().senders, 0, "its sender is forgotten");
    let ended = staff
        .submit(
            &format!("/en/staff/site-reports/{id}"),
            &[("outcome", "resolved")],
        )
        .await;
    assert_eq!(ended.status().as_u16(), 200);
    let html = ended.text().await.unwrap();
    assert!(html.contains("id=\"report-ended\""));
    assert!(!html.contains(NOTE), "the queue is empty again");
    let audit = staff.page("/en/staff/audit").await.1;
    assert!(audit.contains("visitor report confirmed"), "audited");
    assert!(audit.contains("visitor report resolved"), "audited");
    assert!(!banner(&app, SITE).await, "no longer shown");
}

#[tokio::test]
async fn reported_closed_shows_only_for_three_clients_on_two_days() {
    let app = behind_a_proxy().await;
    for client in ["203.0.113.1", "203.0.113.1", "203.0.113.2"] {
        assert_eq!(report_from(&app, client, SITE, "closed").await.0, 200);
        assert!(!banner(&app, SITE).await, "one or two clients");
    }
    assert_eq!(
        report_from(&app, "203.0.113.3", SITE, "closed").await.0,
        200
    );
    assert!(!banner(&app, SITE).await, "three clients on one day");
    let other_problem = report_from(&app, "203.0.113.4", SITE, "phone").await;
    assert_eq!(other_problem.0, 200);
    assert!(!banner(&app, SITE).await, "only \"closed\" reports count");

    let yesterday = Utc::now() - TimeDelta::days(1);
    site_reports::submit(&app.state, "203.0.113.1", SITE, "closed", "", yesterday)
        .await
        .unwrap();
    assert!(banner(&app, SITE).await, "three clients over two days");
    let timezone = app.state.directory().site(SITE).unwrap().timezone;
    let day = yesterday.with_timezone(&timezone).date_naive().to_string();
    let since = site_reports::reported_closed_on(&app.state, SITE).await;
    assert_eq!(since.unwrap(), Some(day), "since the first of them");
}

#[tokio::test]
async fn two_addresses_of_one_ipv6_64_are_one_sender() {
    let app = behind_a_proxy().await;
    let yesterday = Utc::now() - TimeDelta::days(1);
    site_reports::submit(&app.state, "203.0.113.1", SITE, "closed", "", yesterday)
        .await
        .unwrap();
    for client in ["2001:db8:1:2::1", "2001:db8:1:2:ffff::7"] {
        assert_eq!(report_from(&app, client, SITE, "closed").await.0, 200);
    }
    assert!(!banner(&app, SITE).await, "two senders, not three");
    assert_eq!(
        report_from(&app, "2001:db8:1:3::1", SITE, "closed").await.0,
        200
    );
    assert!(banner(&app, SITE).await, "a third /64 is a third sender");
}

#[tokio::test]
async fn a_site_takes_ten_reports_a_day_and_then_stores_nothing() {
    let app = behind_a_proxy().await;
    for n in 1..=10 {
        let (status, _) = report_from(&app, &format!("203.0.113.{n}"), SITE, "hours").await;
        assert_eq!(status, 200);
    }
    assert_eq!(open_reports(&app).await, 10);
    let (status, html) = report_from(&app, "198.51.100.9", SITE, "closed").await;
    assert_eq!(status, 200);
    assert!(html.contains("already had enough reports today"), "{html}");
    assert!(
        !html.contains("<form method=\"post\" action=\"/en/site/"),
        "no form"
    );
    assert_eq!(open_reports(&app).await, 10, "nothing stored");
    let russian = app
        .client
        .post(format!("{}/ru/site/{SITE}", app.address))
        .header("x-forwarded-for", "198.51.100.9")
        .form(&[("problem", "closed")])
        .send()
        .await
        .unwrap();
    let html = russian.text().await.unwrap();
    assert!(html.contains("сегодня уже сообщили достаточно"), "{html}");

    // Another site still takes reports, and the refused ones were not
    // counted against their sender's own limit (5 an hour).
    for _ in 0..5 {
        let (status, _) = report_from(&app, "198.51.100.9", OTHER_SITE, "hours").await;
        assert_eq!(status, 200);
    }
    assert_eq!(open_reports(&app).await, 15);
    // The next day the site takes reports again.
    let tomorrow = Utc::now() + TimeDelta::days(1);
    let sent = site_reports::submit(&app.state, "192.0.2.1", SITE, "closed", "", tomorrow).await;
    assert_eq!(sent.unwrap(), site_reports::Submitted::Stored);
}

#[tokio::test]
async fn only_a_coordinator_of_the_sites_region_confirms_and_only_a_closed_report() {
    let app = behind_a_proxy().await;
    for (name, region) in [("coord.almaty", "Almaty"), ("coord.karaganda", "Karaganda")] {
        let account = NewAccount::coordinator(name, vec![region.to_string()]).unwrap();
        accounts::create(&app.state.db, None, &account, PASSWORD)
            .await
            .unwrap();
    }
    assert_eq!(
        report_from(&app, "203.0.113.1", SITE, "closed").await.0,
        200
    );
    let almaty = sign_in(&app, "coord.almaty").await;
    let queue = almaty.page("/en/staff/site-reports").await.1;
    assert!(queue.contains("Confirm closed"), "{queue}");
    let id = first_id(&queue);

    let karaganda = sign_in(&app, "coord.karaganda").await;
    let refused = karaganda
        .submit(
            &format!("/en/staff/site-reports/{id}"),
            &[("outcome", "confirmed")],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 404, "not their region");
    assert!(!banner(&app, SITE).await);

    assert_eq!(report_from(&app, "203.0.113.2", SITE, "phone").await.0, 200);
    let queue = almaty.page("/en/staff/site-reports").await.1;
    assert_eq!(
        queue.matches("Confirm closed").count(),
        1,
        "not for a phone"
    );
    let phone_id = queue
        .match_indices("/staff/site-reports/")
        .map(|(at, _)| {
            let from = at + 20;
            queue[from..from + queue[from..].find('"').unwrap()].to_string()
        })
        .find(|other| *other != id)
        .unwrap();
    let not_closed = almaty
        .submit(
            &format!("/en/staff/site-reports/{phone_id}"),
            &[("outcome", "confirmed")],
        )
        .await;
    assert_eq!(not_closed.status().as_u16(), 404, "only a closed report");
    assert!(!banner(&app, SITE).await);

    let confirmed = almaty
        .submit(
            &format!("/en/staff/site-reports/{id}"),
            &[("outcome", "confirmed")],
        )
        .await;
    assert_eq!(confirmed.status().as_u16(), 200);
    let html = confirmed.text().await.unwrap();
    assert!(html.contains("Confirmed: shown on the site"), "{html}");
    assert!(banner(&app, SITE).await, "confirmed by its coordinator");
}

#[tokio::test]
async fn bad_reports_change_nothing_and_say_why_in_the_page_language() {
    let app = spawn_app().await;
    let long = "я".repeat(301);
    let (status, html) = report(&app, "closed", &long).await;
    assert_eq!(status, 422);
    assert!(html.contains("at most 300 characters"), "{html}");
    let (status, html) = report(&app, "", "x").await;
    assert_eq!(status, 422);
    assert!(html.contains("Choose what is wrong"));
    let response = post(
        &app,
        &format!("/kk/site/{SITE}"),
        &[("problem", "nonsense")],
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    let (status, _) = report(&app, "closed", "x").await;
    assert_eq!(status, 200);
    let response = post(&app, "/en/site/nowhere", &[("problem", "closed")]).await;
    assert_eq!(response.status().as_u16(), 404);

    add_admin(&app, "admin.bad").await;
    let staff = sign_in(&app, "admin.bad").await;
    let queue = staff.page("/en/staff/site-reports").await.1;
    assert_eq!(
        queue.matches("class=\"site-report-row\"").count(),
        1,
        "only the good one"
    );
}

#[tokio::test]
async fn reports_are_limited_per_client() {
    let app = spawn_app().await;
    for _ in 0..5 {
        assert_eq!(report(&app, "hours", "").await.0, 200);
    }
    let (status, html) = report(&app, "hours", "").await;
    assert_eq!(status, 429);
    assert!(html.contains("try again in an hour"));
}

#[tokio::test]
async fn only_admins_see_the_queue() {
    let app = spawn_app().await;
    report(&app, "phone", "").await;
    add_staff(&app, "staff.reports", SITE).await;
    add_outreach(&app, "outreach.reports", "Revansh").await;
    for name in ["staff.reports", "outreach.reports"] {
        let staff = sign_in(&app, name).await;
        let response = staff.get("/en/staff/site-reports").await;
        assert_eq!(response.status().as_u16(), 404, "{name}");
        let response = staff
            .post_without_token("/en/staff/site-reports/1", &[("outcome", "dismissed")])
            .await;
        assert_eq!(response.status().as_u16(), 404, "{name}");
    }
}
