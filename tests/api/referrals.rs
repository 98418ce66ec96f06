//! Referrals only on purpose: a signed-in outreach worker sees so on the
//! pages rendered for them, a booking is a referral only with the box
//! ticked, the referrals page counts and names only today's coming visits, no
//! shared (cached) page ever carries the banner, and organisations are
//! records that admins pick or name.

use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};

const BANNER: &str = "id=\"outreach-banner\"";
const REFERRAL_BOX: &str = "name=\"referral\"";

fn encoded(start: &str) -> String {
    start.replace('+', "%2B").replace(':', "%3A")
}

/// The booking form page of the slot at `start`, signed in or not.
async fn booking_page(app: &TestApp, start: &str, cookie: Option<&str>) -> reqwest::Response {
    let path = format!(
        "{}/en/book/{DEMO_SITE}?start={}",
        app.address,
        encoded(start)
    );
    let mut request = app.client.get(path);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.unwrap()
}

/// Seats left in the `index`th slot of the week.
async fn seats_left(app: &TestApp, index: usize) -> u64 {
    let (status, slots) = app
        .get_json(&format!("/api/v1/sites/{DEMO_SITE}/slots?days=7"))
        .await;
    assert_eq!(status, 200);
    slots["slots"][index]["available"].as_u64().unwrap()
}

async fn organisation_of(app: &TestApp, username: &str) -> Option<(i64, String)> {
    server::db::accounts::by_username(&app.state.db, username)
        .await
        .unwrap()
        .unwrap()
        .organisation
        .map(|o| (o.id, o.name))
}

/// The cells' text of each `<tr class="{class}">` in `html`.
fn rows_of(html: &str, class: &str) -> Vec<Vec<String>> {
    let marker = format!("<tr class=\"{class}\">");
    html.split(&marker)
        .skip(1)
        .map(|row| {
            let row = &row[..row.find("</tr>").unwrap()];
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let cell = &cell[cell.find('>').unwrap() + 1..cell.find("</td>").unwrap()];
                    let mut text = String::new();
                    let mut in_tag = false;
                    for c in cell.chars() {
                        match c {
                            '<' => in_tag = true,
                            '>' => in_tag = false,
                            c if !in_tag => text.push(c),
                            _ => {}
                        }
                    }
                    text.trim().to_string()
                })
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn a_booking_is_a_referral_only_when_the_signed_in_worker_ticks_the_box() {
    let app = spawn_app().await;
    on_a_booking_day(&app, DEMO_SITE).await;
    add_outreach(&app, "worker.dana", "Amelia").await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let dana = sign_in(&app, "worker.dana").await;
    let start = slot_start(&app, DEMO_SITE, 0).await;

    // The worker sees that they are signed in, and an unticked box.
    let signed_in = booking_page(&app, &start, Some(dana.cookie())).await;
    assert_eq!(signed_in.status().as_u16(), 200);
    assert_eq!(signed_in.headers()["cache-control"], "no-store");
    let form = signed_in.text().await.unwrap();
    assert!(form.contains(BANNER), "{form}");
    assert!(form.contains("Signed in as an outreach worker of Amelia"));
    assert!(form.contains("/en/staff/logout"), "a way to sign out");
    let tick = &form[form.find(REFERRAL_BOX).expect("the referral box")..];
    assert!(
        !tick[..tick.find('>').unwrap()].contains("checked"),
        "unticked by default"
    );
    assert!(form.contains("This is a referral by Amelia"));
    let site = dana.get(&format!("/en/site/{DEMO_SITE}")).await;
    assert_eq!(site.headers()["cache-control"], "no-store");
    assert!(
        site.text().await.unwrap().contains(BANNER),
        "the site page too"
    );

    // Nobody else sees either: no session, or staff.
    let nurse = sign_in(&app, "nurse.aigul").await;
    for cookie in [None, Some(nurse.cookie())] {
        let html = booking_page(&app, &start, cookie)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            !html.contains(BANNER) && !html.contains(REFERRAL_BOX),
            "{cookie:?}"
        );
    }

    // Unticked: an ordinary anonymous booking, though signed in.
    let own = book_form(&app, DEMO_SITE, &start, "Own Booking", Some(&dana)).await;
    assert!(own.contains("id=\"booking-code\"") && !own.contains("referral-note"));
    // Ticked: the organisation's referral, and the page is its card.
    let second = slot_start(&app, DEMO_SITE, 1).await;
    let card = book_referral(&app, DEMO_SITE, &second, "Client One", &dana).await;
    assert!(card.contains("id=\"referral-note\"") && card.contains("Amelia"));

    // Ticked without an outreach sign-in: refused, nothing booked.
    let third = slot_start(&app, DEMO_SITE, 2).await;
    let before = seats_left(&app, 2).await;
    for signed_in in [None, Some(&nurse)] {
        let refused = post_booking_form(&app, DEMO_SITE, &third, "Forged", signed_in, true).await;
        assert_eq!(refused.status().as_u16(), 409);
        let html = refused.text().await.unwrap();
        assert!(html.contains("no longer signed in"), "{html}");
        assert!(html.contains("value=\"Forged\""), "what was typed stays");
    }
    assert_eq!(seats_left(&app, 2).await, before, "nothing booked");

    let list = dana.page("/en/staff/referrals").await.1;
    let counts = rows_of(&list, "referral-count-row");
    assert_eq!(counts.len(), 1, "{list}");
    assert_eq!(counts[0][2..], ["1", "0", "0", "0", "0", "1"], "one booked");
    assert!(list.contains("Client One"), "today's card");
    assert!(!list.contains("Own Booking") && !list.contains("Forged"));
}

