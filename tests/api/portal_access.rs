//! The access-control sweep: every portal address, tried by an anonymous
//! visitor, by staff of another site, by an outreach worker, by
//! coordinators in and out of the site's region, and without the
//! anti-forgery token. None of them reads or changes what is not theirs:
//! a site's bookings are its own staff's and admins' only.

use chrono::{DateTime, Utc};
use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};

const SITE_PAGES: [&str; 4] = ["hours", "bookings", "week", "profile"];
const SITE_ACTIONS: [&str; 8] = [
    "profile",
    "hours",
    "bookings/status",
    "bookings/release",
    "bookings/code",
    "walk-ins",
    "slots",
    "closures",
];
/// A site's reception: its bookings, codes, statuses, releases, walk-ins
/// and slots.
const RECEPTION_PAGES: [&str; 2] = ["bookings", "week"];
const RECEPTION_ACTIONS: [&str; 5] = [
    "bookings/status",
    "bookings/release",
    "bookings/code",
    "walk-ins",
    "slots",
];
/// The directory's pages, for admins and coordinators.
const KEEPER_PAGES: [&str; 8] = [
    "/en/staff/directory",
    "/en/staff/directory/import",
    "/en/staff/directory/export.csv",
    "/en/staff/directory/export.geojson",
    "/en/staff/directory/new",
    "/en/staff/directory/demo-taraz-friendly-cabinet/edit",
    "/en/staff/site-reports",
    "/en/staff/site-changes",
];
const KEEPER_ACTIONS: [&str; 6] = [
    "/en/staff/directory/new",
    "/en/staff/directory/demo-taraz-friendly-cabinet/edit",
    "/en/staff/directory/demo-taraz-friendly-cabinet/close",
    "/en/staff/directory/demo-taraz-friendly-cabinet/reopen",
    "/en/staff/site-reports/1",
    "/en/staff/site-changes/demo-taraz-friendly-cabinet",
];
const ACCOUNT_PAGES: [&str; 8] = [
    "/en/staff",
    "/en/staff/accounts",
    "/en/staff/audit",
    "/en/staff/password",
    "/en/staff/indicators",
    "/en/staff/indicators.csv",
    "/en/staff/referrals",
    "/en/staff/site/demo-taraz-friendly-cabinet/bookings",
];

/// Everything a portal action could change, as one comparable value:
/// every booking's status and nickname, the walk-ins, the audit log, the
/// demo site's hours, names, services and notes, its closed days and its
/// blocked slots.
async fn everything(app: &TestApp) -> (Vec<(String, Option<String>)>, usize, usize, String, usize) {
    let db = &app.state.db;
    let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
    let (epoch, far) = (at("2000-01-01T00:00:00Z"), at("2100-01-01T00:00:00Z"));
    let mut bookings = vec![];
    for site in app.state.directory().sites() {
        for b in server::db::bookings::between(db, &site.id, epoch, far)
            .await
            .unwrap()
        {
            bookings.push((b.id, b.status.code().to_string(), b.nickname));
        }
    }
    bookings.sort();
    let bookings = bookings.into_iter().map(|(_, s, n)| (s, n)).collect();
    let walk_ins = server::db::counts::walk_ins_since(db, epoch.date_naive())
        .await
        .unwrap()
        .iter()
        .map(|w| w.count as usize)
        .sum();
    let audited = server::services::accounts::audit_log(&app.state, i64::MAX)
        .await
        .unwrap()
        .len();
    let sites = server::db::sites::load_all(db).await.unwrap();
    let site = sites.iter().find(|s| s.id == DEMO_SITE).unwrap();
    let r = site.to_record();
    let profile = format!(
        "{}{}{}{:?}",
        r.opening_hours, r.name_en, r.services, site.notes
    );
    let closed = server::db::schedule::closures(db, DEMO_SITE, epoch.date_naive())
        .await
        .unwrap();
    let seats = server::db::schedule::seats_used(db, DEMO_SITE, epoch)
        .await
        .unwrap();
    let blocked = seats.values().filter(|s| s.blocked).count();
    (bookings, walk_ins, audited, profile, closed.len() + blocked)
}

/// A form that would change something at `DEMO_SITE` if it were let in.
fn action_form<'a>(
    csrf: Option<&'a str>,
    (code, booking, start): &'a (String, String, String),
) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("booking", booking.as_str()),
        ("start", start.as_str()),
        ("status", "cancelled"),
        ("code", code.as_str()),
        ("service", "sti_testing"),
        ("d1i1from", "09:00"),
        ("d1i1to", "10:00"),
        ("slot_minutes", "30"),
        ("capacity", "1"),
        ("notice_hours", "1"),
        ("days_ahead", "14"),
        ("blocked", "1"),
        ("intent", "add"),
        ("from", "2030-01-01"),
        ("name_ru", "Захвачено"),
        ("name_kk", "Захвачено"),
        ("name_en", "Taken over"),
        ("lat", "43.2"),
        ("lon", "76.9"),
        ("precision", "city"),
        ("notes", "changed"),
        ("verdict", "undo"),
        ("outcome", "dismissed"),
    ];
    if let Some(csrf) = csrf {
        form.push(("csrf", csrf));
    }
    form
}

