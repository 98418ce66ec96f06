//! A refusal gets the same HTTP status whether it comes through the JSON
//! API or through a page's plain HTML form.

use senim_tests::{TestApp, spawn_app};
use serde_json::json;

const SITE: &str = "demo-taraz-friendly-cabinet";
/// A real site whose staff have not set booking rules: no online bookings.
const NOT_BOOKABLE: &str = "pavlodar-hiv-prevention-centre";

async fn api(app: &TestApp, path: &str, body: serde_json::Value) -> u16 {
    let url = format!("{}{path}", app.address);
    let response = app.client.post(url).json(&body).send().await.unwrap();
    response.status().as_u16()
}

async fn form(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> u16 {
    let url = format!("{}{path}", app.address);
    let response = app.client.post(url).form(fields).send().await.unwrap();
    response.status().as_u16()
}

#[tokio::test]
async fn the_api_and_the_forms_refuse_alike() {
    let app = spawn_app().await;
    let (_, slots) = app
        .get_json(&format!("/api/v1/sites/{SITE}/slots?days=14"))
        .await;
    let start = slots["slots"][0]["start"].as_str().unwrap().to_string();
    let bookings = [
        ("no-such-site", start.as_str(), "Sara", 404),
        (NOT_BOOKABLE, start.as_str(), "Sara", 409),
        (SITE, "2020-01-01T10:00:00+05:00", "Sara", 409),
        (SITE, start.as_str(), "a", 422),
        (SITE, start.as_str(), "me@mail.kz", 422),
    ];
    for (site, start, nickname, expected) in bookings {
        let body = json!({ "site_id": site, "start": start, "nickname": nickname });
        let by_api = api(&app, "/api/v1/bookings", body).await;
        let fields = [("start", start), ("nickname", nickname), ("request_id", "")];
        let by_form = form(&app, &format!("/en/book/{site}"), &fields).await;
        assert_eq!(
            (by_api, by_form),
            (expected, expected),
            "{site} {start} {nickname}"
        );
    }
    for (code, expected) in [("no code!", 422), ("0000-0000", 404)] {
        let by_api = api(&app, "/api/v1/bookings/lookup", json!({ "code": code })).await;
        let fields = [("code", code), ("intent", "find")];
        let by_form = form(&app, "/en/booking", &fields).await;
        assert_eq!((by_api, by_form), (expected, expected), "{code}");
        let by_api = api(&app, "/api/v1/bookings/cancel", json!({ "code": code })).await;
        let fields = [("code", code), ("intent", "cancel")];
        let by_form = form(&app, "/en/booking", &fields).await;
        assert_eq!((by_api, by_form), (expected, expected), "cancel {code}");
    }
}
