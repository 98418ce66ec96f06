use senim_tests::{TestApp, spawn_app, spawn_app_with};
use serde_json::{Value, json};

const SITE: &str = "demo-taraz-friendly-cabinet";

async fn free_slots(app: &TestApp, site: &str) -> Vec<Value> {
    let (status, body) = app
        .get_json(&format!("/api/v1/sites/{site}/slots?days=14"))
        .await;
    assert_eq!(status, 200, "{body}");
    body["slots"].as_array().unwrap().clone()
}

fn is_code(code: &str) -> bool {
    code.len() == 9
        && code.as_bytes()[4] == b'-'
        && code
            .chars()
            .filter(|c| *c != '-')
            .all(|c| "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c))
}

#[tokio::test]
async fn slots_are_in_local_time_with_seats_left() {
    let app = spawn_app().await;
    let slots = free_slots(&app, SITE).await;
    assert!(slots.len() > 20, "{} slots", slots.len());
    let first = &slots[0];
    assert!(
        first["start"].as_str().unwrap().ends_with("+05:00"),
        "{first}"
    );
    assert_eq!(first["capacity"], 2);
    assert_eq!(first["available"], 2);
    let evening = slots
        .iter()
        .any(|s| s["start"].as_str().unwrap()[11..13].parse::<u32>().unwrap() >= 18);
    assert!(evening, "the demo cabinet has evening slots");
    let (status, _) = app.get_json("/api/v1/sites/no-such-site/slots").await;
    assert_eq!(status, 404);
    let (status, _) = app
        .get_json(&format!("/api/v1/sites/{SITE}/slots?from=tomorrow"))
        .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn book_find_and_cancel_with_only_a_nickname() {
    let app = spawn_app().await;
    let slot = free_slots(&app, SITE).await[0].clone();
    let (status, booked) = app.post_json("/api/v1/bookings",
        json!({ "site_id": SITE, "start": slot["start"], "nickname": " Айгерим ", "service": "hiv_rapid_test" }),
    )
    .await;
    assert_eq!(status, 201, "{booked}");
    let code = booked["code"].as_str().unwrap().to_string();
    assert!(is_code(&code), "{code}");
    assert_eq!(booked["start"], slot["start"]);

    let (status, found) = app
        .post_json(
            "/api/v1/bookings/lookup",
            json!({ "code": code.to_lowercase() }),
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(found["nickname"], "Айгерим");
    assert_eq!(found["status"], "booked");
    assert_eq!(free_slots(&app, SITE).await[0]["available"], 1);

    let (status, _) = app
        .post_json("/api/v1/bookings/cancel", json!({ "code": code }))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        free_slots(&app, SITE).await[0]["available"],
        2,
        "the seat is free again"
    );
    let found = app
        .post_json("/api/v1/bookings/lookup", json!({ "code": code }))
        .await;
    let never = app
        .post_json("/api/v1/bookings/lookup", json!({ "code": "0000-0000" }))
        .await;
    assert_eq!(
        found, never,
        "a cancelled booking's code answers as no code"
    );
    assert_eq!(found.0, 404);
    let (status, _) = app
        .post_json("/api/v1/bookings/cancel", json!({ "code": code }))
        .await;
    assert_eq!(status, 404);

    let stored = app.database_bytes();
    for written in [code.clone(), code.replace('-', ""), code.to_lowercase()] {
        assert!(
            !stored
                .windows(written.len())
                .any(|w| w == written.as_bytes()),
            "only a hash of the code is stored"
        );
    }
}

#[tokio::test]
async fn bad_booking_input_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let slot = free_slots(&app, SITE).await[0].clone();
    let start = slot["start"].clone();
    for (body, expected) in [
        (
            json!({ "site_id": SITE, "start": start, "nickname": "a" }),
            422,
        ),
        (
            json!({ "site_id": SITE, "start": start, "nickname": "x".repeat(41) }),
            422,
        ),
        (
            json!({ "site_id": SITE, "start": start, "nickname": "me@mail.kz" }),
            422,
        ),
        (
            json!({ "site_id": SITE, "start": start, "nickname": "ok", "service": "magic" }),
            422,
        ),
        (
            json!({ "site_id": SITE, "start": "2020-01-01T10:00:00+05:00", "nickname": "ok" }),
            409,
        ),
        (
            json!({ "site_id": SITE, "start": "soon", "nickname": "ok" }),
            409,
        ),
        (
            json!({ "site_id": "no-such-site", "start": start, "nickname": "ok" }),
            404,
        ),
        (
            json!({ "site_id": "pavlodar-hiv-prevention-centre", "start": start, "nickname": "ok" }),
            409,
        ),
        (json!({ "nickname": "ok" }), 422),
    ] {
        let (status, answer) = app.post_json("/api/v1/bookings", body.clone()).await;
        assert_eq!(status, expected, "{body} → {answer}");
        assert!(
            answer["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{answer}"
        );
    }
    assert_eq!(free_slots(&app, SITE).await[0]["available"], 2);
    let (status, _) = app
        .post_json("/api/v1/bookings/lookup", json!({ "code": "no code!" }))
        .await;
    assert_eq!(status, 422);
    let (status, _) = app
        .post_json("/api/v1/bookings/lookup", json!({ "code": "0000-0000" }))
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_repeated_submit_makes_one_booking() {
    let app = spawn_app().await;
    let slot = free_slots(&app, SITE).await[0].clone();
    let request_id = server::services::booking::random_request_id();
    let body = json!({ "site_id": SITE, "start": slot["start"], "nickname": "Dana", "request_id": request_id });
    let (first, a) = app.post_json("/api/v1/bookings", body.clone()).await;
    let (second, b) = app.post_json("/api/v1/bookings", body).await;
    assert_eq!((first, second), (201, 200));
    assert_eq!(a["code"], b["code"]);
    assert_eq!(free_slots(&app, SITE).await[0]["available"], 1);
}

#[tokio::test]
async fn two_hundred_simultaneous_bookings_for_three_seats_make_exactly_three() {
    // 200 bookings from one address at one site: past the caps and a surge.
    let app = spawn_app_with(|config| config.load_test = true).await;
    app.set_capacity(SITE, 3).await;
    let start = free_slots(&app, SITE).await[0]["start"].clone();
    let requests = (0..200).map(|i| {
        let client = app.client.clone();
        let url = format!("{}/api/v1/bookings", app.address);
        let body = json!({ "site_id": SITE, "start": start, "nickname": format!("n{i}") });
        tokio::spawn(async move {
            client
                .post(url)
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        })
    });
    let mut statuses = vec![];
    for request in requests.collect::<Vec<_>>() {
        statuses.push(request.await.unwrap());
    }
    let created = statuses.iter().filter(|s| **s == 201).count();
    let full = statuses.iter().filter(|s| **s == 409).count();
    assert_eq!((created, full), (3, 197), "{statuses:?}");
    assert_eq!(free_slots(&app, SITE).await[0]["available"], 0);
}

#[tokio::test]
async fn code_lookups_are_limited_per_client() {
    let app = spawn_app().await;
    let mut statuses = vec![];
    for _ in 0..22 {
        let (status, _) = app
            .post_json("/api/v1/bookings/lookup", json!({ "code": "0000-0000" }))
            .await;
        statuses.push(status);
    }
    assert!(statuses[..20].iter().all(|s| *s == 404), "{statuses:?}");
    assert_eq!(statuses[20..], [429, 429]);
}

#[tokio::test]
async fn a_booking_moves_to_another_slot_and_keeps_its_code() {
    let app = spawn_app().await;
    let slots = free_slots(&app, SITE).await;
    let (first, second) = (slots[0]["start"].clone(), slots[1]["start"].clone());
    let (_, booked) = app
        .post_json(
            "/api/v1/bookings",
            json!({ "site_id": SITE, "start": first, "nickname": "Mira" }),
        )
        .await;
    let code = booked["code"].clone();
    let (status, moved) = app
        .post_json(
            "/api/v1/bookings/reschedule",
            json!({ "code": code, "start": second }),
        )
        .await;
    assert_eq!(status, 200, "{moved}");
    assert_eq!(moved["start"], second);
    let slots = free_slots(&app, SITE).await;
    assert_eq!(
        (slots[0]["available"].clone(), slots[1]["available"].clone()),
        (json!(2), json!(1))
    );
    let (_, found) = app
        .post_json("/api/v1/bookings/lookup", json!({ "code": code }))
        .await;
    assert_eq!(found["start"], second);

    // Fill the first slot, then try to move there.
    for name in ["Ana", "Bota"] {
        app.post_json(
            "/api/v1/bookings",
            json!({ "site_id": SITE, "start": first, "nickname": name }),
        )
        .await;
    }
    let (status, _) = app
        .post_json(
            "/api/v1/bookings/reschedule",
            json!({ "code": code, "start": first }),
        )
        .await;
    assert_eq!(status, 409);
    let (status, _) = app
        .post_json(
            "/api/v1/bookings/reschedule",
            json!({ "code": "0000-0000", "start": second }),
        )
        .await;
    assert_eq!(status, 404);
    assert_eq!(
        free_slots(&app, SITE).await[1]["available"],
        1,
        "a refused move changes nothing"
    );
}