/// A booking at `DEMO_SITE`: its code, its opaque key and a slot's UTC
/// start (read as the site's staff).
async fn a_booking(app: &TestApp) -> (String, String, String) {
    add_staff(app, "nurse.owner", DEMO_SITE).await;
    let start = slot_start(app, DEMO_SITE, 0).await;
    let code = book_json(app, DEMO_SITE, &start, "Aru").await;
    let owner = sign_in(app, "nurse.owner").await;
    let path = format!("/en/staff/site/{DEMO_SITE}/bookings?date={}", &start[..10]);
    let html = owner.page(&path).await.1;
    let slots = &html[html.find("class=\"slot-row\"").expect("slots")..];
    (code, field_of(&html, "booking"), field_of(slots, "start"))
}

#[tokio::test]
async fn an_anonymous_visitor_is_sent_to_sign_in_from_every_portal_address() {
    let app = spawn_app().await;
    let target = a_booking(&app).await;
    let before = everything(&app).await;
    let mut pages: Vec<String> = ACCOUNT_PAGES.iter().map(|p| p.to_string()).collect();
    pages.extend(SITE_PAGES.map(|p| format!("/en/staff/site/{DEMO_SITE}/{p}")));
    pages.extend(KEEPER_PAGES.map(String::from));
    for path in &pages {
        let response = app.get(path).await;
        assert_eq!(response.status().as_u16(), 303, "{path}");
        assert_eq!(response.headers()["location"], "/en/staff/login", "{path}");
    }
    let mut actions: Vec<String> = SITE_ACTIONS
        .iter()
        .map(|a| format!("/en/staff/site/{DEMO_SITE}/{a}"))
        .collect();
    actions.extend(
        [
            "/en/staff/accounts",
            "/en/staff/accounts/1/access",
            "/en/staff/password",
        ]
        .map(String::from),
    );
    actions.extend(KEEPER_ACTIONS.map(String::from));
    for path in &actions {
        let response = post(&app, path, &action_form(Some("x"), &target)).await;
        assert_eq!(response.status().as_u16(), 303, "{path}");
        assert!(!response.text().await.unwrap().contains("Aru"));
    }
    assert_eq!(everything(&app).await, before, "nothing changed");
}

#[tokio::test]
async fn staff_of_another_site_and_outreach_workers_reach_no_site_of_theirs() {
    let app = spawn_app().await;
    let target = a_booking(&app).await;
    add_staff(&app, "nurse.other", OTHER_SITE).await;
    add_outreach(&app, "worker.dana", "Amelia").await;
    let before = everything(&app).await;
    for name in ["nurse.other", "worker.dana"] {
        let staff = sign_in(&app, name).await;
        let csrf = csrf_of(&staff.page("/en/staff").await.1);
        for page in SITE_PAGES {
            for site in [DEMO_SITE, "no-such-site"] {
                let path = format!("/en/staff/site/{site}/{page}");
                let response = staff.get(&path).await;
                assert_eq!(response.status().as_u16(), 404, "{name} {path}");
                assert!(!response.text().await.unwrap().contains("Aru"));
            }
        }
        for action in SITE_ACTIONS {
            let path = format!("/en/staff/site/{DEMO_SITE}/{action}");
            let form = action_form(Some(&csrf), &target);
            let response = staff.post_without_token(&path, &form).await;
            assert_eq!(response.status().as_u16(), 404, "{name} {path}");
        }
        for path in KEEPER_PAGES {
            let response = staff.get(path).await;
            assert_eq!(response.status().as_u16(), 404, "{name} {path}");
        }
        for path in KEEPER_ACTIONS {
            let form = action_form(Some(&csrf), &target);
            let response = staff.post_without_token(path, &form).await;
            assert_eq!(response.status().as_u16(), 404, "{name} {path}");
        }
        let csv = staff.page("/en/staff/indicators.csv?period=month").await.1;
        assert_eq!(
            csv.lines().count(),
            1,
            "{name} counts nothing of another site: {csv}"
        );
    }
    let nurse = sign_in(&app, "nurse.other").await;
    let referrals = nurse.get("/en/staff/referrals").await;
    assert_eq!(referrals.status().as_u16(), 404, "referrals are outreach's");
    assert_eq!(everything(&app).await, before, "nothing changed");
}

