//! Codes that stop proving anything: a cancelled or past booking's code
//! gets exactly the answer of a code never issued (API and pages), its
//! stored hash is replaced, a booking form sent again books once only
//! within 15 minutes and for the same request, request ids are random,
//! and a nickname is never a phone number.

use chrono::Duration;
use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};
use serde_json::{Value, json};
use server::services::booking::random_request_id;

/// A code no booking was ever given.
const NEVER_ISSUED: &str = "0000-0000";

async fn post_json(app: &TestApp, path: &str, body: Value) -> (u16, String) {
    let response = app
        .client
        .post(format!("{}{path}", app.address))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

async fn post_page(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
    let response = app
        .client
        .post(format!("{}{path}", app.address))
        .form(fields)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// A page without what differs on every answer: its script nonce, which
/// also stands in its `crossorigin` attributes.
fn without_nonces(page: &str) -> String {
    let marker = "nonce=\"";
    let Some(at) = page.find(marker) else {
        return page.to_string();
    };
    let from = at + marker.len();
    let nonce = &page[from..from + page[from..].find('"').unwrap()];
    page.replace(nonce, "NONCE")
}

async fn book(
    app: &TestApp,
    site: &str,
    start: &str,
    nickname: &str,
    request_id: &str,
) -> (u16, Value) {
    let body =
        json!({ "site_id": site, "start": start, "nickname": nickname, "request_id": request_id });
    let (status, text) = post_json(app, "/api/v1/bookings", body).await;
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// How many bookings have a code hash equal to the keyed hash of `code`:
/// what the key and the database together still say about it.
async fn rows_matching(app: &TestApp, code: &str) -> i64 {
    let code = server::domain::bookings::booking::BookingCode::parse(code).unwrap();
    let hash = app.state.code_key.code_hash(&code);
    count(
        app,
        "SELECT COUNT(*) FROM bookings WHERE code_hash = $1",
        &hash,
    )
    .await
}

/// The count `sql` finds in the database, given `value` as `$1`.
async fn count(app: &TestApp, sql: &str, value: &str) -> i64 {
    let pool = app.own_pool().await;
    let rows: i64 = sqlx::query_scalar(sql)
        .bind(value)
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    rows
}

async fn seats_left(app: &TestApp, start: &str) -> u64 {
    let (_, slots) = app
        .get_json(&format!("/api/v1/sites/{DEMO_SITE}/slots?days=14"))
        .await;
    slots["slots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["start"] == start)
        .map_or(0, |s| s["available"].as_u64().unwrap())
}

/// Look-up, cancel and move by `code` through the API: each answer.
async fn api_answers(app: &TestApp, code: &str, start: &str) -> Vec<(u16, String)> {
    vec![
        post_json(app, "/api/v1/bookings/lookup", json!({ "code": code })).await,
        post_json(app, "/api/v1/bookings/cancel", json!({ "code": code })).await,
        post_json(
            app,
            "/api/v1/bookings/reschedule",
            json!({ "code": code, "start": start }),
        )
        .await,
    ]
}

/// Look-up, cancel and move by `code` through the pages without
/// JavaScript (plain form posts): each answer, nonces aside.
async fn page_answers(app: &TestApp, code: &str, start: &str) -> Vec<(u16, String)> {
    let mut answers = vec![];
    for (intent, start) in [("find", ""), ("cancel", ""), ("reschedule", start)] {
        let fields = [("code", code), ("intent", intent), ("start", start)];
        let (status, page) = post_page(app, "/ru/booking", &fields).await;
        answers.push((status, without_nonces(&page)));
    }
    answers
}

#[tokio::test]
async fn a_cancelled_or_past_bookings_code_answers_exactly_as_a_code_never_issued_on_the_api() {
    let app = spawn_app().await;
    let first = slot_start(&app, DEMO_SITE, 0).await;
    let second = slot_start(&app, DEMO_SITE, 1).await;
    let cancelled = book_json(&app, DEMO_SITE, &first, "Aru").await;
    let past = book_json(&app, DEMO_SITE, &second, "Bota").await;
    let (status, _) = post_json(
        &app,
        "/api/v1/bookings/cancel",
        json!({ "code": cancelled }),
    )
    .await;
    assert_eq!(status, 200);
    let never = api_answers(&app, NEVER_ISSUED, &second).await;
    assert_eq!(never[0].0, 404, "{never:?}");
    assert_eq!(api_answers(&app, &cancelled, &second).await, never);
    assert_eq!(
        rows_matching(&app, &cancelled).await,
        0,
        "its hash is replaced"
    );

    let (status, found) = post_json(&app, "/api/v1/bookings/lookup", json!({ "code": past })).await;
    assert_eq!(status, 200, "still to come: {found}");
    assert_eq!(rows_matching(&app, &past).await, 1);
    // A fortnight later its visit is over, and the sweep retires the code.
    app.state.clock.advance(Duration::days(15));
    let never = api_answers(&app, NEVER_ISSUED, &second).await;
    assert_eq!(api_answers(&app, &past, &second).await, never);
    server::services::retention::sweep(&app.state).await;
    assert_eq!(rows_matching(&app, &past).await, 0, "its hash is replaced");
    assert_eq!(api_answers(&app, &past, &second).await, never);
}

#[tokio::test]
async fn a_cancelled_or_past_bookings_code_answers_exactly_as_a_code_never_issued_on_the_pages() {
    let app = spawn_app().await;
    let first = slot_start(&app, DEMO_SITE, 0).await;
    let second = slot_start(&app, DEMO_SITE, 1).await;
    let cancelled = book_json(&app, DEMO_SITE, &first, "Aru").await;
    let past = book_json(&app, DEMO_SITE, &second, "Bota").await;
    let (status, page) = post_page(
        &app,
        "/ru/booking",
        &[("code", &cancelled), ("intent", "cancel")],
    )
    .await;
    assert_eq!(status, 200);
    assert!(page.contains("id=\"cancelled\""), "{page}");

    let never = page_answers(&app, NEVER_ISSUED, &second).await;
    assert_eq!(never[0].0, 404);
    assert!(never[0].1.contains("Активной записи с таким кодом нет"));
    assert_eq!(page_answers(&app, &cancelled, &second).await, never);

    let (status, page) =
        post_page(&app, "/ru/booking", &[("code", &past), ("intent", "find")]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Bota"), "still to come");
    app.state.clock.advance(Duration::days(15));
    let never = page_answers(&app, NEVER_ISSUED, &second).await;
    assert_eq!(page_answers(&app, &past, &second).await, never);
    server::services::retention::sweep(&app.state).await;
    assert_eq!(page_answers(&app, &past, &second).await, never);
}

#[tokio::test]
async fn a_repeated_request_id_answers_only_within_15_minutes_and_for_the_same_request() {
    let app = spawn_app().await;
    // Slots a few hours ahead: still bookable once the clock has moved.
    let first = slot_start(&app, DEMO_SITE, 6).await;
    let second = slot_start(&app, DEMO_SITE, 7).await;
    let other_site = server::services::booking::bookable_sites(&app.state)
        .await
        .unwrap()
        .into_iter()
        .find(|site| site != DEMO_SITE)
        .expect("a second site that takes bookings");
    let other_start = slot_start(&app, &other_site, 0).await;
    let id = random_request_id();

    let (status, made) = book(&app, DEMO_SITE, &first, "Dana", &id).await;
    assert_eq!(status, 201, "{made}");
    let (status, again) = book(&app, DEMO_SITE, &first, " Dana ", &id.to_uppercase()).await;
    assert_eq!(status, 200, "the same request, written alike: {again}");
    assert_eq!(again["code"], made["code"]);
    let seats = seats_left(&app, &first).await;

    for (site, start, nickname) in [
        (DEMO_SITE, first.as_str(), "Other"),
        (DEMO_SITE, second.as_str(), "Dana"),
        (other_site.as_str(), other_start.as_str(), "Dana"),
    ] {
        let (status, refused) = book(&app, site, start, nickname, &id).await;
        assert_eq!(status, 409, "{site} {start} {nickname}: {refused}");
        assert!(refused.get("code").is_none(), "no code: {refused}");
        assert!(
            refused["error"].as_str().unwrap().contains("already sent"),
            "{refused}"
        );
    }
    assert_eq!(seats_left(&app, &first).await, seats, "nothing booked");
    assert_eq!(seats_left(&app, &second).await, 2);

    // Sixteen minutes later its guard is gone (the sweep forgets it), and
    // the same request books nothing and shows no code.
    let guards = "SELECT COUNT(*) FROM booking_requests WHERE request_hash <> $1";
    assert_eq!(count(&app, guards, "").await, 1);
    app.state.clock.advance(Duration::minutes(16));
    server::services::retention::sweep(&app.state).await;
    assert_eq!(count(&app, guards, "").await, 0);
    let (status, late) = book(&app, DEMO_SITE, &first, "Dana", &id).await;
    assert_eq!(status, 409, "{late}");
    assert!(late.get("code").is_none(), "{late}");
    assert_eq!(seats_left(&app, &first).await, seats, "nothing booked");
    let (status, found) = post_json(
        &app,
        "/api/v1/bookings/lookup",
        json!({ "code": made["code"] }),
    )
    .await;
    assert_eq!(status, 200, "the booking itself stays: {found}");
}

#[tokio::test]
async fn a_request_id_that_is_not_random_enough_is_refused_with_422() {
    let app = spawn_app().await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    for id in [
        "form-123",
        "1",
        "0123456789abcdef0123456789abcde",
        "chat-42-0123456789abcdef012345678",
    ] {
        let (status, refused) = book(&app, DEMO_SITE, &start, "Dana", id).await;
        assert_eq!(status, 422, "{id}: {refused}");
        assert!(
            refused["error"].as_str().unwrap().contains("request_id"),
            "{refused}"
        );
    }
    assert_eq!(seats_left(&app, &start).await, 2, "nothing booked");
    let (status, _) = book(
        &app,
        DEMO_SITE,
        &start,
        "Dana",
        "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
    )
    .await;
    assert_eq!(status, 201, "a UUID is random enough");

    let path = format!("/ru/book/{DEMO_SITE}");
    let fields = [
        ("start", start.as_str()),
        ("nickname", "Dana"),
        ("request_id", "form-1"),
    ];
    let (status, page) = post_page(&app, &path, &fields).await;
    assert_eq!(status, 422);
    assert!(page.contains("Не удалось прочитать форму записи"), "{page}");
}

#[tokio::test]
async fn a_nickname_with_seven_digits_in_a_row_is_refused_as_a_phone_number() {
    let app = spawn_app().await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    let (status, refused) =
        book(&app, DEMO_SITE, &start, "87011234567", &random_request_id()).await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused["error"].as_str().unwrap().contains("phone number"));
    for (lang, message) in [
        ("ru", "похоже на номер телефона"),
        ("kk", "телефон нөміріне ұқсайды"),
        ("en", "looks like a phone number"),
        ("uz", "telefon raqamiga oʻxshaydi"),
        ("ky", "телефон номерине окшош"),
        ("tg", "ба рақами телефон монанд"),
    ] {
        let path = format!("/{lang}/book/{DEMO_SITE}");
        let id = random_request_id();
        let fields = [
            ("start", start.as_str()),
            ("nickname", "Aida 7011234"),
            ("request_id", id.as_str()),
        ];
        let (status, page) = post_page(&app, &path, &fields).await;
        assert_eq!(status, 422, "{lang}");
        assert!(page.contains(message), "{lang}: {page}");
    }
    assert_eq!(seats_left(&app, &start).await, 2, "nothing booked");
    let (status, _) = book(&app, DEMO_SITE, &start, "Aida 123456", &random_request_id()).await;
    assert_eq!(status, 201, "six digits are a nickname");
}

/// The form of the slot at `start`, as a person without JavaScript gets it:
/// its request id.
async fn form_request_id(app: &TestApp, start: &str) -> String {
    let path = format!(
        "/ru/book/{DEMO_SITE}?start={}",
        start.replace('+', "%2B").replace(':', "%3A")
    );
    let form = app.get(&path).await.text().await.unwrap();
    let id = field_of(&form, "request_id");
    assert!(
        id.len() >= 32 && id.chars().all(|c| c.is_ascii_hexdigit()),
        "128 random bits or more: {id}"
    );
    id
}

#[tokio::test]
async fn a_booking_form_sent_again_from_the_history_shows_its_code_only_within_15_minutes() {
    let app = spawn_app().await;
    let start = slot_start(&app, DEMO_SITE, 6).await;
    let id = form_request_id(&app, &start).await;
    assert_ne!(
        form_request_id(&app, &start).await,
        id,
        "a fresh id each time"
    );
    let path = format!("/ru/book/{DEMO_SITE}");
    let fields = [
        ("start", start.as_str()),
        ("nickname", "Лиса"),
        ("request_id", id.as_str()),
    ];
    let (status, page) = post_page(&app, &path, &fields).await;
    assert_eq!(status, 200);
    let code = code_in(&page);
    assert!(
        page.contains("Код перестаёт работать после визита"),
        "{page}"
    );
    let (status, again) = post_page(&app, &path, &fields).await;
    assert_eq!(status, 200, "a double click");
    assert_eq!(code_in(&again), code);

    let other = [
        ("start", start.as_str()),
        ("nickname", "Волк"),
        ("request_id", id.as_str()),
    ];
    let (status, refused) = post_page(&app, &path, &other).await;
    assert_eq!(status, 409);
    assert!(!refused.contains("id=\"booking-code\"") && !refused.contains(&code));

    app.state.clock.advance(Duration::minutes(16));
    let (status, late) = post_page(&app, &path, &fields).await;
    assert_eq!(status, 409);
    assert!(late.contains("Эта форма уже была отправлена"), "{late}");
    assert!(!late.contains("id=\"booking-code\"") && !late.contains(&code));
    assert!(!late.contains("Лиса"), "nothing the form carried is shown");
    assert_eq!(seats_left(&app, &start).await, 1, "one booking, made once");
}

/// The code a confirmation page shows.
fn code_in(page: &str) -> String {
    let at = page
        .find("id=\"booking-code\"")
        .unwrap_or_else(|| panic!("no code: {page}"));
    let from = at + page[at..].find('>').unwrap() + 1;
    page[from..from + page[from..].find('<').unwrap()].to_string()
}

#[tokio::test]
async fn reception_lists_a_slots_bookings_in_the_order_they_were_made() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    book_json(&app, DEMO_SITE, &start, "Zhanna").await;
    book_json(&app, DEMO_SITE, &start, "Aliya").await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let html = staff
        .page(&format!(
            "/en/staff/site/{DEMO_SITE}/bookings?date={}",
            &start[..10]
        ))
        .await
        .1;
    let (zhanna, aliya) = (html.find("Zhanna").unwrap(), html.find("Aliya").unwrap());
    assert!(zhanna < aliya, "first booked, first listed");
    let first_id: i64 = field_of(&html, "booking").parse().unwrap();
    assert!(first_id > 0, "a booking's handle is its number");
}
