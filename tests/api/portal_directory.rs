//! Admins keep the directory true: a closed site leaves search, the map,
//! the API and open data at once, its bookings are listed and kept, and
//! reopening brings it back; both are audited. Stale rows come first.

use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app, spawn_app_with};

const SITE: &str = "demo-taraz-friendly-cabinet";

async fn published(app: &TestApp) -> (bool, bool, bool, bool) {
    let (_, sites) = app.get_json("/api/v1/sites").await;
    let in_sites = sites["features"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["id"] == SITE);
    let (_, near) = app
        .get_json("/api/v1/nearest?lat=42.9&lon=71.37&limit=20")
        .await;
    let in_nearest = near["results"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == SITE);
    let page = app.get(&format!("/ru/site/{SITE}")).await.status().as_u16() == 200;
    let fhir = app
        .get(&format!("/fhir/r4/Location/{SITE}"))
        .await
        .status()
        .as_u16()
        == 200;
    (in_sites, in_nearest, page, fhir)
}

#[tokio::test]
async fn closing_unpublishes_at_once_keeps_bookings_and_reopening_restores() {
    let app = spawn_app().await;
    let (_, slots) = app
        .get_json(&format!("/api/v1/sites/{SITE}/slots?days=14"))
        .await;
    let start = slots["slots"][0]["start"].as_str().unwrap().to_string();
    let booked = app
        .client
        .post(format!("{}/api/v1/bookings", app.address))
        .json(&serde_json::json!({"site_id": SITE, "start": start, "nickname": "Closing Test"}))
        .send()
        .await
        .unwrap();
    assert_eq!(booked.status().as_u16(), 201);
    assert_eq!(published(&app).await, (true, true, true, true));

    add_admin(&app, "admin.directory").await;
    let staff = sign_in(&app, "admin.directory").await;
    let page = staff.page("/en/staff/directory").await.1;
    assert!(page.contains(&format!("/staff/directory/{SITE}/close")));
    let closed = staff
        .submit(&format!("/en/staff/directory/{SITE}/close"), &[])
        .await;
    assert_eq!(closed.status().as_u16(), 200);
    let html = closed.text().await.unwrap();
    assert!(html.contains("id=\"directory-message\""), "{html}");
    let local_start = start[..16].replace('T', " ");
    assert!(
        html.contains(&local_start),
        "the booking to come is listed: {local_start}"
    );
    assert!(html.contains(&format!("/staff/directory/{SITE}/reopen")));
    assert_eq!(published(&app).await, (false, false, false, false));
    let hsds = app
        .get("/api/hsds/locations?per_page=1000")
        .await
        .text()
        .await
        .unwrap();
    assert!(!hsds.contains(SITE), "not in open data");
    let results = app
        .get("/ru?place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7")
        .await
        .text()
        .await
        .unwrap();
    assert!(!results.contains(SITE), "not in search");
    let kept = server::db::bookings::with_nicknames(&app.state.db)
        .await
        .unwrap();
    assert!(
        kept.iter()
            .filter_map(|b| app.state.day_keys.open(b.nickname.as_deref()?))
            .any(|nickname| nickname == "Closing Test"),
        "the booking is kept (its nickname sealed)"
    );

    let again = staff
        .submit(&format!("/en/staff/directory/{SITE}/close"), &[])
        .await;
    assert_eq!(again.status().as_u16(), 404, "already closed");
    let reopened = staff
        .submit(&format!("/en/staff/directory/{SITE}/reopen"), &[])
        .await;
    assert_eq!(reopened.status().as_u16(), 200);
    assert_eq!(published(&app).await, (true, true, true, true));
    let audit = staff.page("/en/staff/audit").await.1;
    assert!(
        audit.contains("site closed") && audit.contains("site reopened"),
        "audited"
    );
}

#[tokio::test]
async fn the_directory_lists_stale_rows_first_and_only_admins_see_it() {
    let app = spawn_app_with(|config| config.stale_after_days = 0).await;
    add_admin(&app, "admin.stale").await;
    let staff = sign_in(&app, "admin.stale").await;
    let page = staff.page("/en/staff/directory").await.1;
    // almaty-revansh was last checked 2026-11-22, almaty-aids-centre
    // 2026-11-24 (data/sites.csv): the older comes first, marked stale.
    let older = page.find("/site/almaty-revansh\"").expect("revansh listed");
    let newer = page
        .find("/site/almaty-aids-centre\"")
        .expect("the AIDS centre listed");
    assert!(older < newer, "least recently checked first");
    let row = &page[older..older + page[older..].find("</tr>").unwrap()];
    assert!(row.contains("not checked for a long time"), "{row}");
    add_staff(&app, "staff.directory", SITE).await;
    add_outreach(&app, "outreach.directory", "Org").await;
    for name in ["staff.directory", "outreach.directory"] {
        let staff = sign_in(&app, name).await;
        assert_eq!(
            staff.get("/en/staff/directory").await.status().as_u16(),
            404
        );
        let response = staff
            .post_without_token(&format!("/en/staff/directory/{SITE}/close"), &[])
            .await;
        assert_eq!(response.status().as_u16(), 404, "{name}");
    }
    assert_eq!(
        published(&app).await,
        (true, true, true, true),
        "nothing closed"
    );
}