#[tokio::test]
async fn every_portal_form_needs_its_own_sessions_token() {
    let app = spawn_app().await;
    let target = a_booking(&app).await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let other = sign_in(&app, "nurse.owner").await;
    let foreign = csrf_of(&other.page("/en/staff").await.1);
    let before = everything(&app).await;
    let wrong = "0".repeat(64);
    for token in [None, Some(wrong.as_str()), Some(foreign.as_str())] {
        for action in SITE_ACTIONS {
            let path = format!("/en/staff/site/{DEMO_SITE}/{action}");
            let response = staff
                .post_without_token(&path, &action_form(token, &target))
                .await;
            assert_eq!(response.status().as_u16(), 403, "{path} {token:?}");
            let page = response.text().await.unwrap();
            assert!(
                page.contains("This form has expired"),
                "said in words: {page}"
            );
        }
        let logout = staff
            .post_without_token("/en/staff/logout", &action_form(token, &target))
            .await;
        assert_eq!(logout.status().as_u16(), 403);
    }
    assert_eq!(everything(&app).await, before, "nothing changed");
}

#[tokio::test]
async fn coordinators_keep_their_regions_sites_and_never_reach_reception() {
    let app = spawn_app().await;
    let target = a_booking(&app).await;
    // Taraz, the demo site's settlement, is in Zhambyl region.
    add_coordinator(&app, "coord.zhambyl", "Zhambyl").await;
    add_coordinator(&app, "coord.karaganda", "Karaganda").await;
    let before = everything(&app).await;
    let site = |path: &str| format!("/en/staff/site/{DEMO_SITE}/{path}");

    let inside = sign_in(&app, "coord.zhambyl").await;
    let csrf = csrf_of(&inside.page("/en/staff").await.1);
    for page in ["hours", "profile"] {
        let response = inside.get(&site(page)).await;
        assert_eq!(response.status().as_u16(), 200, "keeping: {page}");
    }
    for page in RECEPTION_PAGES {
        let response = inside.get(&site(page)).await;
        assert_eq!(response.status().as_u16(), 404, "reception: {page}");
        assert!(!response.text().await.unwrap().contains("Aru"));
    }
    for action in RECEPTION_ACTIONS {
        let form = action_form(Some(&csrf), &target);
        let response = inside.post_without_token(&site(action), &form).await;
        assert_eq!(response.status().as_u16(), 404, "reception: {action}");
        assert!(!response.text().await.unwrap().contains("Aru"));
    }
    for path in KEEPER_PAGES {
        let response = inside.get(path).await;
        assert_eq!(response.status().as_u16(), 200, "{path}");
    }

    let outside = sign_in(&app, "coord.karaganda").await;
    let csrf = csrf_of(&outside.page("/en/staff").await.1);
    for page in SITE_PAGES {
        let response = outside.get(&site(page)).await;
        assert_eq!(response.status().as_u16(), 404, "out of region: {page}");
    }
    for action in SITE_ACTIONS {
        let form = action_form(Some(&csrf), &target);
        let response = outside.post_without_token(&site(action), &form).await;
        assert_eq!(response.status().as_u16(), 404, "out of region: {action}");
    }
    for path in KEEPER_ACTIONS.iter().filter(|p| p.contains(DEMO_SITE)) {
        let form = action_form(Some(&csrf), &target);
        let response = outside.post_without_token(path, &form).await;
        assert_eq!(response.status().as_u16(), 404, "out of region: {path}");
    }
    let edit = outside
        .get(&format!("/en/staff/directory/{DEMO_SITE}/edit"))
        .await;
    assert_eq!(edit.status().as_u16(), 404);
    assert_eq!(everything(&app).await, before, "nothing changed");
}

#[tokio::test]
async fn the_sites_staff_and_admins_reach_every_site_page() {
    let app = spawn_app().await;
    a_booking(&app).await;
    add_admin(&app, "admin.all").await;
    for name in ["nurse.owner", "admin.all"] {
        let staff = sign_in(&app, name).await;
        for page in SITE_PAGES {
            let path = format!("/en/staff/site/{DEMO_SITE}/{page}");
            let response = staff.get(&path).await;
            assert_eq!(response.status().as_u16(), 200, "{name} {path}");
        }
        let home = staff.page("/en/staff").await.1;
        assert!(
            home.contains(&format!("/staff/site/{DEMO_SITE}/bookings")),
            "{name}"
        );
    }
    let admin = sign_in(&app, "admin.all").await;
    for path in KEEPER_PAGES {
        let response = admin.get(path).await;
        assert_eq!(response.status().as_u16(), 200, "admin {path}");
    }
}
