//! The staff portal over real HTTP: sign-in with lockout, sessions in
//! HttpOnly SameSite=Strict cookies, anti-forgery tokens, no way across
//! sites, and hours that reach the public slots at once.

use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};
use server::services::accounts;

async fn opening_hours(app: &TestApp, site: &str) -> Option<String> {
    let sites = server::db::sites::load_all(&app.state.db).await.unwrap();
    let site = sites.into_iter().find(|s| s.id == site).unwrap();
    site.hours.map(|hours| hours.raw().to_string())
}

#[tokio::test]
async fn an_anonymous_visitor_reaches_no_portal_page_or_data() {
    let app = spawn_app().await;
    for path in ["/en/staff", &format!("/en/staff/site/{REAL_SITE}/hours")] {
        let response = app.get(path).await;
        assert_eq!(response.status().as_u16(), 303, "{path}");
        assert_eq!(response.headers()["location"], "/en/staff/login");
    }
    let before = opening_hours(&app, REAL_SITE).await;
    let response = post(
        &app,
        &format!("/en/staff/site/{REAL_SITE}/hours"),
        &[("d1i1from", "09:00"), ("d1i1to", "10:00")],
    )
    .await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(opening_hours(&app, REAL_SITE).await, before);
    let login = app.get("/en/staff/login").await;
    assert_eq!(login.status().as_u16(), 200);
    let cookies: Vec<_> = login.headers().get_all("set-cookie").iter().collect();
    assert_eq!(cookies.len(), 1, "only the sign-in form's own cookie");
    let cookie = cookies[0].to_str().unwrap();
    assert!(cookie.starts_with("senim_sign_in="), "no session: {cookie}");
    assert!(cookie.contains("HttpOnly; SameSite=Strict"), "{cookie}");
}

#[tokio::test]
async fn wrong_passwords_are_refused_and_a_username_locks_after_five_tries() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", REAL_SITE).await;
    for _ in 0..5 {
        let response = try_sign_in(&app, "nurse.aigul", "wrong password!").await;
        assert_eq!(response.status().as_u16(), 401);
        let cookies = response.headers().get_all("set-cookie");
        assert!(
            cookies
                .iter()
                .all(|c| c.to_str().unwrap().starts_with("senim_sign_in=")),
            "no session"
        );
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Wrong username or password")
        );
    }
    let locked = try_sign_in(&app, "nurse.aigul", PASSWORD).await;
    assert_eq!(
        locked.status().as_u16(),
        429,
        "locked even with the right password"
    );
    let cookies = locked.headers().get_all("set-cookie");
    assert!(
        cookies
            .iter()
            .all(|c| c.to_str().unwrap().starts_with("senim_sign_in=")),
        "no session"
    );
}

#[tokio::test]
async fn staff_of_one_site_cannot_read_or_change_another() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", REAL_SITE).await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let home = staff.page("/en/staff").await.1;
    assert!(home.contains(&format!("/en/staff/site/{REAL_SITE}/hours")));
    assert!(!home.contains(OTHER_SITE));

    let theirs = staff
        .get(&format!("/en/staff/site/{OTHER_SITE}/hours"))
        .await;
    assert_eq!(theirs.status().as_u16(), 404, "another site's form");
    let missing = staff.get("/en/staff/site/no-such-site/hours").await;
    assert_eq!(
        missing.status().as_u16(),
        404,
        "answered like a missing site"
    );
    let before = opening_hours(&app, OTHER_SITE).await;
    let response = staff
        .submit(
            &format!("/en/staff/site/{OTHER_SITE}/hours"),
            &[
                ("d1i1from", "09:00"),
                ("d1i1to", "10:00"),
                ("slot_minutes", "30"),
                ("capacity", "1"),
                ("notice_hours", "1"),
                ("days_ahead", "14"),
            ],
        )
        .await;
    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(opening_hours(&app, OTHER_SITE).await, before, "unchanged");
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", REAL_SITE).await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let before = opening_hours(&app, REAL_SITE).await;
    let week = [
        ("d6i1from", "10:00"),
        ("d6i1to", "14:00"),
        ("slot_minutes", "30"),
        ("capacity", "1"),
        ("notice_hours", "1"),
        ("days_ahead", "14"),
    ];
    for token in [None, Some("0".repeat(64))] {
        let mut form = week.to_vec();
        if let Some(token) = &token {
            form.push(("csrf", token));
        }
        let response = staff
            .post_without_token(&format!("/en/staff/site/{REAL_SITE}/hours"), &form)
            .await;
        assert_eq!(response.status().as_u16(), 403, "{token:?}");
    }
    assert_eq!(opening_hours(&app, REAL_SITE).await, before);
    let logout = staff.post_without_token("/en/staff/logout", &[]).await;
    assert_eq!(
        logout.status().as_u16(),
        403,
        "even signing out needs the token"
    );
}

