//! No cross-site posts: whatever a browser says another site sent
//! (`Sec-Fetch-Site: cross-site`, or `same-site`) to a public form, a
//! portal form, sign-in or the API is refused with 403 and a message, and
//! changes nothing (rows counted). From Senim's own pages (`same-origin`),
//! by the user's own action (`none`) or without the header (curl, API
//! clients), it passes. Sign-in also needs its own form's token.

use chrono::{TimeDelta, Utc};
use senim_tests::portal::*;
use senim_tests::{TestApp, sign_in_form, spawn_app};
use serde_json::json;

const REPORTED_SITE: &str = "almaty-revansh";
const FROM_ELSEWHERE: &str = "cross-site";
const REFUSED_PAGE: &str = "id=\"cross-site\"";
const REFUSED_EN: &str = "this form came from another website";

async fn bookings(app: &TestApp) -> usize {
    let since = Utc::now() - TimeDelta::days(1);
    server::db::reports::bookings_since(&app.state.db, since, None)
        .await
        .unwrap()
        .len()
}

async fn reports(app: &TestApp) -> usize {
    server::db::site_reports::open(&app.state.db)
        .await
        .unwrap()
        .len()
}

async fn opening_hours(app: &TestApp, site: &str) -> Option<String> {
    let sites = server::db::sites::load_all(&app.state.db).await.unwrap();
    let site = sites.into_iter().find(|s| s.id == site).unwrap();
    site.hours.map(|hours| hours.raw().to_string())
}

/// Posts `form` to `path` as a browser that says where it comes from.
async fn post_from(
    app: &TestApp,
    fetch_site: Option<&str>,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = app.client.post(format!("{}{path}", app.address)).form(form);
    if let Some(site) = fetch_site {
        request = request.header("sec-fetch-site", site);
    }
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.unwrap()
}

async fn assert_refused_page(response: reqwest::Response, text: &str) {
    assert_eq!(response.status().as_u16(), 403);
    assert!(response.headers().get("set-cookie").is_none(), "no cookie");
    let html = response.text().await.unwrap();
    assert!(html.contains(REFUSED_PAGE), "{html}");
    assert!(html.contains(text), "{html}");
}

fn report_form() -> Vec<(&'static str, &'static str)> {
    vec![("problem", "closed"), ("note", "")]
}

#[tokio::test]
async fn a_report_from_another_site_is_refused_and_stored_nowhere() {
    let app = spawn_app().await;
    let path = format!("/en/site/{REPORTED_SITE}");
    for from in [FROM_ELSEWHERE, "same-site"] {
        let response = post_from(&app, Some(from), &path, None, &report_form()).await;
        assert_refused_page(response, REFUSED_EN).await;
    }
    let kazakh = post_from(
        &app,
        Some(FROM_ELSEWHERE),
        &format!("/kk/site/{REPORTED_SITE}"),
        None,
        &report_form(),
    )
    .await;
    assert_refused_page(kazakh, "форма басқа сайттан келді").await;
    assert_eq!(reports(&app).await, 0, "nothing stored");

    for from in [Some("same-origin"), Some("none"), None] {
        let response = post_from(&app, from, &path, None, &report_form()).await;
        assert_eq!(response.status().as_u16(), 200, "{from:?}");
    }
    assert_eq!(reports(&app).await, 3, "Senim's own forms and curl pass");
}

#[tokio::test]
async fn a_booking_from_another_site_is_refused_on_the_form_and_the_api() {
    let app = spawn_app().await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    let api_start = slot_start(&app, DEMO_SITE, 1).await;
    let request_id = server::services::booking::random_request_id();
    let form = [
        ("start", start.as_str()),
        ("nickname", "Aigerim"),
        ("service", "hiv_rapid_test"),
        ("request_id", request_id.as_str()),
    ];
    let path = format!("/ru/book/{DEMO_SITE}");
    let response = post_from(&app, Some(FROM_ELSEWHERE), &path, None, &form).await;
    assert_refused_page(response, "форма пришла с другого сайта").await;

    let body = json!({"site_id": DEMO_SITE, "start": api_start, "nickname": "Aigerim", "service": "sti_testing"});
    let api = app
        .client
        .post(format!("{}/api/v1/bookings", app.address))
        .header("sec-fetch-site", FROM_ELSEWHERE)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(api.status().as_u16(), 403);
    let error: serde_json::Value = api.json().await.unwrap();
    assert!(
        error["error"].as_str().unwrap().contains("another site"),
        "{error}"
    );
    assert_eq!(bookings(&app).await, 0, "nothing booked");

    let same_origin = post_from(&app, Some("same-origin"), &path, None, &form).await;
    assert_eq!(same_origin.status().as_u16(), 200);
    let api = app
        .client
        .post(format!("{}/api/v1/bookings", app.address))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(api.status().as_u16(), 201, "an API client sends no header");
    assert_eq!(bookings(&app).await, 2);
}