#[tokio::test]
async fn a_site_added_or_corrected_in_the_portal_is_checked_like_an_imported_row_and_audited() {
    let app = spawn_app().await;
    add_admin(&app, "admin.editor").await;
    let staff = sign_in(&app, "admin.editor").await;
    let row = |id: &'static str, kind: &'static str| {
        vec![
            ("id", id.to_string()),
            ("name_ru", "Новая точка".to_string()),
            ("name_kk", "Жаңа нүкте".to_string()),
            ("name_en", "New point".to_string()),
            ("kind", kind.to_string()),
            ("city", "Taraz".to_string()),
            ("lat", "42.9".to_string()),
            ("lon", "71.366".to_string()),
            ("precision", "city".to_string()),
            ("services", "hiv_rapid_test:free".to_string()),
            ("languages", "ru".to_string()),
            ("timezone", "Asia/Almaty".to_string()),
            ("source_url", "https://example.org/check".to_string()),
            ("checked_on", "2026-11-24".to_string()),
            ("demo", "no".to_string()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>, path: String| {
        let staff = staff.clone();
        async move {
            let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            staff.submit(&path, &pairs).await
        }
    };
    let bad = send(
        row("taraz-new-point", "castle"),
        "/en/staff/directory/new".into(),
    )
    .await;
    assert_eq!(bad.status().as_u16(), 422);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("id=\"site-problems\"") && html.contains("Kind ("),
        "{html}"
    );
    let taken = send(row(SITE, "ngo"), "/en/staff/directory/new".into()).await;
    assert_eq!(taken.status().as_u16(), 422, "an id in use");
    let (_, sites) = app.get_json("/api/v1/sites").await;
    assert!(
        !sites.to_string().contains("taraz-new-point"),
        "nothing stored"
    );

    let added = send(
        row("taraz-new-point", "ngo"),
        "/en/staff/directory/new".into(),
    )
    .await;
    assert_eq!(added.status().as_u16(), 200);
    let (_, near) = app
        .get_json("/api/v1/nearest?lat=42.9&lon=71.366&limit=3")
        .await;
    assert!(
        near.to_string().contains("taraz-new-point"),
        "in search at once"
    );

    let mut corrected = row("taraz-new-point", "ngo");
    corrected.push(("phone", "+7 726 000 00 00".to_string()));
    let saved = send(corrected, "/en/staff/directory/taraz-new-point/edit".into()).await;
    assert_eq!(saved.status().as_u16(), 200);
    let audit = staff.page("/en/staff/audit").await.1;
    assert!(audit.contains("site added") && audit.contains("site corrected"));
    assert!(
        audit.contains("phone:  → +7 726 000 00 00"),
        "before and after"
    );
}

#[tokio::test]
async fn the_editor_refuses_a_site_more_than_50_km_from_its_settlement() {
    let app = spawn_app().await;
    add_admin(&app, "admin.far").await;
    let staff = sign_in(&app, "admin.far").await;
    let path = format!("/en/staff/directory/{SITE}/edit");
    let site = app.state.directory().site(SITE).cloned().unwrap();
    let record = site.to_record();
    let mut fields: Vec<(&str, String)> = server::domain::sites::site::Column::ALL
        .iter()
        .map(|c| (c.code(), record.value(*c).to_string()))
        .collect();
    // Karaganda's centre, named as the site's own settlement.
    for (column, value) in [("lat", "49.80187"), ("lon", "73.10211")] {
        fields.retain(|(k, _)| *k != column);
        fields.push((column, value.to_string()));
    }
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, html) = staff.post_form(&path, &pairs).await;
    assert_eq!(status, 422);
    let problems = &html[html.find("id=\"site-problems\"").expect("the problems")..];
    assert!(problems.contains("Latitude"), "{problems}");
    let stored = server::db::sites::load_all(&app.state.db).await.unwrap();
    let stored = stored.iter().find(|s| s.id == SITE).unwrap();
    assert_eq!(stored.location, site.location, "nothing changed");
}
