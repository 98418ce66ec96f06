//! Staff edit their site's profile: checked like an imported row, refused
//! field by field in the user's language, public at once when saved and
//! audited field by field. A change to where and how to reach the site is
//! said as such on its page for two weeks, and the region's coordinators
//! confirm or undo it.

use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};
use server::services::accounts;

async fn stored_profile(app: &TestApp) -> (String, String, String) {
    let sites = server::db::sites::load_all(&app.state.db).await.unwrap();
    let site = sites.iter().find(|s| s.id == DEMO_SITE).unwrap();
    let record = site.to_record();
    let notes = site.notes.clone().unwrap_or_default();
    (record.name_en, record.services, notes)
}

/// Every field of the form as it stands in `html`, then `changes`.
fn resubmit(html: &str, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let text = |name: &str| {
        let marker = format!("name=\"{name}\" type=\"text\" value=\"");
        html.find(&marker)
            .map(|at| {
                let from = at + marker.len();
                html[from..from + html[from..].find('"').unwrap()].to_string()
            })
            .unwrap_or_default()
    };
    let mut form: Vec<(String, String)> = [
        "name_ru", "name_kk", "name_en", "address", "lat", "lon", "phone",
    ]
    .iter()
    .map(|name| (name.to_string(), text(name)))
    .collect();
    form.push(("precision".into(), "city".into()));
    form.push(("language".into(), "ru".into()));
    form.push(("service-hiv_rapid_test".into(), "free".into()));
    for (name, value) in changes {
        form.retain(|(k, _)| k != name);
        form.push((name.to_string(), value.to_string()));
    }
    form
}

