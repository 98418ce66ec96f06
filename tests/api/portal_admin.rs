//! Admins create and disable accounts and read the audit log; everyone
//! changes their own password. Nobody else reaches the admin pages.

use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};

async fn account_count(app: &TestApp) -> usize {
    server::db::accounts::list(&app.state.db)
        .await
        .unwrap()
        .len()
}

async fn sign_in_with(app: &TestApp, name: &str, password: &str) -> u16 {
    try_sign_in(app, name, password).await.status().as_u16()
}

#[tokio::test]
async fn an_admin_creates_and_disables_accounts_and_reads_the_audit_log() {
    let app = spawn_app().await;
    add_admin(&app, "admin.zhanna").await;
    let admin = sign_in(&app, "admin.zhanna").await;
    let page = admin.get("/en/staff/accounts").await;
    assert_eq!(page.status().as_u16(), 200);
    let create = |form: Vec<(&'static str, String)>| {
        let admin = admin.clone();
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            admin.post_form("/en/staff/accounts", &form).await
        }
    };
    let nurse = |password: &str| {
        vec![
            ("username", "nurse.new".to_string()),
            ("role", "staff".to_string()),
            ("site", DEMO_SITE.to_string()),
            ("site", OTHER_SITE.to_string()),
            ("organisation", String::new()),
            ("password", password.to_string()),
        ]
    };
    let before = account_count(&app).await;
    let (status, html) = create(nurse("short")).await;
    assert_eq!(status, 422);
    assert!(html.contains("at least 12 characters") && html.contains("value=\"nurse.new\""));
    let mut no_site = nurse(PASSWORD);
    no_site.retain(|(k, _)| *k != "site");
    let (status, html) = create(no_site).await;
    assert_eq!(status, 422);
    assert!(html.contains("needs at least one site"));
    assert_eq!(account_count(&app).await, before, "nothing created");

    let (status, html) = create(nurse(PASSWORD)).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Account created"));
    let (status, html) = create(nurse(PASSWORD)).await;
    assert_eq!(status, 422);
    assert!(html.contains("This username is taken"));

    let new_nurse = sign_in(&app, "nurse.new").await;
    let home = new_nurse.page("/en/staff").await.1;
    assert!(
        home.contains(DEMO_SITE) && home.contains(OTHER_SITE),
        "both sites"
    );
    for path in ["/en/staff/accounts", "/en/staff/audit"] {
        let response = new_nurse.get(path).await;
        assert_eq!(response.status().as_u16(), 404, "{path} is for admins");
    }
    let smuggled = new_nurse
        .submit(
            "/en/staff/accounts",
            &[
                ("username", "sneaky.admin"),
                ("role", "admin"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(smuggled.status().as_u16(), 404);

    let list = admin.page("/en/staff/accounts").await.1;
    let id = {
        let at = list.find("nurse.new").unwrap();
        let from = list[at..].find("/staff/accounts/").unwrap() + at + 16;
        list[from..from + list[from..].find('/').unwrap()].to_string()
    };
    let disabled = admin
        .submit(
            &format!("/en/staff/accounts/{id}/access"),
            &[("disabled", "1")],
        )
        .await;
    assert_eq!(disabled.status().as_u16(), 200);
    let after = new_nurse.get("/en/staff").await;
    assert_eq!(
        after.status().as_u16(),
        303,
        "a disabled account's session ends"
    );
    assert_eq!(sign_in_with(&app, "nurse.new", PASSWORD).await, 401);

    let own_row = {
        let at = list.find("<td>admin.zhanna").unwrap();
        &list[at..at + list[at..].find("</tr>").unwrap()]
    };
    assert!(
        !own_row.contains("<form"),
        "no disable button on one's own row"
    );

    let audit = admin.page("/en/staff/audit").await.1;
    assert!(
        audit.contains("account created") && audit.contains("account disabled"),
        "{audit}"
    );
    assert!(audit.contains("nurse.new (staff)"));
}

#[tokio::test]
async fn a_password_change_needs_the_current_one_and_ends_other_sign_ins() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let phone = sign_in(&app, "nurse.aigul").await;
    let desk = sign_in(&app, "nurse.aigul").await;
    let new = "a brand new passphrase";
    let change = |current: &'static str, new: &'static str, repeat: &'static str| {
        let desk = desk.clone();
        async move {
            let response = desk
                .submit(
                    "/en/staff/password",
                    &[
                        ("current_password", current),
                        ("new_password", new),
                        ("repeat_password", repeat),
                    ],
                )
                .await;
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (status, html) = change("wrong password!!", new, new).await;
    assert_eq!(status, 422);
    assert!(html.contains("The current password is wrong"));
    let (status, html) = change(PASSWORD, new, "something else entirely").await;
    assert_eq!(status, 422);
    assert!(html.contains("The two new passwords differ"));
    let (status, html) = change(PASSWORD, "too short", "too short").await;
    assert_eq!(status, 422);
    assert!(html.contains("at least 12 characters"));
    assert_eq!(
        sign_in_with(&app, "nurse.aigul", PASSWORD).await,
        303,
        "unchanged so far"
    );

    let (status, html) = change(PASSWORD, new, new).await;
    assert_eq!(status, 200);
    assert!(html.contains("Password changed"));
    assert_eq!(
        phone.get("/en/staff").await.status().as_u16(),
        303,
        "other sign-in ended"
    );
    assert_eq!(
        desk.get("/en/staff").await.status().as_u16(),
        200,
        "this one stays"
    );
    assert_eq!(sign_in_with(&app, "nurse.aigul", PASSWORD).await, 401);
    assert_eq!(sign_in_with(&app, "nurse.aigul", new).await, 303);
}

#[tokio::test]
async fn expired_sign_ins_are_removed_and_no_longer_open_the_portal() {
    let app = spawn_app().await;
    add_admin(&app, "admin.one").await;
    let staff = sign_in(&app, "admin.one").await;
    assert_eq!(staff.get("/en/staff").await.status().as_u16(), 200);
    let purge_at = |at| {
        let db = app.state.db.clone();
        async move {
            let mut tx = db.begin().await.unwrap();
            let idle_since = at - chrono::Duration::minutes(30);
            let purged = server::db::sessions::delete_expired(&mut tx, at, idle_since)
                .await
                .unwrap();
            tx.commit().await.unwrap();
            purged
        }
    };
    assert_eq!(purge_at(chrono::Utc::now()).await, 0, "still live");
    let after_expiry = chrono::Utc::now() + chrono::Duration::hours(13);
    assert_eq!(purge_at(after_expiry).await, 1);
    let gone = staff.get("/en/staff").await;
    assert_eq!(gone.status().as_u16(), 303, "back to sign-in");
}