#[tokio::test]
async fn the_referrals_page_counts_per_site_service_and_status_and_names_only_todays_visits() {
    let app = spawn_app().await;
    on_a_booking_day(&app, DEMO_SITE).await;
    add_outreach(&app, "worker.dana", "Amelia").await;
    add_outreach(&app, "worker.other", "Other NGO").await;
    let dana = sign_in(&app, "worker.dana").await;
    let first = slot_start(&app, DEMO_SITE, 0).await;
    let second = slot_start(&app, DEMO_SITE, 1).await;
    book_referral(&app, DEMO_SITE, &first, "Client Aigerim", &dana).await;
    let gone = book_referral(&app, DEMO_SITE, &second, "Client Gone", &dana).await;
    let code = {
        let at = gone.find("id=\"booking-code\"");
        let rest = &gone[at.unwrap_or_else(|| panic!("no code: {gone}"))..];
        let rest = &rest[rest.find('>').unwrap() + 1..];
        rest[..rest.find('<').unwrap()].to_string()
    };
    let cancelled = app
        .client
        .post(format!("{}/api/v1/bookings/cancel", app.address))
        .json(&serde_json::json!({ "code": code }))
        .send()
        .await
        .unwrap();
    assert!(cancelled.status().is_success());

    // A referral for a visit on another day: counted, but no card today.
    let (_, open) = app
        .get_json(&format!("/api/v1/sites/{DEMO_SITE}/slots?days=14"))
        .await;
    let later = open["slots"]
        .as_array()
        .unwrap()
        .iter()
        .map(|slot| slot["start"].as_str().unwrap().to_string())
        .find(|start| start[..10] != first[..10])
        .expect("a slot on another day");
    book_referral(&app, DEMO_SITE, &later, "Client Later", &dana).await;

    let list = dana.page("/en/staff/referrals").await.1;
    // Site, service, then booked, arrived, done, cancelled, missed, total.
    let mut counts: Vec<Vec<String>> = rows_of(&list, "referral-count-row")
        .into_iter()
        .map(|row| row[1..].to_vec())
        .collect();
    counts.sort();
    assert_eq!(
        counts,
        [["HIV rapid test", "2", "0", "0", "1", "0", "3"]],
        "{list}"
    );
    let cards = rows_of(&list, "referral-row");
    assert_eq!(cards.len(), 1, "only today's card still to come: {list}");
    assert!(cards[0].contains(&"Client Aigerim".to_string()));
    for later_or_gone in ["Client Later", "Client Gone"] {
        assert!(!list.contains(later_or_gone), "{later_or_gone}");
    }

    let other = sign_in(&app, "worker.other").await;
    let theirs = other.page("/en/staff/referrals").await.1;
    assert!(rows_of(&theirs, "referral-count-row").is_empty());
    assert!(!theirs.contains("Client Aigerim"));

    // Once the visits are past, no card names anyone.
    app.state.clock.advance(chrono::Duration::days(15));
    let list = dana.page("/en/staff/referrals").await.1;
    assert!(rows_of(&list, "referral-row").is_empty(), "{list}");
    assert!(!list.contains("Client Aigerim"));
}

