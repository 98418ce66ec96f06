//! The look-up limit counts each client behind a trusted reverse proxy on
//! its own, and nobody else can pick an address with `X-Forwarded-For`.

use senim_tests::{TestApp, spawn_app, spawn_app_with};
use serde_json::json;

/// One look-up of a code nobody has, as if from `forwarded_for`.
async fn look_up(app: &TestApp, forwarded_for: &str) -> u16 {
    app.client
        .post(format!("{}/api/v1/bookings/lookup", app.address))
        .header("x-forwarded-for", forwarded_for)
        .json(&json!({ "code": "0000-0000" }))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_budget() {
    let trusted = server::config::parse_trusted("127.0.0.1").unwrap();
    let app = spawn_app_with(|config| config.trusted_proxies = trusted).await;
    for _ in 0..20 {
        assert_eq!(look_up(&app, "203.0.113.1").await, 404);
    }
    assert_eq!(
        look_up(&app, "203.0.113.1").await,
        429,
        "its budget is spent"
    );
    assert_eq!(
        look_up(&app, "203.0.113.2").await,
        404,
        "another visitor is not blocked"
    );
    assert_eq!(
        look_up(&app, "203.0.113.1, 203.0.113.2").await,
        404,
        "the right-most hop is the client"
    );
}

#[tokio::test]
async fn without_a_trusted_proxy_the_header_changes_nothing() {
    let app = spawn_app().await;
    for i in 0..20 {
        assert_eq!(look_up(&app, &format!("198.51.100.{i}")).await, 404);
    }
    assert_eq!(look_up(&app, "198.51.100.99").await, 429);
}
