//! Outreach referrals and the indicators: counts that match the bookings
//! made, never a nickname, each organisation seeing only its own.

use senim_tests::portal::*;
use senim_tests::spawn_app;
use std::collections::HashMap;

/// The CSV as rows of column name → value.
fn csv_rows(text: &str) -> Vec<HashMap<String, String>> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
    lines
        .map(|line| {
            header
                .iter()
                .map(|h| h.to_string())
                .zip(line.split(',').map(str::to_string))
                .collect()
        })
        .collect()
}

fn total(rows: &[HashMap<String, String>], column: &str) -> u32 {
    rows.iter().map(|r| r[column].parse::<u32>().unwrap()).sum()
}

#[tokio::test]
async fn an_outreach_booking_is_its_organisations_referral_and_no_one_elses() {
    let app = spawn_app().await;
    on_a_booking_day(&app, DEMO_SITE).await;
    add_outreach(&app, "worker.dana", "Amelia").await;
    add_outreach(&app, "worker.other", "Other NGO").await;
    let dana = sign_in(&app, "worker.dana").await;
    let start = slot_start(&app, DEMO_SITE, 0).await;
    let card = book_referral(&app, DEMO_SITE, &start, "Client One", &dana).await;
    assert!(
        card.contains("id=\"referral-note\""),
        "the confirmation is the referral card"
    );
    assert!(card.contains("Amelia") && card.contains("id=\"booking-code\""));
    let plain = book_form(&app, DEMO_SITE, &start, "Walker", None).await;
    assert!(!plain.contains("referral-note"), "no session, no referral");

    let list = dana.get("/en/staff/referrals").await;
    assert_eq!(list.status().as_u16(), 200);
    let html = list.text().await.unwrap();
    assert!(
        html.contains("Client One") && !html.contains("Walker"),
        "{html}"
    );
    assert!(html.contains("<td class=\"status\">booked"), "today's card");

    let other = sign_in(&app, "worker.other").await;
    let theirs = other.page("/en/staff/referrals").await.1;
    assert!(
        !theirs.contains("Client One"),
        "another organisation's referral"
    );
    let csv = other.page("/en/staff/indicators.csv?period=week").await.1;
    assert_eq!(csv_rows(&csv).len(), 0, "{csv}");
}

#[tokio::test]
async fn the_indicators_match_the_bookings_and_the_csv_carries_no_nickname() {
    let app = spawn_app().await;
    add_staff(&app, "nurse.aigul", DEMO_SITE).await;
    add_outreach(&app, "worker.dana", "Amelia").await;
    add_admin(&app, "admin.zhanna").await;
    let dana = sign_in(&app, "worker.dana").await;
    let first = slot_start(&app, DEMO_SITE, 0).await;
    let second = slot_start(&app, DEMO_SITE, 1).await;
    book_referral(&app, DEMO_SITE, &first, "Referred Kate", &dana).await;
    book_json(&app, DEMO_SITE, &first, "Self Booked").await;
    book_json(&app, DEMO_SITE, &second, "Gone Away").await;

    // Reception: the referral arrives, one does not come, one cancels.
    let nurse = sign_in(&app, "nurse.aigul").await;
    let mark_all = async |date: &str, marks: &[(&str, &str)]| {
        let path = format!("/en/staff/site/{DEMO_SITE}/bookings?date={date}");
        let html = nurse.page(&path).await.1;
        for (nickname, status) in marks {
            let row = &html[html.find(nickname).expect("the booking is listed")..];
            let booking = field_of(row, "booking");
            let marked = nurse
                .submit(
                    &format!("/en/staff/site/{DEMO_SITE}/bookings/status"),
                    &[("booking", &booking), ("status", status), ("date", date)],
                )
                .await;
            assert_eq!(marked.status().as_u16(), 200, "{nickname} {status}");
        }
    };
    mark_all(
        &first[..10],
        &[("Referred Kate", "arrived"), ("Self Booked", "noshow")],
    )
    .await;
    mark_all(&second[..10], &[("Gone Away", "cancelled")]).await;
    let walk_in = nurse
        .submit(
            &format!("/en/staff/site/{DEMO_SITE}/walk-ins"),
            &[("service", "")],
        )
        .await;
    assert_eq!(walk_in.status().as_u16(), 200);

    for (who, period) in [(&nurse, "week"), (&nurse, "month")] {
        let response = who
            .get(&format!("/en/staff/indicators.csv?period={period}"))
            .await;
        assert_eq!(response.status().as_u16(), 200);
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let text = response.text().await.unwrap();
        for nickname in ["Referred Kate", "Self Booked", "Gone Away"] {
            assert!(!text.contains(nickname), "no nickname in the CSV");
        }
        let rows = csv_rows(&text);
        assert!(rows.iter().all(|r| r["site_id"] == DEMO_SITE));
        let expected = [
            ("bookings", 3),
            ("arrived", 1),
            ("noshow", 1),
            ("cancelled", 1),
            ("referred", 1),
            ("referred_arrived", 1),
            ("walk_ins", 1),
        ];
        for (column, value) in expected {
            assert_eq!(total(&rows, column), value, "{period} {column}: {text}");
        }
    }

    let admin = sign_in(&app, "admin.zhanna").await;
    let all = admin.page("/en/staff/indicators.csv?period=week").await.1;
    assert_eq!(
        total(&csv_rows(&all), "bookings"),
        3,
        "admins see every site"
    );
    let outreach = dana.page("/en/staff/indicators.csv?period=week").await.1;
    let rows = csv_rows(&outreach);
    assert_eq!(
        total(&rows, "bookings"),
        1,
        "outreach see their referrals only"
    );
    assert_eq!(total(&rows, "referred_arrived"), 1);
    assert_eq!(total(&rows, "walk_ins"), 0);

    let page = nurse.page("/en/staff/indicators").await.1;
    assert!(
        page.contains("<svg") && page.contains("class=\"indicator-row\""),
        "{page}"
    );
    assert!(!page.contains("Referred Kate"));
}
