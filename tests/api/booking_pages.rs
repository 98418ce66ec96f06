//! The booking journey as plain HTML forms, JavaScript off.

use senim_tests::{TestApp, spawn_app};

const SITE: &str = "demo-taraz-friendly-cabinet";

/// The value of the first `attribute="…"` after `marker` in `html`.
fn attribute_after(html: &str, marker: &str, attribute: &str) -> String {
    let from = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in page"));
    let rest = &html[from..];
    let start = rest.find(&format!("{attribute}=\"")).unwrap() + attribute.len() + 2;
    let end = rest[start..].find('"').unwrap();
    rest[start..start + end].replace("&amp;", "&")
}

fn text_of(html: &str, id: &str) -> String {
    let marker = format!("id=\"{id}\"");
    let from = html
        .find(&marker)
        .unwrap_or_else(|| panic!("#{id} not in page"));
    let rest = &html[from..];
    let start = rest.find('>').unwrap() + 1;
    let end = rest.find('<').unwrap();
    rest[start..end].to_string()
}

/// The calendar file the confirmation offers (a `data:` link), decoded.
fn calendar_file(html: &str) -> String {
    let prefix = "data:text/calendar;charset=utf-8,";
    let from = html.find(prefix).expect("an .ics file") + prefix.len();
    let encoded = &html[from..from + html[from..].find('"').unwrap()];
    let mut bytes = Vec::new();
    let mut rest = encoded.as_bytes();
    while let [first, tail @ ..] = rest {
        if *first == b'%' {
            let hex = std::str::from_utf8(&tail[..2]).unwrap();
            bytes.push(u8::from_str_radix(hex, 16).unwrap());
            rest = &tail[2..];
        } else {
            bytes.push(*first);
            rest = tail;
        }
    }
    String::from_utf8(bytes).unwrap()
}

async fn post_form(app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .form(form)
        .send()
        .await
        .unwrap()
}

async fn open_booking_form(app: &TestApp) -> (String, String, String) {
    let site = app
        .get(&format!("/ru/site/{SITE}"))
        .await
        .text()
        .await
        .unwrap();
    let link = attribute_after(&site, "class=\"slot", "href");
    assert!(
        link.starts_with(&format!("/ru/book/{SITE}?start=")),
        "{link}"
    );
    let response = app.get(&link).await;
    assert_eq!(response.headers()["cache-control"], "no-store");
    let form = response.text().await.unwrap();
    let start = attribute_after(&form, "name=\"start\"", "value");
    let request_id = attribute_after(&form, "name=\"request_id\"", "value");
    (link, start, request_id)
}

#[tokio::test]
async fn booking_without_javascript_shows_the_code_in_the_page_not_the_url() {
    let app = spawn_app().await;
    let (link, start, request_id) = open_booking_form(&app).await;
    let path = link.split('?').next().unwrap();
    let response = post_form(
        &app,
        path,
        &[
            ("start", &start),
            ("request_id", &request_id),
            ("nickname", "Гүлнар"),
            ("service", ""),
        ],
    )
    .await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response.headers().get("location").is_none(),
        "no redirect carries the code"
    );
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(response.headers().get("set-cookie").is_none());
    let page = response.text().await.unwrap();
    let code = text_of(&page, "booking-code");
    assert_eq!(code.len(), 9, "{code}");
    assert!(page.contains("<svg"), "a QR code drawn on the server");
    let calendar = calendar_file(&page);
    assert!(calendar.contains("SUMMARY:Appointment\r\n"), "{calendar}");
    assert!(
        calendar.contains("PRODID:-//calendar//EN\r\n"),
        "{calendar}"
    );
    assert!(calendar.contains("@localhost\r\n"), "{calendar}");
    for named in ["senim", "description", "location", "demo", "taraz"] {
        assert!(!calendar.to_lowercase().contains(named), "{calendar}");
    }
    assert!(page.contains("Гүлнар"));

    // The same form sent again (a double click) shows the same booking.
    let again = post_form(
        &app,
        path,
        &[
            ("start", &start),
            ("request_id", &request_id),
            ("nickname", "Гүлнар"),
        ],
    )
    .await;
    assert_eq!(text_of(&again.text().await.unwrap(), "booking-code"), code);

    let found = post_form(
        &app,
        "/ru/booking",
        &[("code", &code.to_lowercase()), ("intent", "find")],
    )
    .await;
    assert_eq!(found.headers()["cache-control"], "no-store");
    let found = found.text().await.unwrap();
    assert!(
        found.contains("Гүлнар") && found.contains("записан(а)"),
        "{found}"
    );

    let cancelled = post_form(
        &app,
        "/ru/booking",
        &[("code", &code), ("intent", "cancel")],
    )
    .await;
    assert!(cancelled.text().await.unwrap().contains("Запись отменена"));
    let gone = post_form(
        &app,
        "/ru/booking",
        &[("code", &code), ("intent", "cancel")],
    )
    .await;
    assert_eq!(gone.status().as_u16(), 404);
}

#[tokio::test]
async fn a_bad_nickname_shows_the_form_again_with_the_reason() {
    let app = spawn_app().await;
    let (link, start, request_id) = open_booking_form(&app).await;
    // The form posts back to its own address, query string included.
    let response = post_form(
        &app,
        &link,
        &[
            ("start", &start),
            ("request_id", &request_id),
            ("nickname", "x<"),
        ],
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("только буквы, цифры"), "{page}");
    let field = &page[page
        .find("id=\"nickname\"")
        .unwrap_or_else(|| panic!("the form is shown again: {page}"))..];
    let field = &field[..field.find('>').unwrap()];
    assert!(
        field.contains("value=\"x"),
        "what was typed is kept: {field}"
    );
    let response = post_form(
        &app,
        "/en/booking",
        &[("code", "hello"), ("intent", "find")],
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("8 letters and digits")
    );
}

#[tokio::test]
async fn a_booking_found_by_code_can_move_to_another_time() {
    let app = spawn_app().await;
    let (link, start, request_id) = open_booking_form(&app).await;
    let page = post_form(
        &app,
        &link,
        &[
            ("start", &start),
            ("request_id", &request_id),
            ("nickname", "Aru"),
        ],
    )
    .await
    .text()
    .await
    .unwrap();
    let code = text_of(&page, "booking-code");
    let found = post_form(&app, "/en/booking", &[("code", &code), ("intent", "find")])
        .await
        .text()
        .await
        .unwrap();
    let other = attribute_after(&found, "id=\"new-start\"", "value");
    assert_ne!(other, start);
    let moved = post_form(
        &app,
        "/en/booking",
        &[("code", &code), ("intent", "reschedule"), ("start", &other)],
    )
    .await;
    assert_eq!(moved.status().as_u16(), 200);
    let moved = moved.text().await.unwrap();
    assert!(moved.contains("id=\"moved\""), "{moved}");
}

#[tokio::test]
async fn a_form_larger_than_16_kib_is_refused_with_413_and_books_nothing() {
    let app = spawn_app().await;
    let path = format!("/api/v1/sites/{SITE}/slots?days=14");
    let before = app.get_json(&path).await.1;
    let start = before["slots"][0]["start"].as_str().unwrap().to_string();
    let padding = "x".repeat(17 * 1024);
    let fields = [
        ("start", start.as_str()),
        ("nickname", "Sara"),
        ("padding", padding.as_str()),
    ];
    let response = post_form(&app, &format!("/en/book/{SITE}"), &fields).await;
    assert_eq!(response.status().as_u16(), 413);
    assert_eq!(app.get_json(&path).await.1, before, "nothing was booked");
}
