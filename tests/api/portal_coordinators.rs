//! Coordinators keep the directory of their regions only: a report on a
//! site reaches the coordinator of its region and not another region's;
//! closing, reopening, the directory page, the editor and every import
//! format are scoped the same way; a site's bookings are never theirs.

use crate::portal_import::IMPORT;
use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};
use server::domain::index::latlon::LatLon;
use server::domain::sites::site::Site;
use server::services::accounts;

/// In Almaty (region "Almaty"); demo-karagandy-ost-site is in "Karaganda".
const ALMATY_SITE: &str = "almaty-revansh";
const KARAGANDA_SITE: &str = "demo-karagandy-ost-site";

#[tokio::test]
async fn a_report_reaches_the_coordinator_of_its_region_only() {
    let app = spawn_app().await;
    add_coordinator(&app, "coord.almaty", "Almaty").await;
    add_coordinator(&app, "coord.karaganda", "Karaganda").await;
    let note = "Moved to the second floor of the same building";
    let sent = post(
        &app,
        &format!("/en/site/{ALMATY_SITE}"),
        &[("problem", "moved"), ("note", note)],
    )
    .await;
    assert_eq!(sent.status().as_u16(), 200);

    let karaganda = sign_in(&app, "coord.karaganda").await;
    let queue = karaganda.page("/en/staff/site-reports").await.1;
    assert!(
        !queue.contains(note),
        "another region's coordinator does not see it"
    );
    let almaty = sign_in(&app, "coord.almaty").await;
    let queue = almaty.page("/en/staff/site-reports").await.1;
    assert!(queue.contains(note), "the region's coordinator does");
    let from = queue.find("/staff/site-reports/").unwrap() + 20;
    let id = queue[from..from + queue[from..].find('"').unwrap()].to_string();

    let refused = karaganda
        .submit(
            &format!("/en/staff/site-reports/{id}"),
            &[("outcome", "dismissed")],
        )
        .await;
    assert_eq!(refused.status().as_u16(), 404, "not theirs to end");
    let ended = almaty
        .submit(
            &format!("/en/staff/site-reports/{id}"),
            &[("outcome", "resolved")],
        )
        .await;
    assert_eq!(ended.status().as_u16(), 200);
}

#[tokio::test]
async fn coordinators_see_and_close_only_their_regions_sites() {
    let app = spawn_app().await;
    add_coordinator(&app, "coord.k", "Karaganda").await;
    let staff = sign_in(&app, "coord.k").await;
    let page = staff.page("/en/staff/directory").await.1;
    assert!(page.contains(&format!("/staff/directory/{KARAGANDA_SITE}/close")));
    assert!(!page.contains(ALMATY_SITE), "no other region's site");
    let refused = staff
        .submit(&format!("/en/staff/directory/{ALMATY_SITE}/close"), &[])
        .await;
    assert_eq!(refused.status().as_u16(), 404);
    let (_, sites) = app.get_json("/api/v1/sites").await;
    let published = |sites: &serde_json::Value, id: &str| {
        sites["features"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["id"] == id)
    };
    assert!(published(&sites, ALMATY_SITE), "still published");
    let closed = staff
        .submit(&format!("/en/staff/directory/{KARAGANDA_SITE}/close"), &[])
        .await;
    assert_eq!(closed.status().as_u16(), 200);
    let (_, sites) = app.get_json("/api/v1/sites").await;
    assert!(!published(&sites, KARAGANDA_SITE));

    // Their region's sites are theirs to edit; no other region's.
    let own = staff
        .get("/en/staff/site/karaganda-aids-centre/profile")
        .await;
    assert_eq!(own.status().as_u16(), 200, "a site of their region");
    let other = staff
        .get("/en/staff/site/demo-aktobe-aids-centre/profile")
        .await;
    assert_eq!(
        other.status().as_u16(),
        404,
        "Aktobe is not in Karaganda region"
    );
    let home = staff.page("/en/staff").await.1;
    assert!(home.contains("/staff/directory") && !home.contains("/staff/accounts"));
    assert_eq!(staff.get("/en/staff/accounts").await.status().as_u16(), 404);
}