#[tokio::test]
async fn a_server_function_call_from_another_site_is_refused() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/_sfn/anything", app.address))
        .header("sec-fetch-site", FROM_ELSEWHERE)
        .header("accept-language", "en")
        .body("x=1")
        .send()
        .await
        .unwrap();
    assert_refused_page(response, REFUSED_EN).await;
}

#[tokio::test]
async fn a_portal_form_from_another_site_is_refused_even_with_its_session_and_token() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.cross", REAL_SITE).await;
    let staff = sign_in(&app, "nurse.cross").await;
    let home = staff.page("/en/staff").await.1;
    let csrf = csrf_of(&home);
    let before = opening_hours(&app, REAL_SITE).await;
    let form = [
        ("csrf", csrf.as_str()),
        ("d1i1from", "09:00"),
        ("d1i1to", "10:00"),
        ("slot_minutes", "30"),
        ("capacity", "1"),
        ("notice_hours", "1"),
        ("days_ahead", "14"),
    ];
    let path = format!("/en/staff/site/{REAL_SITE}/hours");
    let response = post_from(
        &app,
        Some(FROM_ELSEWHERE),
        &path,
        Some(staff.cookie()),
        &form,
    )
    .await;
    assert_refused_page(response, REFUSED_EN).await;
    assert_eq!(opening_hours(&app, REAL_SITE).await, before, "unchanged");
    let logout = post_from(
        &app,
        Some(FROM_ELSEWHERE),
        "/en/staff/logout",
        Some(staff.cookie()),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(logout.status().as_u16(), 403);
    let still = staff.get("/en/staff").await;
    assert_eq!(still.status().as_u16(), 200, "still signed in");

    let saved = post_from(
        &app,
        Some("same-origin"),
        &path,
        Some(staff.cookie()),
        &form,
    )
    .await;
    assert_eq!(saved.status().as_u16(), 200);
    assert_ne!(opening_hours(&app, REAL_SITE).await, before, "saved");
}

#[tokio::test]
async fn sign_in_from_another_site_is_refused_and_counts_no_try() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.signin", REAL_SITE).await;
    let (cookie, token) = sign_in_form(&app.client, &app.address).await;
    for password in ["wrong password!", PASSWORD] {
        let form = [
            ("username", "nurse.signin"),
            ("password", password),
            ("sign_in_token", token.as_str()),
        ];
        for _ in 0..6 {
            let response = post_from(
                &app,
                Some(FROM_ELSEWHERE),
                "/en/staff/login",
                Some(&cookie),
                &form,
            )
            .await;
            assert_refused_page(response, REFUSED_EN).await;
        }
    }
    // Twelve refused posts, six with a wrong password: no lockout.
    sign_in(&app, "nurse.signin").await;
}

#[tokio::test]
async fn sign_in_needs_its_own_forms_token_and_a_refusal_counts_no_try() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.token", REAL_SITE).await;
    let (cookie, token) = sign_in_form(&app.client, &app.address).await;
    let (other_cookie, _) = sign_in_form(&app.client, &app.address).await;
    let wrong = "0".repeat(token.len());
    let attempts = [
        (None, None),
        (Some(cookie.as_str()), None),
        (None, Some(token.as_str())),
        (Some(other_cookie.as_str()), Some(token.as_str())),
        (Some(cookie.as_str()), Some(wrong.as_str())),
    ];
    for (cookie, token) in attempts {
        for password in ["wrong password!", PASSWORD] {
            let mut form = vec![("username", "nurse.token"), ("password", password)];
            if let Some(token) = token {
                form.push(("sign_in_token", token));
            }
            let response = post_from(&app, None, "/en/staff/login", cookie, &form).await;
            assert_eq!(response.status().as_u16(), 403);
            let cookies: Vec<String> = response
                .headers()
                .get_all("set-cookie")
                .iter()
                .map(|c| c.to_str().unwrap().to_string())
                .collect();
            assert!(
                cookies.iter().all(|c| c.starts_with("senim_sign_in=")),
                "a fresh form, no session: {cookies:?}"
            );
            let html = response.text().await.unwrap();
            assert!(html.contains("id=\"login-problem\""), "{html}");
            assert!(html.contains("The sign-in form had expired"), "{html}");
            assert!(html.contains("name=\"sign_in_token\""), "a fresh form");
        }
    }
    // Ten refused posts, five with a wrong password: nothing was counted.
    sign_in(&app, "nurse.token").await;
}
