//! Staff shape what can be booked beyond the weekly hours: a blocked slot
//! and a closed day vanish from booking at once, and come back.

use senim_tests::portal::*;
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
    let staff = sign_in(&app, "nurse.aigul").await;
    let day = format!("/en/staff/site/{DEMO_SITE}/bookings?date={}", &start[..10]);
    let html = staff.page(&day).await.1;
    let row = &html[html.find("class=\"slot-row\"").expect("the day's slots")..];
    let utc_start = field_of(row, "start");
    let block = |blocked: &'static str, start: String| {
        let staff = staff.clone();
        async move {
            staff
                .submit(
                    &format!("/en/staff/site/{DEMO_SITE}/slots"),
                    &[("start", &start), ("blocked", blocked)],
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
    let html = staff.page(&day).await.1;
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
    let staff = sign_in(&app, "nurse.aigul").await;
    let path = format!("/en/staff/site/{DEMO_SITE}/closures");
    let send = |form: Vec<(&'static str, String)>| {
        let (staff, path) = (staff.clone(), path.clone());
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            staff.post_form(&path, &form).await
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
    let day_view = staff
        .page(&format!("/en/staff/site/{DEMO_SITE}/bookings?date={day}"))
        .await
        .1;
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
    let staff = sign_in(&app, "nurse.aigul").await;
    let week = staff
        .get(&format!(
            "/en/staff/site/{DEMO_SITE}/week?date={}",
            &start[..10]
        ))
        .await;
    assert_eq!(week.status().as_u16(), 200);
    let html = week.text().await.unwrap();
    assert_eq!(html.matches("class=\"week-day\"").count(), 7);
    assert!(html.contains("Aru") && html.contains(&start[11..16]));
}
