//! Sign-in under attack: every try is counted before its password is
//! checked, per username and client (5 per 15 minutes) and per username
//! overall (50), so parallel tries cannot slip past the lockout and a
//! stranger cannot lock reception out; every try costs one password check,
//! whether the username exists or not; sessions end when unused; over
//! HTTPS the cookie is `__Host-` and every answer carries HSTS.

use senim_tests::portal::*;
use senim_tests::{TestApp, post_sign_in, sign_in_form, spawn_app, spawn_app_with};
use server::domain::access::client_key::ClientKey;
use server::services::accounts::{self, AccountsError};

/// The server behind a trusted proxy (this test), so `X-Forwarded-For`
/// names the client.
async fn behind_a_proxy() -> TestApp {
    let trusted = server::config::parse_trusted("127.0.0.1").unwrap();
    spawn_app_with(|config| config.trusted_proxies = trusted).await
}

/// One sign-in try through the form, as the client at `client`.
async fn sign_in_from(app: &TestApp, client: &str, username: &str, password: &str) -> u16 {
    let (cookie, token) = sign_in_form(&app.client, &app.address).await;
    let form = [
        ("username", username),
        ("password", password),
        ("sign_in_token", token.as_str()),
    ];
    app.client
        .post(format!("{}/en/staff/login", app.address))
        .header("x-forwarded-for", client)
        .header("cookie", cookie)
        .form(&form)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

fn count(statuses: &[u16], status: u16) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_parallel_wrong_passwords_lock_out_the_attacking_client_only() {
    let app = behind_a_proxy().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    let checks_before = app.state.passwords.checks();
    let attacker = "203.0.113.66";
    // One sign-in page's token serves every try, as a script would use it.
    let (form_cookie, token) = sign_in_form(&app.client, &app.address).await;

    let tries: Vec<_> = (0..200)
        .map(|_| {
            let (client, address) = (app.client.clone(), app.address.clone());
            let (form_cookie, token) = (form_cookie.clone(), token.clone());
            tokio::spawn(async move {
                let form = [
                    ("username", "nurse.aigul"),
                    ("password", "wrong password!"),
                    ("sign_in_token", token.as_str()),
                ];
                let url = format!("{address}/en/staff/login");
                let request = client.post(url).header("x-forwarded-for", attacker);
                let request = request.header("cookie", form_cookie);
                request.form(&form).send().await.unwrap().status().as_u16()
            })
        })
        .collect();
    // Meanwhile, other people use the site.
    let (page, health, booking) = tokio::join!(
        app.client
            .get(format!("{}/en", app.address))
            .header("x-forwarded-for", "198.51.100.20")
            .send(),
        app.client
            .get(format!("{}/healthz", app.address))
            .header("x-forwarded-for", "198.51.100.21")
            .send(),
        app.client
            .post(format!("{}/api/v1/bookings", app.address))
            .header("x-forwarded-for", "198.51.100.22")
            .json(&serde_json::json!({
                "site_id": DEMO_SITE, "start": start, "nickname": "Guest", "service": "sti_testing"
            }))
            .send(),
    );
    let mut statuses = vec![];
    for attempt in tries {
        statuses.push(attempt.await.unwrap());
    }

    assert_eq!(page.unwrap().status().as_u16(), 200, "a public page");
    assert_eq!(health.unwrap().status().as_u16(), 200, "/healthz");
    assert_eq!(booking.unwrap().status().as_u16(), 201, "a booking");
    assert_eq!(statuses.len(), 200);
    assert_eq!(count(&statuses, 401), 5, "five tries checked: {statuses:?}");
    assert_eq!(count(&statuses, 429), 195, "the rest refused: {statuses:?}");
    assert_eq!(
        app.state.passwords.checks() - checks_before,
        5,
        "no password checked past the lockout"
    );
    assert_eq!(
        sign_in_from(&app, attacker, "nurse.aigul", PASSWORD).await,
        429,
        "the attacking client is locked out of the username"
    );
    assert_eq!(
        sign_in_from(&app, "198.51.100.7", "nurse.aigul", PASSWORD).await,
        303,
        "reception, elsewhere, signs in"
    );
}

#[tokio::test]
async fn a_username_locks_for_everyone_only_after_ten_clients_use_up_their_tries() {
    let app = behind_a_proxy().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let mut statuses = vec![];
    for client in 1..=9 {
        for _ in 0..5 {
            let address = format!("203.0.113.{client}");
            statuses.push(sign_in_from(&app, &address, "nurse.aigul", "wrong password!").await);
        }
    }
    assert_eq!(count(&statuses, 401), 45, "{statuses:?}");
    let reception = "198.51.100.7";
    assert_eq!(
        sign_in_from(&app, reception, "nurse.aigul", PASSWORD).await,
        303,
        "other clients' failures below the overall limit do not matter"
    );
    // Tries 47 to 50 are checked; the 51st is past the overall limit.
    let mut tenth = vec![];
    for _ in 0..5 {
        tenth.push(sign_in_from(&app, "203.0.113.10", "nurse.aigul", "wrong password!").await);
    }
    assert_eq!(tenth, [401, 401, 401, 401, 429]);
    assert_eq!(
        sign_in_from(&app, reception, "nurse.aigul", PASSWORD).await,
        429,
        "fifty tries in 15 minutes lock the username everywhere"
    );
    assert_eq!(
        sign_in_from(&app, reception, "nurse.other", PASSWORD).await,
        401,
        "other usernames are not affected"
    );
}

#[tokio::test]
async fn a_right_password_forgets_the_clients_earlier_failures() {
    let app = behind_a_proxy().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let desk = "198.51.100.7";
    for _ in 0..4 {
        assert_eq!(
            sign_in_from(&app, desk, "nurse.aigul", "wrong password!").await,
            401
        );
    }
    assert_eq!(sign_in_from(&app, desk, "nurse.aigul", PASSWORD).await, 303);
    for _ in 0..4 {
        assert_eq!(
            sign_in_from(&app, desk, "nurse.aigul", "wrong password!").await,
            401,
            "a fresh count"
        );
    }
}

#[tokio::test]
async fn unknown_disabled_and_known_usernames_each_cost_one_password_check() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    add_staff(&app, "nurse.gone", DEMO_SITE).await;
    let gone = server::db::accounts::by_username(&app.state.db, "nurse.gone")
        .await
        .unwrap()
        .unwrap();
    let mut tx = app.state.db.begin().await.unwrap();
    server::db::accounts::set_disabled(&mut tx, gone.id, true)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let client = ClientKey::of("203.0.113.5".parse().unwrap());
    for (username, password) in [
        ("nurse.aigul", "wrong password!"),
        ("nobody.here", PASSWORD),
        ("nurse.gone", PASSWORD),
    ] {
        let before = app.state.passwords.checks();
        let refused = accounts::sign_in(&app.state, &client, username, password).await;
        assert!(
            matches!(refused, Err(AccountsError::SignInFailed)),
            "{username}: the same answer"
        );
        assert_eq!(
            app.state.passwords.checks(),
            before + 1,
            "{username}: one check"
        );
    }
    let before = app.state.passwords.checks();
    let signed_in = accounts::sign_in(&app.state, &client, " Nurse.Aigul ", PASSWORD).await;
    assert!(signed_in.is_ok());
    assert_eq!(app.state.passwords.checks(), before + 1);
}

