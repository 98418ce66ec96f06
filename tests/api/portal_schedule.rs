//! Staff shape what can be booked beyond the weekly hours: a blocked slot
//! and a closed day vanish from booking at once, and come back.

use crate::portal_support::*;
use senim_tests::{TestApp, spawn_app};
use server::services::accounts;

/// The public availability of the slot starting at `start`, if listed.
async fn available(app: &TestApp, start: &str) -> Option<u64> {
    let (_, body) = app
        .get_json(&format!("/api/v1/sites/{DEMO_SITE}/slots?days=14"))
        .await;
    body["slots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["start"] == start)
        .map(|s| s["available"].as_u64().unwrap())
}

async fn try_booking(app: &TestApp, start: &str, nickname: &str) -> u16 {
    app.client
        .post(format!("{}/api/v1/bookings", app.address))
        .json(&serde_json::json!({"site_id": DEMO_SITE, "start": start, "nickname": nickname}))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_blocked_slot_cannot_be_booked_until_unblocked() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    let cookie = sign_in(&app, "nurse.aigul").await;
    let day = format!("/en/staff/site/{DEMO_SITE}/bookings?date={}", &start[..10]);
    let html = get(&app, &day, &cookie).await.text().await.unwrap();
    let csrf = csrf_of(&html);
    let row = &html[html.find("class=\"slot-row\"").expect("the day's slots")..];
    let utc_start = field_of(row, "start");
    let block = |blocked: &'static str, start: String| {
        let (app, cookie, csrf) = (&app, cookie.clone(), csrf.clone());
        async move {
            post(
                app,
                &format!("/en/staff/site/{DEMO_SITE}/slots"),
                Some(&cookie),
                &[("csrf", &csrf), ("start", &start), ("blocked", blocked)],
            )
            .await
            .status()
            .as_u16()
        }
    };
    assert!(available(&app, &start).await.unwrap() > 0);
    assert_eq!(block("1", utc_start.clone()).await, 200);
    assert_eq!(available(&app, &start).await, Some(0), "shown as full");
    assert_eq!(try_booking(&app, &start, "Aru").await, 409);
    let html = get(&app, &day, &cookie).await.text().await.unwrap();
    assert!(html.contains("blocked"), "the day view says so");

    assert_eq!(block("0", utc_start).await, 200);
    assert!(available(&app, &start).await.unwrap() > 0);
    assert_eq!(try_booking(&app, &start, "Aru").await, 201);
    assert_eq!(
        block("1", "2020-01-01T10:00:00Z".into()).await,
        409,
        "not a coming slot"
    );
    let audited = accounts::audit_log(&app.state, 10).await.unwrap();
    let actions: Vec<&str> = audited.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(actions, ["slot-unblocked", "slot-blocked"]);
}

#[tokio::test]
async fn a_closed_day_has_no_slots_until_opened_again() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    let day = &start[..10];
    let cookie = sign_in(&app, "nurse.aigul").await;
    let hours = format!("/en/staff/site/{DEMO_SITE}/hours");
    let csrf = csrf_of(&get(&app, &hours, &cookie).await.text().await.unwrap());
    let path = format!("/en/staff/site/{DEMO_SITE}/closures");
    let send = |form: Vec<(&'static str, String)>| {
        let (app, cookie, csrf, path) = (&app, cookie.clone(), csrf.clone(), path.clone());
        async move {
            let mut form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            form.push(("csrf", &csrf));
            let response = post(app, &path, Some(&cookie), &form).await;
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (status, html) = send(vec![
        ("intent", "add".into()),
        ("from", "2020-01-01".into()),
        ("to", "".into()),
    ])
    .await;
    assert_eq!(status, 422);
    assert!(html.contains("a last day at most 62 days later"));
    assert!(available(&app, &start).await.is_some(), "nothing closed");

    let (status, html) = send(vec![
        ("intent", "add".into()),
        ("from", day.into()),
        ("to", day.into()),
    ])
    .await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"closure-notice\"") && html.contains(&format!("value=\"{day}\"")));
    assert_eq!(
        available(&app, &start).await,
        None,
        "no slot on a closed day"
    );
    assert_ne!(try_booking(&app, &start, "Aru").await, 201);
    let day_view = get(
        &app,
        &format!("/en/staff/site/{DEMO_SITE}/bookings?date={day}"),
        &cookie,
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(day_view.contains("id=\"day-closed\""));

    let (status, _) = send(vec![("intent", "remove".into()), ("day", day.into())]).await;
    assert_eq!(status, 200);
    assert!(available(&app, &start).await.is_some(), "open again");
    assert_eq!(try_booking(&app, &start, "Aru").await, 201);
}

#[tokio::test]
async fn the_week_view_lists_each_days_bookings() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    book_json(&app, DEMO_SITE, &start, "Aru").await;
    let cookie = sign_in(&app, "nurse.aigul").await;
    let week = get(
        &app,
        &format!("/en/staff/site/{DEMO_SITE}/week?date={}", &start[..10]),
        &cookie,
    )
    .await;
    assert_eq!(week.status().as_u16(), 200);
    let html = week.text().await.unwrap();
    assert_eq!(html.matches("class=\"week-day\"").count(), 7);
    assert!(html.contains("Aru") && html.contains(&start[11..16]));
}