#[tokio::test]
async fn a_page_every_visitor_gets_alike_never_shows_the_outreach_banner() {
    let app = spawn_app().await;
    add_outreach(&app, "worker.dana", "Amelia").await;
    let dana = sign_in(&app, "worker.dana").await;
    let shared = [
        "/en",
        "/en/help",
        "/ru/help",
        "/en?place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7",
    ];
    // Rendered first for the worker, then served to everyone (and again
    // to the worker) from the cache: never with the banner.
    for path in shared {
        for cookie in [Some(dana.cookie()), None, Some(dana.cookie())] {
            let mut request = app.client.get(format!("{}{path}", app.address));
            if let Some(cookie) = cookie {
                request = request.header("cookie", cookie);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status().as_u16(), 200, "{path}");
            let html = response.text().await.unwrap();
            assert!(!html.contains(BANNER) && !html.contains("Amelia"), "{path}");
        }
    }
    // A page rendered per request shows it to the worker alone.
    let site = format!("/en/site/{DEMO_SITE}");
    assert!(dana.page(&site).await.1.contains(BANNER));
    assert!(!app.get(&site).await.text().await.unwrap().contains(BANNER));
}

#[tokio::test]
async fn organisations_are_records_that_admins_pick_or_name() {
    let app = spawn_app().await;
    add_admin(&app, "admin.zhanna").await;
    let admin = sign_in(&app, "admin.zhanna").await;
    let create = async |username: &str, picked: &str, typed: &str| {
        let response = admin
            .submit(
                "/en/staff/accounts",
                &[
                    ("username", username),
                    ("role", "outreach"),
                    ("organisation_id", picked),
                    ("organisation", typed),
                    ("password", PASSWORD),
                ],
            )
            .await;
        (response.status().as_u16(), response.text().await.unwrap())
    };

    let (status, html) = create("walker.one", "", "  Amelia   Almaty ").await;
    assert_eq!(status, 200, "{html}");
    let (amelia, name) = organisation_of(&app, "walker.one").await.unwrap();
    assert_eq!(name, "Amelia Almaty");
    assert!(
        html.contains(&format!(
            "<option value=\"{amelia}\">Amelia Almaty</option>"
        )),
        "the new organisation is offered in the list: {html}"
    );

    // Picked by id, or named again: the same organisation.
    let (status, _) = create("walker.two", &amelia.to_string(), "").await;
    assert_eq!(status, 200);
    let (status, _) = create("walker.three", "", "Amelia Almaty").await;
    assert_eq!(status, 200);
    for walker in ["walker.two", "walker.three"] {
        assert_eq!(
            organisation_of(&app, walker).await.unwrap().0,
            amelia,
            "{walker}"
        );
    }

    // Refused, and nothing stored: both, neither, unknown id, bad name.
    let refused = [
        ("walker.both", amelia.to_string(), "Other", "not both"),
        ("walker.none", String::new(), "", "needs its organisation"),
        (
            "walker.lost",
            "999999".to_string(),
            "",
            "needs its organisation",
        ),
        ("walker.short", String::new(), "A", "2 to 100 characters"),
    ];
    for (username, picked, typed, reason) in refused {
        let (status, html) = create(username, &picked, typed).await;
        assert_eq!(status, 422, "{username}");
        assert!(html.contains(reason), "{username}: {html}");
        assert!(
            server::db::accounts::by_username(&app.state.db, username)
                .await
                .unwrap()
                .is_none()
        );
    }
    let organisations = server::db::organisations::list(&app.state.db)
        .await
        .unwrap();
    assert_eq!(organisations.len(), 1, "{organisations:?}");

    let audit = admin.page("/en/staff/audit").await.1;
    assert_eq!(audit.matches("organisation created").count(), 1, "{audit}");
    assert!(audit.contains("walker.two (outreach, Amelia Almaty)"));

    // The worker's referrals page names the organisation.
    let walker = sign_in(&app, "walker.two").await;
    let page = walker.page("/en/staff/referrals").await.1;
    assert!(page.contains("Referrals by Amelia Almaty"), "{page}");
}