#[tokio::test]
async fn a_wrong_current_password_counts_like_a_failed_sign_in() {
    let app = behind_a_proxy().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let change = |client: &'static str, current: &'static str| {
        let (app, staff) = (&app, staff.clone());
        async move {
            let new = "a new long enough secret";
            let form = [
                ("csrf", staff.csrf()),
                ("current_password", current),
                ("new_password", new),
                ("repeat_password", new),
            ];
            app.client
                .post(format!("{}/en/staff/password", app.address))
                .header("cookie", staff.cookie())
                .header("x-forwarded-for", client)
                .form(&form)
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let thief = "203.0.113.9";
    for _ in 0..5 {
        assert_eq!(change(thief, "a guessed password").await, 422);
    }
    assert_eq!(
        change(thief, PASSWORD).await,
        429,
        "locked, right password or not"
    );
    assert_eq!(
        change("198.51.100.7", PASSWORD).await,
        200,
        "the nurse's own desk"
    );
}

/// The session token a `name=value` cookie carries.
fn token_of(cookie: &str) -> String {
    cookie.split_once('=').unwrap().1.to_string()
}

/// When the session of `cookie` was last seen, as stored.
async fn last_seen(app: &TestApp, cookie: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    let hash = server::domain::access::token::sha256_hex(&token_of(cookie));
    let now = chrono::Utc::now();
    let long_ago = now - chrono::Duration::days(1);
    let live = server::db::sessions::live(&app.state.db, &hash, now, long_ago).await;
    live.unwrap().map(|session| session.last_seen)
}

#[tokio::test]
async fn a_session_unused_for_its_idle_time_ends_and_one_in_use_goes_on() {
    let app =
        spawn_app_with(|config| config.session_idle = std::time::Duration::from_secs(3)).await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let signed_in_at = last_seen(&app, staff.cookie()).await.unwrap();
    for _ in 0..5 {
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        let page = staff.get("/en/staff").await;
        assert_eq!(page.status().as_u16(), 200, "in use for longer than 3 s");
    }
    assert!(last_seen(&app, staff.cookie()).await.unwrap() > signed_in_at);
    tokio::time::sleep(std::time::Duration::from_millis(4500)).await;
    let idle = staff.get("/en/staff").await;
    assert_eq!(idle.status().as_u16(), 303, "unused for 4.5 s: signed out");
    assert_eq!(idle.headers()["location"], "/en/staff/login");
    let purged = accounts::purge_expired_sessions(&app.state).await.unwrap();
    assert_eq!(purged, 1, "and removed by the hourly sweep");
}

#[tokio::test]
async fn a_session_in_use_is_written_down_at_most_once_a_minute_and_ends_after_12_hours() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let signed_in_at = last_seen(&app, staff.cookie()).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    for _ in 0..3 {
        assert_eq!(staff.get("/en/staff").await.status().as_u16(), 200);
    }
    assert_eq!(
        last_seen(&app, staff.cookie()).await.unwrap(),
        signed_in_at,
        "not written on every request"
    );
    assert!(in_use_at(&app, staff.cookie(), 11).await, "within 12 hours");
    assert!(
        !in_use_at(&app, staff.cookie(), 13).await,
        "12 hours at most, however busy"
    );
}

/// Whether the session of `cookie` would still be live `hours` from now,
/// were it in use all the while.
async fn in_use_at(app: &TestApp, cookie: &str, hours: i64) -> bool {
    let hash = server::domain::access::token::sha256_hex(&token_of(cookie));
    let then = chrono::Utc::now() + chrono::Duration::hours(hours);
    let long_ago = chrono::Utc::now() - chrono::Duration::days(1);
    let live = server::db::sessions::live(&app.state.db, &hash, then, long_ago).await;
    live.unwrap().is_some()
}

#[tokio::test]
async fn over_https_every_answer_carries_hsts_and_the_cookie_is_host_prefixed() {
    let app = spawn_app_with(|config| config.https = true).await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    for path in ["/healthz", "/en", "/en/staff/login", "/no-such-page"] {
        let response = app.get(path).await;
        assert_eq!(
            response.headers()["strict-transport-security"],
            "max-age=63072000; includeSubDomains",
            "{path}"
        );
    }
    let response = post_sign_in(&app.client, &app.address, "nurse.aigul", PASSWORD).await;
    assert_eq!(response.status().as_u16(), 303);
    let set_cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(
        set_cookie.starts_with("__Host-senim_portal=")
            && set_cookie.contains("; Path=/;")
            && set_cookie.contains("HttpOnly")
            && set_cookie.contains("SameSite=Strict")
            && set_cookie.ends_with("; Secure")
            && !set_cookie.contains("Domain"),
        "{set_cookie}"
    );
    let cookie = set_cookie.split(';').next().unwrap().to_string();
    let holder = |cookie: &str| Staff::holding(&app, cookie);
    assert_eq!(
        holder(&cookie).get("/en/staff").await.status().as_u16(),
        200
    );
    let unprefixed = format!("senim_portal={}", token_of(&cookie));
    assert_eq!(
        holder(&unprefixed).get("/en/staff").await.status().as_u16(),
        303,
        "a cookie without the prefix is not believed over HTTPS"
    );
}

#[tokio::test]
async fn over_plain_http_there_is_no_hsts_and_the_cookie_has_a_plain_name() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    for path in ["/healthz", "/en", "/en/staff/login"] {
        let response = app.get(path).await;
        assert!(
            response
                .headers()
                .get("strict-transport-security")
                .is_none(),
            "{path}"
        );
    }
    let response = post_sign_in(&app.client, &app.address, "nurse.aigul", PASSWORD).await;
    let set_cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(
        set_cookie.starts_with("senim_portal=") && !set_cookie.contains("Secure"),
        "{set_cookie}"
    );
}