#[tokio::test]
async fn saturday_and_evening_hours_become_bookable_at_once_and_are_audited() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", REAL_SITE).await;
    let slots_path = format!("/api/v1/sites/{REAL_SITE}/slots?days=14");
    let (status, _) = app.get_json(&slots_path).await;
    assert_ne!(
        status, 200,
        "a real site takes no bookings before its staff set them up"
    );

    let staff = sign_in(&app, "nurse.aigul").await;
    let form_page = staff
        .get(&format!("/en/staff/site/{REAL_SITE}/hours"))
        .await;
    assert_eq!(form_page.headers()["cache-control"], "no-store");
    let path = format!("/en/staff/site/{REAL_SITE}/hours");
    let rules = [
        ("slot_minutes", "30"),
        ("capacity", "2"),
        ("notice_hours", "0"),
        ("days_ahead", "14"),
    ];

    let mut bad = vec![("d2i1from", "20:00"), ("d2i1to", "18:00")];
    bad.extend(rules);
    let (status, html) = staff.post_form(&path, &bad).await;
    assert_eq!(status, 422);
    assert!(
        html.contains("Tuesday") && html.contains("an interval needs a start and a later end"),
        "{html}"
    );

    let mut week = vec![
        ("d1i1from", "09:00"),
        ("d1i1to", "13:00"),
        ("d1i2from", "17:00"),
        ("d1i2to", "21:00"),
        ("d6i1from", "10:00"),
        ("d6i1to", "16:00"),
    ];
    week.extend(rules);
    let (status, html) = staff.post_form(&path, &week).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"hours-saved\""), "{html}");
    assert_eq!(
        opening_hours(&app, REAL_SITE).await.as_deref(),
        Some("Mo 09:00-13:00,17:00-21:00; Sa 10:00-16:00")
    );

    // No restart, no waiting for the refresher: the slots are there now.
    let (status, body) = app.get_json(&slots_path).await;
    assert_eq!(status, 200, "{body}");
    let starts: Vec<&str> = body["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["start"].as_str().unwrap())
        .collect();
    assert!(
        starts.iter().any(|s| s.contains("T20:30:00+05:00")),
        "a Monday evening slot: {starts:?}"
    );
    assert!(
        starts.iter().any(|s| s.contains("T15:30:00+05:00")),
        "a Saturday slot: {starts:?}"
    );
    assert!(
        body["slots"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["capacity"] == 2)
    );

    let audited = accounts::audit_log(&app.state, 10).await.unwrap();
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].username, "nurse.aigul");
    assert_eq!(audited[0].site_id.as_deref(), Some(REAL_SITE));
    assert_eq!(
        audited[0].detail, "opening_hours:  → Mo 09:00-13:00,17:00-21:00; Sa 10:00-16:00",
        "before → after"
    );

    let logout = staff.submit("/en/staff/logout", &[]).await;
    assert_eq!(logout.status().as_u16(), 303);
    assert!(
        logout.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let after = staff.get("/en/staff").await;
    assert_eq!(after.status().as_u16(), 303, "the old cookie is dead");
}

#[tokio::test]
async fn a_booking_shows_in_the_day_view_and_is_marked_arrived_only_by_its_site() {
    let app = spawn_app().await;
    let site = "demo-taraz-friendly-cabinet";
    add_staff(&app, "nurse.aigul", site).await;
    add_staff(&app, "nurse.other", OTHER_SITE).await;
    let (_, slots) = app
        .get_json(&format!("/api/v1/sites/{site}/slots?days=7"))
        .await;
    let start = slots["slots"][0]["start"].as_str().unwrap().to_string();
    let booked = app
        .client
        .post(format!("{}/api/v1/bookings", app.address))
        .json(&serde_json::json!({"site_id": site, "start": start, "nickname": "Aru"}))
        .send()
        .await
        .unwrap();
    assert_eq!(booked.status().as_u16(), 201);

    let staff = sign_in(&app, "nurse.aigul").await;
    let day_path = format!("/en/staff/site/{site}/bookings?date={}", &start[..10]);
    let html = staff.page(&day_path).await.1;
    assert!(
        html.contains("Aru") && html.contains(&start[11..16]),
        "{html}"
    );
    let booking = {
        let from = html.find("name=\"booking\" value=\"").unwrap() + 22;
        html[from..from + html[from..].find('"').unwrap()].to_string()
    };
    let date = start[..10].to_string();
    let mark = |staff: Staff, path: String, status: &'static str| {
        let (booking, date) = (booking.clone(), date.clone());
        async move {
            staff
                .submit(
                    &path,
                    &[("booking", &booking), ("status", status), ("date", &date)],
                )
                .await
        }
    };
    let status_path = format!("/en/staff/site/{site}/bookings/status");

    let refused = mark(staff.clone(), status_path.clone(), "booked").await;
    assert_eq!(refused.status().as_u16(), 409, "no way back to booked");

    let other = sign_in(&app, "nurse.other").await;
    let across = mark(other.clone(), status_path.clone(), "arrived").await;
    assert_eq!(across.status().as_u16(), 404, "not their site");
    let own_path = format!("/en/staff/site/{OTHER_SITE}/bookings/status");
    let smuggled = mark(other, own_path, "arrived").await;
    assert_eq!(
        smuggled.status().as_u16(),
        409,
        "another site's booking through one's own site"
    );

    let arrived = mark(staff, status_path, "arrived").await;
    assert_eq!(arrived.status().as_u16(), 200);
    let html = arrived.text().await.unwrap();
    let main = &html[html.find("<main").unwrap()..];
    assert!(
        main.contains("id=\"day-message\"") && main.contains("<td class=\"status\">arrived"),
        "{main}"
    );
    let audited = accounts::audit_log(&app.state, 10).await.unwrap();
    assert_eq!(audited[0].action, "booking-status");
    assert_eq!(audited[0].detail, "arrived");
}