#[tokio::test]
async fn an_admin_creates_a_coordinator_with_a_region_and_not_without() {
    let app = spawn_app().await;
    add_admin(&app, "admin.coord").await;
    let staff = sign_in(&app, "admin.coord").await;
    let form = |region| {
        [
            ("username", "coord.new"),
            ("role", "coordinator"),
            ("region", region),
            ("password", PASSWORD),
        ]
    };
    let (status, page) = staff.post_form("/en/staff/accounts", &form("")).await;
    assert_eq!(status, 422);
    assert!(page.contains("at least one region"));
    let (status, _) = staff
        .post_form("/en/staff/accounts", &form("Karaganda"))
        .await;
    assert_eq!(status, 200);
    let list = staff.page("/en/staff/accounts").await.1;
    let row = &list[list.find("coord.new").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Karaganda"), "the region is listed: {row}");
    let coordinator = sign_in(&app, "coord.new").await;
    let page = coordinator.page("/en/staff/directory").await.1;
    assert!(page.contains(KARAGANDA_SITE) && !page.contains(ALMATY_SITE));
}

#[tokio::test]
async fn a_coordinator_cannot_add_a_site_outside_their_regions() {
    let app = spawn_app().await;
    add_coordinator(&app, "coord.kk", "Karaganda").await;
    let staff = sign_in(&app, "coord.kk").await;
    let fields = [
        ("id", "almaty-elsewhere"),
        ("name_ru", "Где-то"),
        ("name_kk", "Бір жерде"),
        ("name_en", "Elsewhere"),
        ("kind", "ngo"),
        ("city", "Almaty"),
        ("lat", "43.25"),
        ("lon", "76.91"),
        ("precision", "city"),
        ("timezone", "Asia/Almaty"),
        ("source_url", "https://example.org/x"),
        ("checked_on", "2026-11-24"),
        ("demo", "no"),
    ];
    let (status, _) = staff.post_form("/en/staff/directory/new", &fields).await;
    assert_eq!(status, 422);
    let (_, sites) = app.get_json("/api/v1/sites").await;
    assert!(!sites.to_string().contains("almaty-elsewhere"));
}

/// The stored city of `id`.
async fn stored_city(app: &TestApp, id: &str) -> String {
    let sites = server::db::sites::load_all(&app.state.db).await.unwrap();
    sites.into_iter().find(|s| s.id == id).unwrap().city
}

#[tokio::test]
async fn a_coordinator_cannot_import_another_regions_site_into_theirs_in_any_format() {
    let app = spawn_app().await;
    add_coordinator(&app, "coord.kar", "Karaganda").await;
    let staff = sign_in(&app, "coord.kar").await;
    let almaty = app
        .state
        .directory()
        .site("almaty-aids-centre")
        .cloned()
        .unwrap();
    // Everything a takeover needs: the city and place of Karaganda, and
    // the coordinator's own phone.
    let moved = Site {
        city: "Karagandy".into(),
        location: LatLon::new(49.80187, 73.10211).unwrap(),
        phone: Some("+7 700 000 00 00".into()),
        ..almaty
    };
    let today = chrono::Utc::now().date_naive();
    for (file, line) in [
        ("moved.csv", 2),
        ("moved.geojson", 1),
        ("moved.hsds.json", 1),
    ] {
        let text = server::cli::write_file(file, std::slice::from_ref(&moved), today);
        let (status, html) = staff.upload(IMPORT, &[("file", Some(file), &text)]).await;
        assert_eq!(status, 422, "{file}: {html}");
        assert!(!html.contains("id=\"import-confirm\""), "{file}");
        let refused = &html[html.find("import-row import-refused").expect(file)..];
        assert!(
            refused.contains(&format!("<td>{line}</td>")),
            "{file}: the line"
        );
        assert!(
            refused
                .contains("almaty-aids-centre is a site in Almaty, which is not in your regions"),
            "{file}: the reason: {refused}"
        );
        let (status, _) = staff
            .upload(
                IMPORT,
                &[
                    ("name", None, file),
                    ("text", None, &text),
                    ("confirm", None, "1"),
                ],
            )
            .await;
        assert_eq!(status, 422, "{file}: confirming anyway is refused");
        assert_eq!(
            stored_city(&app, "almaty-aids-centre").await,
            "Almaty",
            "{file}"
        );
    }
    let audited = accounts::audit_log(&app.state, 10).await.unwrap();
    assert!(audited.is_empty(), "nothing changed: {:?}", audited.len());
}

#[tokio::test]
async fn a_coordinator_gets_404_at_every_reception_address_but_keeps_the_sites_hours() {
    let app = spawn_app().await;
    add_coordinator(&app, "coord.rec", "Karaganda").await;
    let staff = sign_in(&app, "coord.rec").await;
    let home = staff.page("/en/staff").await.1;
    assert!(home.contains(&format!("/staff/site/{KARAGANDA_SITE}/hours")));
    assert!(!home.contains("/bookings"), "no reception link: {home}");
    let site = |path: &str| format!("/en/staff/site/{KARAGANDA_SITE}/{path}");
    for page in ["bookings", "bookings?date=2030-01-07", "week"] {
        let response = staff.get(&site(page)).await;
        assert_eq!(response.status().as_u16(), 404, "{page}");
    }
    let hours = staff.get(&site("hours")).await;
    assert_eq!(hours.status().as_u16(), 200);
    let csrf = csrf_of(&hours.text().await.unwrap());
    for action in ["bookings/status", "bookings/code", "slots", "walk-ins"] {
        let form = [
            ("csrf", csrf.as_str()),
            ("booking", "x"),
            ("status", "cancelled"),
            ("code", "ABCD-EFGH"),
            ("start", "2030-01-07T05:00:00Z"),
            ("blocked", "1"),
            ("service", "sti_testing"),
        ];
        let response = staff.post_without_token(&site(action), &form).await;
        assert_eq!(response.status().as_u16(), 404, "{action}");
    }
    let week = [
        ("csrf", csrf.as_str()),
        ("d3i1from", "10:00"),
        ("d3i1to", "14:00"),
        ("slot_minutes", "30"),
        ("capacity", "1"),
        ("notice_hours", "1"),
        ("days_ahead", "14"),
    ];
    let saved = staff.post_without_token(&site("hours"), &week).await;
    assert_eq!(saved.status().as_u16(), 200);
    let sites = server::db::sites::load_all(&app.state.db).await.unwrap();
    let kept = sites.iter().find(|s| s.id == KARAGANDA_SITE).unwrap();
    assert_eq!(kept.hours.as_ref().map(|h| h.raw()), Some("We 10:00-14:00"));
    let profile = staff.get(&site("profile")).await;
    assert_eq!(profile.status().as_u16(), 200, "and its profile");
}

#[tokio::test]
async fn an_import_is_checked_again_on_the_stored_rows_when_it_writes() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let app = spawn_app().await;
    add_coordinator(&app, "coord.race", "Almaty").await;
    let account = server::db::accounts::by_username(&app.state.db, "coord.race")
        .await
        .unwrap()
        .unwrap();
    let actor = server::services::Actor {
        account_id: account.id,
    };
    let site = app.state.directory().site(ALMATY_SITE).cloned().unwrap();
    let renamed = Site {
        phone: Some("+7 700 000 00 00".into()),
        ..site
    };
    let today = chrono::Utc::now().date_naive();
    let text = server::cli::write_file("one.csv", std::slice::from_ref(&renamed), today);
    // The site is the coordinator's while the preview runs (its two
    // checks: the row's settlement and the site's), and no longer when
    // the rows are read again to be written, as if another keeper had
    // moved it in between.
    let asked = AtomicUsize::new(0);
    let allowed = |_: &str| asked.fetch_add(1, Ordering::SeqCst) < 2;
    let preview = server::services::import::preview(&app.state, "one.csv", &text, &allowed)
        .await
        .unwrap();
    assert!(matches!(
        preview[0].outcome,
        server::services::import::RowOutcome::Changed(_)
    ));
    asked.store(0, Ordering::SeqCst);
    let applied =
        server::services::import::apply(&app.state, actor, "one.csv", &text, &allowed).await;
    assert!(
        applied.is_err(),
        "refused by the check inside the transaction"
    );
    let stored = server::db::sites::load_all(&app.state.db).await.unwrap();
    let stored = stored.iter().find(|s| s.id == ALMATY_SITE).unwrap();
    assert_ne!(
        stored.phone.as_deref(),
        Some("+7 700 000 00 00"),
        "nothing written"
    );
    let audited = accounts::audit_log(&app.state, 10).await.unwrap();
    assert!(audited.is_empty());
}
