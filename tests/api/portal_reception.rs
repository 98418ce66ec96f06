//! Reception in the portal: a client's code checked, a booking cancelled
//! by staff (its seat freed), walk-ins counted, each only at one's own site.

use senim_tests::portal::*;
use senim_tests::spawn_app;
use server::services::accounts;

#[tokio::test]
async fn reception_checks_a_code_only_at_its_own_site() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    add_staff(&app, "nurse.other", OTHER_SITE).await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    let code = book_json(&app, DEMO_SITE, &start, "Aru").await;

    let staff = sign_in(&app, "nurse.aigul").await;
    let check = |staff: Staff, site: &'static str, code: String| async move {
        staff
            .submit(
                &format!("/en/staff/site/{site}/bookings/code"),
                &[("code", &code)],
            )
            .await
    };
    let found = check(staff.clone(), DEMO_SITE, code.to_lowercase()).await;
    assert_eq!(found.status().as_u16(), 200);
    let html = found.text().await.unwrap();
    let section = &html[html
        .find("id=\"checked-booking\"")
        .expect("the booking shown")..];
    assert!(
        section.contains("Aru") && section.contains(&start[11..16]),
        "{section}"
    );
    assert!(html.contains(&format!("name=\"date\" value=\"{}\"", &start[..10])));

    let wrong = check(staff.clone(), DEMO_SITE, "ZZZZ-ZZZZ".into()).await;
    assert_eq!(wrong.status().as_u16(), 404);
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("No booking at this site has this code")
    );

    let other = sign_in(&app, "nurse.other").await;
    let elsewhere = check(other.clone(), OTHER_SITE, code.clone()).await;
    assert_eq!(elsewhere.status().as_u16(), 404, "a code of another site");
    assert!(!elsewhere.text().await.unwrap().contains("Aru"));
    let across = check(other, DEMO_SITE, code).await;
    assert_eq!(across.status().as_u16(), 404, "not their site");
}

#[tokio::test]
async fn staff_cancel_frees_the_seat_and_erases_the_nickname() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    let seats = |body: serde_json::Value| {
        body["slots"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["start"] == start.as_str())
            .map(|s| s["available"].as_u64().unwrap())
    };
    let slots_path = format!("/api/v1/sites/{DEMO_SITE}/slots?days=7");
    let free_before = seats(app.get_json(&slots_path).await.1).unwrap();
    book_json(&app, DEMO_SITE, &start, "Aru").await;
    let free_after = seats(app.get_json(&slots_path).await.1).unwrap_or(0);
    assert_eq!(free_after, free_before - 1);

    let staff = sign_in(&app, "nurse.aigul").await;
    let html = staff
        .page(&format!(
            "/en/staff/site/{DEMO_SITE}/bookings?date={}",
            &start[..10]
        ))
        .await
        .1;
    let cancelled = staff
        .submit(
            &format!("/en/staff/site/{DEMO_SITE}/bookings/status"),
            &[
                ("booking", &field_of(&html, "booking")),
                ("status", "cancelled"),
                ("date", &start[..10]),
            ],
        )
        .await;
    assert_eq!(cancelled.status().as_u16(), 200);
    let html = cancelled.text().await.unwrap();
    let main = &html[html.find("<main").unwrap()..];
    assert!(main.contains("<td class=\"status\">cancelled"), "{main}");
    assert!(!main.contains("Aru"), "the nickname is erased at once");
    assert_eq!(seats(app.get_json(&slots_path).await.1), Some(free_before));
}

#[tokio::test]
async fn walk_ins_are_counted_per_site_and_day_and_audited_without_service_or_time() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    let staff = sign_in(&app, "nurse.aigul").await;
    let day_path = format!("/en/staff/site/{DEMO_SITE}/bookings");
    let html = staff.page(&day_path).await.1;
    let count = |html: &str| {
        let at = html.find("id=\"walk-in-count\"").unwrap();
        let from = html[at..].find("<strong>").unwrap() + at + 8;
        html[from..from + html[from..].find('<').unwrap()].to_string()
    };
    assert_eq!(count(&html), "0");
    let path = format!("/en/staff/site/{DEMO_SITE}/walk-ins");
    for service in ["sti_testing", "no such service"] {
        let counted = staff.submit(&path, &[("service", service)]).await;
        assert_eq!(counted.status().as_u16(), 200);
    }
    let html = staff.page(&day_path).await.1;
    assert_eq!(count(&html), "2");
    // The audit keeps who counted how many on which day: no time, no
    // service.
    let audited = accounts::audit_log(&app.state, 10).await.unwrap();
    assert_eq!(audited.len(), 1);
    assert_eq!(audited[0].action, "walk-in");
    assert_eq!(audited[0].detail, "", "no service in the audit");
    assert_eq!(audited[0].count, 2);
    assert!(matches!(
        audited[0].when,
        server::db::audit::When::Day(day) if day == server::domain::day_keys::senim_day(app.state.now())
    ));
}
