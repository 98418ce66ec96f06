//! A site whose last check is older than `SENIM_STALE_AFTER_DAYS` says so,
//! on its card and its page, in every language; fresh sites say nothing.

use senim_tests::{spawn_app, spawn_app_with};

/// Checked 2026-11-22 (data/sites.csv), so before any day these tests run.
const SITE: &str = "almaty-revansh";
/// Each language's words for "not checked since" / "last check".
const WORDS: [(&str, &str); 6] = [
    ("ru", "Не проверялось с"),
    ("kk", "Соңғы тексеру:"),
    ("en", "Not checked since"),
    ("uz", "Oxirgi tekshiruv:"),
    ("ky", "Акыркы текшерүү:"),
    ("tg", "Санҷиши охирин:"),
];

#[tokio::test]
async fn stale_rows_show_their_age_on_cards_and_pages_in_every_language() {
    // With a limit of 0 days, every row checked before today is stale.
    let app = spawn_app_with(|config| config.stale_after_days = 0).await;
    let (_, api) = app
        .get_json("/api/v1/nearest?lat=43.25&lon=76.91&limit=10")
        .await;
    let results = api["results"].as_array().unwrap();
    let since = results
        .iter()
        .find_map(|r| r["not_checked_since"].as_str())
        .unwrap_or_else(|| panic!("the API gives the date of the last check: {api}"))
        .to_string();
    assert_eq!(since.len(), 10);
    for (lang, words) in WORDS {
        let page = app.get(&format!("/{lang}/site/{SITE}")).await;
        let html = page.text().await.unwrap();
        assert!(html.contains("class=\"stale\""), "{lang}: site page");
        assert!(html.contains(words), "{lang}: site page says {words}");
        let results = app
            .get(&format!("/{lang}?lat=43.25&lon=76.91"))
            .await
            .text()
            .await
            .unwrap();
        assert!(results.contains(words), "{lang}: results say {words}");
    }
    let html = app
        .get(&format!("/en/site/{SITE}"))
        .await
        .text()
        .await
        .unwrap();
    let year = &since[..4];
    let stale: String = html[html.find("class=\"stale\"").unwrap()..]
        .chars()
        .take(120)
        .collect();
    assert!(stale.contains(year), "the date is shown: {stale}");
}

#[tokio::test]
async fn rows_checked_recently_show_no_warning() {
    let app = spawn_app().await;
    let (_, api) = app
        .get_json("/api/v1/nearest?lat=43.25&lon=76.91&limit=10")
        .await;
    let results = api["results"].as_array().unwrap();
    assert!(results.iter().all(|r| r["not_checked_since"].is_null()));
    let html = app
        .get(&format!("/ru/site/{SITE}"))
        .await
        .text()
        .await
        .unwrap();
    assert!(!html.contains("class=\"stale\""));
}
