//! Limits on tries: the look-up limit counts each client behind a trusted
//! reverse proxy on its own, nobody else can pick an address with
//! `X-Forwarded-For`, and instances on one database share every count.

use senim_tests::{TestApp, post_sign_in, spawn_app, spawn_app_with};
use serde_json::json;

/// One look-up of a code nobody has, as if from `forwarded_for`.
async fn look_up(app: &TestApp, forwarded_for: &str) -> u16 {
    look_up_at(app, &app.address, forwarded_for).await
}

/// The same, through the instance at `base`.
async fn look_up_at(app: &TestApp, base: &str, forwarded_for: &str) -> u16 {
    app.client
        .post(format!("{base}/api/v1/bookings/lookup"))
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

#[tokio::test]
async fn limits_are_shared_by_instances_and_never_store_the_address() {
    let trusted = server::config::parse_trusted("127.0.0.1").unwrap();
    let app = spawn_app_with(|config| config.trusted_proxies = trusted).await;
    let other = app.another_instance().await;
    let client = "203.0.113.77";
    for i in 0..20 {
        let base = if i % 2 == 0 { &app.address } else { &other };
        assert_eq!(look_up_at(&app, base, client).await, 404);
    }
    assert_eq!(
        look_up_at(&app, &other, client).await,
        429,
        "one budget for both"
    );
    assert_eq!(look_up(&app, client).await, 429);
    let stored = app.database_bytes();
    for kept in ["203.0.113.77", "127.0.0.1"] {
        assert!(
            !stored.windows(kept.len()).any(|w| w == kept.as_bytes()),
            "{kept} is stored"
        );
    }
}

#[tokio::test]
async fn a_sign_in_lockout_earned_on_one_instance_holds_on_the_other() {
    let app = spawn_app().await;
    senim_tests::portal::add_admin(&app, "admin.one").await;
    let other = app.another_instance().await;
    let sign_in_at = |base: String, password: &'static str| {
        let client = app.client.clone();
        async move {
            let response = post_sign_in(&client, &base, "admin.one", password).await;
            response.status().as_u16()
        }
    };
    for _ in 0..5 {
        assert_eq!(
            sign_in_at(app.address.clone(), "not the password").await,
            401
        );
    }
    let right = senim_tests::portal::PASSWORD;
    assert_eq!(
        sign_in_at(other.clone(), right).await,
        429,
        "locked there too"
    );
}

#[tokio::test]
async fn counts_go_when_their_window_ends() {
    use server::domain::access::try_limit::TryLimit;
    let app = spawn_app().await;
    let limit = TryLimit::LOOKUPS;
    let now = chrono::Utc::now();
    let mut tx = app.state.db.begin().await.unwrap();
    assert_eq!(
        server::db::tries::count(&mut tx, &limit, "k", now)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        server::db::tries::count(&mut tx, &limit, "k", now)
            .await
            .unwrap(),
        2
    );
    tx.commit().await.unwrap();
    let tries = server::db::tries::tries(&app.state.db, &limit, "k", now).await;
    assert_eq!(tries.unwrap(), 2);
    let later = now + limit.window;
    let mut tx = app.state.db.begin().await.unwrap();
    let deleted = server::db::tries::delete_ended(&mut tx, &limit, later).await;
    assert_eq!(deleted.unwrap(), 1);
    let fresh = server::db::tries::count(&mut tx, &limit, "k", later).await;
    assert_eq!(fresh.unwrap(), 1, "a new window");
    tx.commit().await.unwrap();
}
