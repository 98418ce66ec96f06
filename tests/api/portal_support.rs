//! Portal test helpers: accounts, sign-in, forms.

use senim_tests::{TestApp, post_sign_in};
use server::domain::account::{NewAccount, Role};
use server::domain::organisation::OrganisationChoice;
use server::services::accounts;

pub const PASSWORD: &str = "a long enough secret";
/// A real site from the research list (not bookable until staff set rules).
pub const REAL_SITE: &str = "jambyl-aids-centre";
pub const OTHER_SITE: &str = "demo-almaty-legal-ngo";

pub async fn add_staff(app: &TestApp, name: &str, site: &str) {
    let account = NewAccount::new(name, Role::Staff, vec![site.to_string()], None).unwrap();
    accounts::create(&app.state.db, None, &account, PASSWORD)
        .await
        .unwrap();
}

pub async fn post(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = app.client.post(format!("{}{path}", app.address)).form(form);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.unwrap()
}

pub async fn get(app: &TestApp, path: &str, cookie: &str) -> reqwest::Response {
    app.client
        .get(format!("{}{path}", app.address))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap()
}

/// Signs in; returns the `name=value` cookie.
pub async fn sign_in(app: &TestApp, name: &str) -> String {
    let response = post_sign_in(&app.client, &app.address, name, PASSWORD).await;
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], "/en/staff");
    // The session's cookie (the sign-in form's own is cleared beside it).
    let set_cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().unwrap().to_string())
        .find(|value| !value.contains("senim_sign_in="))
        .expect("a session cookie");
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"),
        "{set_cookie}"
    );
    set_cookie.split(';').next().unwrap().to_string()
}

/// Posts the sign-in form from its page (with its anti-forgery token).
pub async fn try_sign_in(app: &TestApp, name: &str, password: &str) -> reqwest::Response {
    post_sign_in(&app.client, &app.address, name, password).await
}

pub fn csrf_of(html: &str) -> String {
    let from = html.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
    html[from..from + html[from..].find('"').unwrap()].to_string()
}

pub async fn add_outreach(app: &TestApp, name: &str, organisation: &str) {
    let organisation = OrganisationChoice::named(organisation).unwrap();
    let account = NewAccount::new(name, Role::Outreach, vec![], organisation).unwrap();
    accounts::create(&app.state.db, None, &account, PASSWORD)
        .await
        .unwrap();
}

pub async fn add_admin(app: &TestApp, name: &str) {
    let account = NewAccount::new(name, Role::Admin, vec![], None).unwrap();
    accounts::create(&app.state.db, None, &account, PASSWORD)
        .await
        .unwrap();
}

/// The first value of a hidden field `name` in a page.
pub fn field_of(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let from = html.find(&marker).expect("the field") + marker.len();
    html[from..from + html[from..].find('"').unwrap()].to_string()
}

/// A demo site that takes bookings from the start.
pub const DEMO_SITE: &str = "demo-taraz-friendly-cabinet";

/// The start of the `index`th open slot at `site` (RFC 3339 with offset).
pub async fn slot_start(app: &TestApp, site: &str, index: usize) -> String {
    let (status, slots) = app
        .get_json(&format!("/api/v1/sites/{site}/slots?days=7"))
        .await;
    assert_eq!(status, 200, "{slots}");
    slots["slots"][index]["start"].as_str().unwrap().to_string()
}

/// Moves the server's clock, if need be, to the start of the next local
/// day on which `site` has a free slot, so that its first slots are today's
/// (whatever the hour the tests run at).
pub async fn on_a_booking_day(app: &TestApp, site: &str) {
    let first = slot_start(app, site, 0).await;
    let start = chrono::DateTime::parse_from_rfc3339(&first).unwrap();
    let now = app.state.now().with_timezone(start.offset());
    if start.date_naive() == now.date_naive() {
        return;
    }
    let midnight = start
        .date_naive()
        .and_hms_opt(0, 1, 0)
        .unwrap()
        .and_local_timezone(*start.offset())
        .unwrap();
    app.state.clock.advance(midnight.signed_duration_since(now));
}

/// Books through the JSON API; returns the code.
pub async fn book_json(app: &TestApp, site: &str, start: &str, nickname: &str) -> String {
    let booked = app
        .client
        .post(format!("{}/api/v1/bookings", app.address))
        .json(&serde_json::json!({"site_id": site, "start": start, "nickname": nickname, "service": "sti_testing"}))
        .send()
        .await
        .unwrap();
    assert_eq!(booked.status().as_u16(), 201);
    let body: serde_json::Value = booked.json().await.unwrap();
    body["code"].as_str().unwrap().to_string()
}

/// Books through the public HTML form, signed in or not; returns the page.
pub async fn book_form(
    app: &TestApp,
    site: &str,
    start: &str,
    nickname: &str,
    cookie: Option<&str>,
) -> String {
    let response = post_booking_form(app, site, start, nickname, cookie, false).await;
    assert_eq!(response.status().as_u16(), 200);
    response.text().await.unwrap()
}

/// Books through the public HTML form as a signed-in outreach worker who
/// ticked "this is a referral by …"; returns the page.
pub async fn book_referral(
    app: &TestApp,
    site: &str,
    start: &str,
    nickname: &str,
    cookie: &str,
) -> String {
    let response = post_booking_form(app, site, start, nickname, Some(cookie), true).await;
    assert_eq!(response.status().as_u16(), 200);
    response.text().await.unwrap()
}

/// Posts the public booking form, the referral box ticked or not.
pub async fn post_booking_form(
    app: &TestApp,
    site: &str,
    start: &str,
    nickname: &str,
    cookie: Option<&str>,
    referral: bool,
) -> reqwest::Response {
    let request_id = server::services::booking::random_request_id();
    let mut form = vec![
        ("start", start),
        ("nickname", nickname),
        ("service", "hiv_rapid_test"),
        ("request_id", request_id.as_str()),
    ];
    if referral {
        form.push(("referral", "yes"));
    }
    // Where the form posts: its own address, the slot in the query.
    let start_query = start.replace('+', "%2B").replace(':', "%3A");
    let path = format!("/en/book/{site}?start={start_query}");
    post(app, &path, cookie, &form).await
}