#[tokio::test]
async fn staff_edit_their_sites_profile_and_it_is_public_at_once() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let path = format!("/en/staff/site/{DEMO_SITE}/profile");
    let page = staff.get(&path).await;
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    let before = stored_profile(&app).await;
    let send = |form: Vec<(String, String)>| {
        let (staff, path) = (staff.clone(), path.clone());
        async move {
            let form: Vec<(&str, &str)> =
                form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            staff.post_form(&path, &form).await
        }
    };

    let (status, refused) = send(resubmit(&html, &[("lat", "north"), ("name_en", "")])).await;
    assert_eq!(status, 422);
    assert!(
        refused.contains("Check these fields:")
            && refused.contains("Name in English")
            && refused.contains("Latitude"),
        "{refused}"
    );
    assert!(refused.contains("value=\"north\""), "what was typed stays");
    assert_eq!(stored_profile(&app).await, before, "nothing changed");

    let note = "Evening entrance from the yard";
    let (status, saved) = send(resubmit(
        &html,
        &[
            ("service-prep", "free"),
            ("service-sti_testing", "paid"),
            ("notes", note),
        ],
    ))
    .await;
    assert_eq!(status, 200, "{saved}");
    assert!(saved.contains("id=\"profile-saved\""));
    let (_, services, notes) = stored_profile(&app).await;
    assert_eq!(services, "hiv_rapid_test:free|sti_testing:paid|prep:free");
    assert_eq!(notes, note);

    let public = app
        .get(&format!("/en/site/{DEMO_SITE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(public.contains(note), "the note is on the public page");
    assert!(
        public.contains("Confirmed by the site&#x27;s staff on")
            || public.contains("Confirmed by the site's staff on")
    );
    assert!(public.contains("PrEP"));
    let audited = accounts::audit_log(&app.state, 5).await.unwrap();
    assert_eq!(audited[0].action, "profile");
}

/// The stored (lat, lon, phone) of the demo site.
async fn stored_place(app: &TestApp) -> (f64, f64, Option<String>) {
    let sites = server::db::sites::load_all(&app.state.db).await.unwrap();
    let site = sites.iter().find(|s| s.id == DEMO_SITE).unwrap();
    (site.location.lat(), site.location.lon(), site.phone.clone())
}

/// Signs in as the demo site's staff; (them, the profile form's page).
async fn staff_profile(app: &TestApp) -> (Staff, String) {
    add_staff(app, "nurse.aigul", DEMO_SITE).await;
    let staff = sign_in(app, "nurse.aigul").await;
    let path = format!("/en/staff/site/{DEMO_SITE}/profile");
    let html = staff.page(&path).await.1;
    (staff, html)
}

/// Posts the profile form as `staff`.
async fn send(staff: &Staff, form: Vec<(String, String)>) -> (u16, String) {
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let path = format!("/en/staff/site/{DEMO_SITE}/profile");
    staff.post_form(&path, &form).await
}

#[tokio::test]
async fn staff_cannot_move_their_site_more_than_50_km_from_its_settlement() {
    let app = spawn_app().await;
    let (staff, html) = staff_profile(&app).await;
    let before = stored_place(&app).await;
    // Almaty's centre, ~480 km from Taraz.
    let (status, refused) = send(
        &staff,
        resubmit(&html, &[("lat", "43.25"), ("lon", "76.91")]),
    )
    .await;
    assert_eq!(status, 422);
    assert!(
        refused.contains("Latitude"),
        "the field is named: {refused}"
    );
    assert_eq!(stored_place(&app).await, before, "nothing changed");
    // A phone that a spreadsheet would run is refused as well.
    let (status, _) = send(&staff, resubmit(&html, &[("phone", "=HYPERLINK(1)")])).await;
    assert_eq!(status, 422);
    let (status, _) = send(&staff, resubmit(&html, &[("name_en", "@SUM(1)")])).await;
    assert_eq!(status, 422);
    assert_eq!(stored_place(&app).await, before, "nothing changed");
    // 10 km away is still Taraz.
    let (status, saved) = send(&staff, resubmit(&html, &[("lat", "42.98")])).await;
    assert_eq!(status, 200, "{saved}");
}

#[tokio::test]
async fn a_staff_change_is_audited_shown_for_two_weeks_and_reviewed_by_the_regions_coordinator() {
    let app = spawn_app().await;
    let (staff, html) = staff_profile(&app).await;
    let before = stored_place(&app).await;
    let (status, saved) = send(
        &staff,
        resubmit(
            &html,
            &[
                ("lat", "42.95"),
                ("phone", "+7 700 111 22 33"),
                ("name_en", "Moved clinic"),
            ],
        ),
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let audited = accounts::audit_log(&app.state, 5).await.unwrap();
    assert_eq!(audited[0].action, "profile");
    let detail = &audited[0].detail;
    for line in [
        "lat: 42.89799 → 42.95",
        "phone:  → +7 700 111 22 33",
        "name_en: DEMO: Senim friendly clinic → Moved clinic",
    ] {
        assert!(detail.lines().any(|l| l == line), "{line} in {detail}");
    }
    assert!(
        !detail.contains("name_ru") && !detail.contains("address"),
        "only what changed: {detail}"
    );

    let public = app
        .get(&format!("/en/site/{DEMO_SITE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(
        public.contains("id=\"staff-changed\""),
        "the page says it changed"
    );
    assert!(!public.contains("id=\"staff-checked\""), "not as confirmed");

    // Another region's coordinator neither sees nor reviews it.
    add_coordinator(&app, "coord.karaganda", "Karaganda").await;
    let other = sign_in(&app, "coord.karaganda").await;
    let list = other.page("/en/staff/site-changes").await.1;
    assert!(!list.contains(DEMO_SITE));
    let review = format!("/en/staff/site-changes/{DEMO_SITE}");
    let refused = other.submit(&review, &[("verdict", "undo")]).await;
    assert_eq!(refused.status().as_u16(), 404);

    // The region's coordinator sees each field before and now, and undoes it.
    add_coordinator(&app, "coord.zhambyl", "Zhambyl").await;
    let own = sign_in(&app, "coord.zhambyl").await;
    let list = own.page("/en/staff/site-changes").await.1;
    let row = &list[list.find("class=\"site-change-row\"").expect("listed")..];
    assert!(
        row.contains("phone:  → +7 700 111 22 33") && row.contains("lat: 42.89799 → 42.95"),
        "{row}"
    );
    let undone = own.submit(&review, &[("verdict", "undo")]).await;
    assert_eq!(undone.status().as_u16(), 200);
    assert!(
        undone
            .text()
            .await
            .unwrap()
            .contains("the values before are back")
    );
    assert_eq!(stored_place(&app).await, before, "restored");
    let audited = accounts::audit_log(&app.state, 1).await.unwrap();
    assert_eq!(audited[0].action, "staff-change-undone");
    assert!(
        audited[0].detail.contains("phone: +7 700 111 22 33 → "),
        "{}",
        audited[0].detail
    );
    let public = app
        .get(&format!("/en/site/{DEMO_SITE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!public.contains("id=\"staff-changed\""));

    // A second change, confirmed: the page says "confirmed" again.
    let (status, _) = send(&staff, resubmit(&html, &[("phone", "+7 700 444 55 66")])).await;
    assert_eq!(status, 200);
    let confirmed = own.submit(&review, &[("verdict", "confirm")]).await;
    assert_eq!(confirmed.status().as_u16(), 200);
    assert_eq!(
        stored_place(&app).await.2.as_deref(),
        Some("+7 700 444 55 66")
    );
    let audited = accounts::audit_log(&app.state, 1).await.unwrap();
    assert_eq!(audited[0].action, "staff-change-confirmed");
    let public = app
        .get(&format!("/en/site/{DEMO_SITE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(public.contains("id=\"staff-checked\"") && !public.contains("id=\"staff-changed\""));
    let again = own.submit(&review, &[("verdict", "confirm")]).await;
    assert_eq!(again.status().as_u16(), 404, "nothing left to review");
}
