//! Staff edit their site's profile: checked like an imported row, refused
//! field by field in the user's language, public at once when saved.

use crate::portal_support::*;
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
    form.push(("csrf".into(), csrf_of(html)));
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
    let cookie = sign_in(&app, "nurse.aigul").await;
    let path = format!("/en/staff/site/{DEMO_SITE}/profile");
    let page = get(&app, &path, &cookie).await;
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    let before = stored_profile(&app).await;
    let send = |form: Vec<(String, String)>| {
        let (app, cookie, path) = (&app, cookie.clone(), path.clone());
        async move {
            let form: Vec<(&str, &str)> =
                form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let response = post(app, &path, Some(&cookie), &form).await;
            (response.status().as_u16(), response.text().await.unwrap())
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
