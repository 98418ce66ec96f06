use senim_tests::spawn_app;

#[tokio::test]
async fn searching_from_taraz_without_javascript_lists_sites_by_distance() {
    let app = spawn_app().await;
    let response = app.get("/ru?place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7").await;
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response.headers().get("set-cookie").is_none(),
        "no cookies on public pages"
    );
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    let html = response.text().await.unwrap();
    assert!(html.contains("<title>Senim</title>"), "a discreet title");
    assert!(html.contains("id=\"quick-exit\""));
    assert!(html.contains("class=\"site-card\""));
    assert!(html.contains("ДЕМО"), "demo sites are labelled");
    assert!(
        html.contains("адрес не проверен"),
        "city-only locations say so"
    );
    let results = &html[html.find("class=\"site-list\"").expect("a result list")..];
    let first_card = &results[..results.find("</li>").unwrap()];
    assert!(
        first_card.contains("ДЕМО: "),
        "the demo sites in Taraz itself come first: {first_card}"
    );
    assert!(first_card.contains("0,0"), "at 0.0 km: {first_card}");
}

#[tokio::test]
async fn an_unknown_place_gets_a_message_in_the_page_language() {
    let app = spawn_app().await;
    let html = app.get("/kk?place=Atlantis").await.text().await.unwrap();
    assert!(html.contains("Мұндай елді мекенді білмейміз"), "{html}");
    let html = app.get("/en?place=Tara").await.text().await.unwrap();
    assert!(html.contains("Did you mean"));
    assert!(html.contains("Taraz"));
}

#[tokio::test]
async fn a_site_page_shows_source_and_checked_date() {
    let app = spawn_app().await;
    let directory = app.state.directory();
    let site = directory.sites().iter().find(|s| !s.demo).unwrap();
    let response = app.get(&format!("/en/site/{}", site.id)).await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains(&site.names.en.replace('&', "&amp;")));
    assert!(html.contains("Checked on"));
    assert!(html.contains(site.source_url.as_deref().unwrap()));
    let html = app
        .get("/ru/site/demo-taraz-friendly-cabinet")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Тараз — адрес не проверен"),
        "the settlement in the page's language"
    );
}

#[tokio::test]
async fn unknown_pages_and_languages_are_404() {
    let app = spawn_app().await;
    assert_eq!(
        app.get("/ru/site/no-such-site").await.status().as_u16(),
        404
    );
    assert_eq!(app.get("/xx").await.status().as_u16(), 404);
    let unknown = app.get("/kk/no/such/page").await;
    assert_eq!(unknown.status().as_u16(), 404);
    let html = unknown.text().await.unwrap();
    assert!(html.contains("lang=\"kk\"") && html.contains("id=\"quick-exit\""));
    assert_eq!(html.matches("<main").count(), 1, "{html}");
}

#[tokio::test]
async fn the_root_answers_in_the_browsers_language_and_trailing_slashes_go() {
    let app = spawn_app().await;
    let root = |accept: &'static str| {
        let request = app.client.get(format!("{}/", app.address));
        let request = if accept.is_empty() {
            request
        } else {
            request.header("accept-language", accept)
        };
        async move { request.send().await.unwrap() }
    };
    for (accept, lang) in [
        ("", "/ru"),
        ("kk-KZ,kk;q=0.9,ru;q=0.8", "/kk"),
        ("de-DE,en;q=0.5", "/en"),
        ("fr", "/ru"),
    ] {
        let answer = root(accept).await;
        assert_eq!(answer.status().as_u16(), 307, "{accept}");
        assert_eq!(answer.headers()["location"], lang, "{accept}");
        assert_eq!(answer.headers()["vary"], "Accept-Language");
        assert!(answer.headers().get("set-cookie").is_none());
    }
    for (asked, canonical) in [
        ("/ru/", "/ru"),
        ("/kk/help/?place=Taraz", "/kk/help?place=Taraz"),
        ("//elsewhere.example/", "/elsewhere.example"),
    ] {
        let answer = app.get(asked).await;
        assert_eq!(answer.status().as_u16(), 308, "{asked}");
        assert_eq!(answer.headers()["location"], canonical, "{asked}");
    }
}
