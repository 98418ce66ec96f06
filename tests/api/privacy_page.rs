//! "What Senim keeps about you" (`/{lang}/privacy`): a plain page in every
//! language, linked from every page's footer, that says how long this
//! server keeps a booking (`SENIM_RETENTION_DAYS`).

use senim_tests::{TestApp, spawn_app_with};

const TITLES: [(&str, &str); 6] = [
    ("ru", "Что Senim хранит о вас"),
    ("kk", "Senim сіз туралы не сақтайды"),
    ("en", "What Senim keeps about you"),
    ("uz", "Senim siz haqingizda nimani saqlaydi"),
    ("ky", "Senim сиз тууралуу эмнени сактайт"),
    ("tg", "Senim дар бораи Шумо чӣ нигоҳ медорад"),
];

/// The page's HTML, after checking it is a plain public page.
async fn privacy_page(app: &TestApp, lang: &str) -> String {
    let response = app.get(&format!("/{lang}/privacy")).await;
    assert_eq!(response.status().as_u16(), 200, "{lang}");
    assert!(response.headers().get("set-cookie").is_none(), "{lang}");
    response.text().await.unwrap()
}

/// What the page's footer says ("" without one).
fn footer(html: &str) -> &str {
    let Some(start) = html.find("<footer") else {
        return "";
    };
    let end = html[start..]
        .find("</footer>")
        .map_or(html.len(), |end| start + end);
    &html[start..end]
}

#[tokio::test]
async fn the_privacy_page_answers_in_every_language_without_javascript() {
    let app = spawn_app_with(|config| config.retention_days = 0).await;
    for (lang, title) in TITLES {
        let html = privacy_page(&app, lang).await;
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{lang}");
        assert!(
            html.contains("<title>Senim</title>"),
            "{lang}: a discreet title"
        );
        assert!(
            html.contains(&format!("<h1 id=\"kept-title\">{title}</h1>")),
            "{lang}"
        );
        for section in [
            "kept-book-title",
            "kept-staff-title",
            "kept-never-title",
            "kept-phone-title",
            "kept-report-title",
            "kept-seized-title",
        ] {
            assert!(
                html.contains(&format!("id=\"{section}\"")),
                "{lang}: {section}"
            );
        }
        assert!(html.contains("id=\"kept-until\""), "{lang}");
        assert!(html.contains("id=\"kept-source\""), "{lang}");
        assert!(
            !html.contains(">kept-"),
            "{lang}: every message is translated"
        );
    }
    let html = privacy_page(&app, "en").await;
    std::fs::write("/tmp/keeps/en.html", &html).unwrap();
    for said in [
        "until the end of the day of your visit",
        "We ask only for a nickname.",
        "Quick exit deletes these copies",
        "private (incognito) tab",
        "after 90 days at most",
        "They find no codes",
        "Checked on 7 December 2026",
    ] {
        assert!(html.contains(said), "the page says {said:?}");
    }
}

#[tokio::test]
async fn the_privacy_page_says_how_long_this_server_keeps_a_booking() {
    let app = spawn_app_with(|config| config.retention_days = 3).await;
    let english = privacy_page(&app, "en").await;
    assert!(
        english.contains("kept until 3 days after the day of your visit"),
        "the configured SENIM_RETENTION_DAYS"
    );
    assert!(!english.contains("until the end of the day of your visit"));
    let russian = privacy_page(&app, "ru").await;
    assert!(russian.contains("хранится ещё 3 дня после дня визита"));
}

#[tokio::test]
async fn every_page_footer_links_to_the_privacy_page() {
    let app = spawn_app_with(|_| {}).await;
    for (path, lang) in [
        ("/ru", "ru"),
        ("/kk?place=Taraz", "kk"),
        ("/en/site/demo-taraz-friendly-cabinet", "en"),
        ("/uz/help", "uz"),
        ("/ky/booking", "ky"),
        ("/tg/privacy", "tg"),
        ("/ru/no-such-page", "ru"),
        ("/en/staff/login", "en"),
    ] {
        let html = app.get(path).await.text().await.unwrap();
        let footer = footer(&html);
        assert!(
            footer.contains(&format!("href=\"/{lang}/privacy\"")),
            "{path}: {footer}"
        );
    }
    let footer_text = app.get("/kk").await.text().await.unwrap();
    assert!(footer(&footer_text).contains("Senim сіз туралы не сақтайды"));
}
