//! What the sweep forgets besides bookings: a visitor's report note as
//! soon as the report is ended (or 90 days after it was sent), ended
//! reports as counts; audit rows after `SENIM_AUDIT_DAYS`.

use chrono::Duration;
use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app, spawn_app_with};
use server::services::{accounts, retention::sweep};

const SITE: &str = "almaty-revansh";

async fn report(app: &TestApp, problem: &str, note: &str) {
    let sent = post(
        app,
        &format!("/en/site/{SITE}"),
        &[("problem", problem), ("note", note)],
    )
    .await;
    assert_eq!(sent.status().as_u16(), 200);
}

/// Ends the first report of the queue as `outcome`.
async fn end_first(staff: &Staff, outcome: &str) {
    let (_, queue) = staff.page("/en/staff/site-reports").await;
    let from = queue.find("/staff/site-reports/").unwrap() + 20;
    let id = &queue[from..from + queue[from..].find('"').unwrap()];
    let ended = staff
        .submit(
            &format!("/en/staff/site-reports/{id}"),
            &[("outcome", outcome)],
        )
        .await;
    assert_eq!(ended.status().as_u16(), 200);
}

/// Every stored report: its status and note.
async fn stored_reports(app: &TestApp) -> Vec<(String, String)> {
    let pool = app.own_pool().await;
    sqlx::query_as("SELECT status, note FROM site_reports ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_ended_report_loses_its_note_at_once_and_becomes_a_count_and_an_open_one_loses_it_after_90_days()
 {
    let app = spawn_app().await;
    add_admin(&app, "admin.notes").await;
    report(&app, "phone", "The number on the door is 8 777").await;
    report(&app, "hours", "Open only in the mornings now").await;
    let admin = sign_in(&app, "admin.notes").await;
    end_first(&admin, "dismissed").await;
    assert_eq!(
        stored_reports(&app).await,
        [
            ("dismissed".to_string(), String::new()),
            (
                "open".to_string(),
                "Open only in the mornings now".to_string()
            ),
        ]
    );

    // Two days on, the ended report is a count of its month.
    app.state.clock.advance(Duration::days(2));
    sweep(&app.state).await;
    assert_eq!(stored_reports(&app).await.len(), 1);
    let counts = server::db::site_reports::counts(&app.state.db)
        .await
        .unwrap();
    assert_eq!(counts.len(), 1);
    let (month, site, problem, outcome, count) = &counts[0];
    assert_eq!(
        (site.as_str(), problem.as_str(), outcome.as_str(), *count),
        (SITE, "phone", "dismissed", 1)
    );
    assert_eq!(month.len(), 7, "a month, YYYY-MM: {month}");

    // Ninety days after it was sent, the open report keeps no note, and
    // stays in the queue.
    app.state.clock.advance(Duration::days(89));
    sweep(&app.state).await;
    assert_eq!(
        stored_reports(&app).await,
        [("open".to_string(), String::new())]
    );
    let open = server::db::site_reports::open(&app.state.db).await.unwrap();
    assert_eq!(open.len(), 1);
}

#[tokio::test]
async fn audit_rows_and_day_counts_expire_after_the_audit_days() {
    let app = spawn_app_with(|config| config.audit_days = 10).await;
    add_staff(&app, "nurse.audit", DEMO_SITE).await;
    add_admin(&app, "admin.audit").await;
    let nurse = sign_in(&app, "nurse.audit").await;
    let walk_in = nurse
        .submit(
            &format!("/en/staff/site/{DEMO_SITE}/walk-ins"),
            &[("service", "")],
        )
        .await;
    assert_eq!(walk_in.status().as_u16(), 200);
    report(&app, "phone", "").await;
    let admin = sign_in(&app, "admin.audit").await;
    end_first(&admin, "resolved").await;
    let audited = |app: &TestApp| {
        let state = app.state.clone();
        async move { accounts::audit_log(&state, 100).await.unwrap() }
    };
    let kept = audited(&app).await;
    assert_eq!(kept.len(), 2, "{kept:?}");
    let page = admin.page("/en/staff/audit").await.1;
    assert_eq!(page.matches("class=\"audit-row\"").count(), 2, "{page}");

    app.state.clock.advance(Duration::days(9));
    sweep(&app.state).await;
    assert_eq!(audited(&app).await.len(), 2, "still within the audit days");
    app.state.clock.advance(Duration::days(3));
    sweep(&app.state).await;
    assert_eq!(audited(&app).await, [], "past the audit days");
}
