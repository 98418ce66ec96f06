//! "Something wrong here?": a report sent from a site page reaches the
//! admins' queue, keeps nothing about its sender, is limited per client,
//! and an open "closed" report is shown on the site's page until resolved.

use crate::portal_support::{add_admin, add_outreach, add_staff, csrf_of, get, post, sign_in};
use senim_tests::{TestApp, spawn_app};

const SITE: &str = "almaty-revansh";
const NOTE: &str = "Door locked, sign removed, neighbours say it closed in May";

async fn report(app: &TestApp, problem: &str, note: &str) -> (u16, String) {
    let response = post(
        app,
        &format!("/en/site/{SITE}"),
        None,
        &[("problem", problem), ("note", note)],
    )
    .await;
    assert!(response.headers().get("set-cookie").is_none(), "no cookie");
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn a_report_reaches_the_queue_shows_on_the_page_and_keeps_nothing_about_its_sender() {
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
    let page = app
        .get(&format!("/ru/site/{SITE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("id=\"reported-closed\""),
        "the public sees it"
    );

    let bytes = String::from_utf8_lossy(&app.database_bytes()).to_string();
    assert!(bytes.contains(NOTE), "the note is stored");
    assert!(!bytes.contains("127.0.0.1"), "the sender's address is not");

    add_admin(&app, "admin.reports").await;
    let cookie = sign_in(&app, "admin.reports").await;
    let queue = get(&app, "/en/staff/site-reports", &cookie)
        .await
        .text()
        .await
        .unwrap();
    assert!(queue.contains(NOTE), "{queue}");
    assert!(queue.contains("It is closed"));
    let id = {
        let from = queue.find("/staff/site-reports/").unwrap() + 20;
        queue[from..from + queue[from..].find('"').unwrap()].to_string()
    };
    let csrf = csrf_of(&queue);
    let ended = post(
        &app,
        &format!("/en/staff/site-reports/{id}"),
        Some(&cookie),
        &[("csrf", &csrf), ("outcome", "resolved")],
    )
    .await;
    assert_eq!(ended.status().as_u16(), 200);
    let html = ended.text().await.unwrap();
    assert!(html.contains("id=\"report-ended\""));
    assert!(!html.contains(NOTE), "the queue is empty again");
    let audit = get(&app, "/en/staff/audit", &cookie)
        .await
        .text()
        .await
        .unwrap();
    assert!(audit.contains("visitor report resolved"), "audited");
    let page = app
        .get(&format!("/en/site/{SITE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!page.contains("id=\"reported-closed\""), "no longer shown");
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
        None,
        &[("problem", "nonsense")],
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    let (status, _) = report(&app, "closed", "x").await;
    assert_eq!(status, 200);
    let response = post(&app, "/en/site/nowhere", None, &[("problem", "closed")]).await;
    assert_eq!(response.status().as_u16(), 404);

    add_admin(&app, "admin.bad").await;
    let cookie = sign_in(&app, "admin.bad").await;
    let queue = get(&app, "/en/staff/site-reports", &cookie)
        .await
        .text()
        .await
        .unwrap();
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
        let cookie = sign_in(&app, name).await;
        let response = get(&app, "/en/staff/site-reports", &cookie).await;
        assert_eq!(response.status().as_u16(), 404, "{name}");
        let response = post(
            &app,
            "/en/staff/site-reports/1",
            Some(&cookie),
            &[("outcome", "dismissed")],
        )
        .await;
        assert_eq!(response.status().as_u16(), 404, "{name}");
    }
}
