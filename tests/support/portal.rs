//! The staff portal as a test sees it: accounts made through the service,
//! and [`Staff`], a signed-in browser that keeps its session cookie and its
//! anti-forgery token (as crates.io's `MockCookieUser` does), so a test
//! reads `staff.page(path)` and `staff.post_form(path, &[..])`.

use crate::{TestApp, post_sign_in};
use server::domain::access::account::{NewAccount, Role};
use server::domain::sites::organisation::OrganisationChoice;
use server::services::accounts;

/// Every test account's password.
pub const PASSWORD: &str = "a long enough secret";
/// A real site from the research list (not bookable until staff set rules).
pub const REAL_SITE: &str = "jambyl-aids-centre";
pub const OTHER_SITE: &str = "demo-almaty-legal-ngo";
/// A demo site that takes bookings from the start.
pub const DEMO_SITE: &str = "demo-taraz-friendly-cabinet";

/// A staff member of `site`.
pub async fn add_staff(app: &TestApp, name: &str, site: &str) {
    let account = NewAccount::new(name, Role::Staff, vec![site.to_string()], None).unwrap();
    add_account(app, &account).await;
}

/// An outreach worker of `organisation`.
pub async fn add_outreach(app: &TestApp, name: &str, organisation: &str) {
    let organisation = OrganisationChoice::named(organisation).unwrap();
    let account = NewAccount::new(name, Role::Outreach, vec![], organisation).unwrap();
    add_account(app, &account).await;
}

pub async fn add_admin(app: &TestApp, name: &str) {
    let account = NewAccount::new(name, Role::Admin, vec![], None).unwrap();
    add_account(app, &account).await;
}

/// A coordinator of the directory in `region`.
pub async fn add_coordinator(app: &TestApp, name: &str, region: &str) {
    let account = NewAccount::coordinator(name, vec![region.to_string()]).unwrap();
    add_account(app, &account).await;
}

/// Creates `account` with [`PASSWORD`], as the command line does.
pub async fn add_account(app: &TestApp, account: &NewAccount) {
    accounts::create(&app.state.db, None, account, PASSWORD)
        .await
        .unwrap();
}

/// Signs `name` in with [`PASSWORD`].
pub async fn sign_in(app: &TestApp, name: &str) -> Staff {
    Staff::sign_in(app, name, PASSWORD).await
}

/// Posts the sign-in form from its page (with its anti-forgery token);
/// the whole answer, for the tests of refusals.
pub async fn try_sign_in(app: &TestApp, name: &str, password: &str) -> reqwest::Response {
    post_sign_in(&app.client, &app.address, name, password).await
}

/// A signed-in portal user: every request carries the session cookie, and
/// every form the session's anti-forgery token.
#[derive(Clone)]
pub struct Staff {
    client: reqwest::Client,
    address: String,
    cookie: String,
    csrf: String,
}

impl Staff {
    /// Signs in through the form as a browser does, and checks that the
    /// session cookie is HttpOnly and SameSite=Strict.
    pub async fn sign_in(app: &TestApp, username: &str, password: &str) -> Staff {
        let response = post_sign_in(&app.client, &app.address, username, password).await;
        assert_eq!(response.status().as_u16(), 303, "{username} signs in");
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
        let mut staff = Staff {
            client: app.client.clone(),
            address: app.address.clone(),
            cookie: set_cookie.split(';').next().unwrap().to_string(),
            csrf: String::new(),
        };
        // One token a session: the home page's sign-out form carries it.
        let (status, home) = staff.page("/en/staff").await;
        assert_eq!(status, 200, "{home}");
        staff.csrf = csrf_of(&home);
        staff
    }

    /// A browser holding `cookie` (`name=value`) and no form token: a
    /// cookie taken from a header, stolen, or made up.
    pub fn holding(app: &TestApp, cookie: &str) -> Staff {
        Staff {
            client: app.client.clone(),
            address: app.address.clone(),
            cookie: cookie.to_string(),
            csrf: String::new(),
        }
    }

    /// The same session through another address: another instance on the
    /// same database, or the proxy in front of them.
    pub fn through(&self, address: &str) -> Staff {
        Staff {
            address: address.to_string(),
            ..self.clone()
        }
    }

    /// The session cookie (`name=value`), for tests of the cookie itself.
    pub fn cookie(&self) -> &str {
        &self.cookie
    }

    /// The session's anti-forgery token.
    pub fn csrf(&self) -> &str {
        &self.csrf
    }

    /// GETs `path` with the session; the whole answer (headers, bytes).
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .header("cookie", &self.cookie)
            .send()
            .await
            .expect("the server answers")
    }

    /// GETs `path` with the session: the status and the page.
    pub async fn page(&self, path: &str) -> (u16, String) {
        status_and_text(self.get(path).await).await
    }

    /// Posts a form as the page would, its anti-forgery token added: the
    /// status and the page.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
        status_and_text(self.submit(path, fields).await).await
    }

    /// Posts a form with its anti-forgery token; the whole answer (for a
    /// redirect's `location`, or a cookie).
    pub async fn submit(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut form = vec![("csrf", self.csrf.as_str())];
        form.extend_from_slice(fields);
        self.post_without_token(path, &form).await
    }

    /// Posts `fields` as they are, with the session but no token of its
    /// own: for the tests of forged or stale forms.
    pub async fn post_without_token(
        &self,
        path: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("cookie", &self.cookie)
            .form(fields)
            .send()
            .await
            .expect("the server answers")
    }

    /// Posts a multipart form (field, file name if a file, value), its
    /// anti-forgery token first: the status and the page.
    pub async fn upload(&self, path: &str, parts: &[(&str, Option<&str>, &str)]) -> (u16, String) {
        let mut all = vec![("csrf", None, self.csrf.as_str())];
        all.extend_from_slice(parts);
        self.upload_without_token(path, &all).await
    }

    /// Posts a multipart form as it is, with the session only.
    pub async fn upload_without_token(
        &self,
        path: &str,
        parts: &[(&str, Option<&str>, &str)],
    ) -> (u16, String) {
        let response = self
            .client
            .post(format!("{}{path}", self.address))
            .header("cookie", &self.cookie)
            .header(
                "content-type",
                format!("multipart/form-data; boundary={BOUNDARY}"),
            )
            .body(multipart(parts))
            .send()
            .await
            .expect("the server answers");
        status_and_text(response).await
    }
}

const BOUNDARY: &str = "senim-test-boundary-7f3a";

/// A multipart body of (field, file name if a file, value) parts.
fn multipart(parts: &[(&str, Option<&str>, &str)]) -> String {
    let mut body = String::new();
    for (name, file, value) in parts {
        body.push_str(&format!("--{BOUNDARY}\r\n"));
        match file {
            Some(file) => body.push_str(&format!(
                "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\nContent-Type: text/plain\r\n\r\n"
            )),
            None => body.push_str(&format!(
                "Content-Disposition: form-data; name=\"{name}\"\r\n\r\n"
            )),
        }
        body.push_str(value);
        body.push_str("\r\n");
    }
    body.push_str(&format!("--{BOUNDARY}--\r\n"));
    body
}

async fn status_and_text(response: reqwest::Response) -> (u16, String) {
    let status = response.status().as_u16();
    (status, response.text().await.expect("a body"))
}

/// Posts a form with no session, as a visitor (or a forger) does.
pub async fn post(app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .form(form)
        .send()
        .await
        .expect("the server answers")
}

/// The anti-forgery token of a page's form.
pub fn csrf_of(html: &str) -> String {
    field_of(html, "csrf")
}

/// The first value of a hidden field `name` in a page.
pub fn field_of(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let from = html.find(&marker).expect("the field") + marker.len();
    html[from..from + html[from..].find('"').unwrap()].to_string()
}

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
    let (status, body) = app
        .post_json(
            "/api/v1/bookings",
            serde_json::json!({"site_id": site, "start": start, "nickname": nickname, "service": "sti_testing"}),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    body["code"].as_str().unwrap().to_string()
}

/// Books through the public HTML form, signed in or not; returns the page.
pub async fn book_form(
    app: &TestApp,
    site: &str,
    start: &str,
    nickname: &str,
    signed_in: Option<&Staff>,
) -> String {
    let response = post_booking_form(app, site, start, nickname, signed_in, false).await;
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
    worker: &Staff,
) -> String {
    let response = post_booking_form(app, site, start, nickname, Some(worker), true).await;
    assert_eq!(response.status().as_u16(), 200);
    response.text().await.unwrap()
}

/// Posts the public booking form, the referral box ticked or not.
pub async fn post_booking_form(
    app: &TestApp,
    site: &str,
    start: &str,
    nickname: &str,
    signed_in: Option<&Staff>,
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
    match signed_in {
        // The public booking form carries no token: the session only.
        Some(staff) => staff.post_without_token(&path, &form).await,
        None => post(app, &path, &form).await,
    }
}
