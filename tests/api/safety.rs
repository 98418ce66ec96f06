//! What keeps a visitor safe: the Content-Security-Policy with its nonce, the
//! "Help now" page, and a map that needs no other host.

use senim_tests::spawn_app;

#[tokio::test]
async fn pages_allow_only_their_own_scripts_by_a_fresh_nonce() {
    let app = spawn_app().await;
    let nonce_of = |policy: &str| {
        let from = policy.find("'nonce-").expect("a nonce in the policy") + 7;
        policy[from..from + policy[from..].find('\'').unwrap()].to_string()
    };
    let first = app.get("/ru").await;
    let policy = first.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(policy.contains("default-src 'self'"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    let nonce = nonce_of(&policy);
    assert!(nonce.len() >= 16, "{nonce}");
    let html = first.text().await.unwrap();
    for script in html.split("<script").skip(1) {
        let tag = &script[..script.find('>').unwrap()];
        assert!(
            tag.contains("src=\"/") || tag.contains(&format!("nonce=\"{nonce}\"")),
            "an inline script without the nonce: <script{tag}>"
        );
    }
    let second = app.get("/ru").await;
    let again = second.headers()["content-security-policy"]
        .to_str()
        .unwrap();
    assert_ne!(nonce_of(again), nonce, "a new nonce for every response");
    let api = app.get("/api/v1/sites").await;
    assert_eq!(
        api.headers()["content-security-policy"],
        "default-src 'none'; frame-ancestors 'none'"
    );
    assert_eq!(api.headers()["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn help_now_gives_112_and_the_nearest_legal_psychological_and_violence_support() {
    let app = spawn_app().await;
    let html = app.get("/en/help").await.text().await.unwrap();
    assert!(html.contains("href=\"tel:112\""), "{html}");
    let response = app.get("/en/help?place=Almaty").await;
    assert_eq!(response.status().as_u16(), 200);
    let html = response.text().await.unwrap();
    for service in ["violence_support", "legal", "psychological"] {
        let from = html
            .find(&format!("id=\"help-{service}\""))
            .unwrap_or_else(|| panic!("no {service} section"));
        let section = &html[from..from + html[from..].find("</section>").unwrap()];
        assert!(
            section.contains("/en/site/demo-almaty-legal-ngo"),
            "{service}: {section}"
        );
    }
    let html = app
        .get("/kk/help?place=Atlantis")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Мұндай елді мекенді білмейміз"), "{html}");
}

#[tokio::test]
async fn results_come_with_a_map_drawn_on_the_server() {
    let app = spawn_app().await;
    let html = app.get("/en?place=Taraz").await.text().await.unwrap();
    let map = &html[html.find("<figure class=\"map\"").expect("a map")..];
    let map = &map[..map.find("</figure>").unwrap()];
    assert!(map.contains("<path d=\"M") && map.contains("class=\"country\""));
    assert!(map.contains("class=\"origin\""));
    assert_eq!(
        map.matches("class=\"marker\"").count(),
        html.matches("class=\"site-card\"").count(),
        "one marker per result"
    );
    assert!(map.contains("Natural Earth"));
    assert!(!map.contains("href="), "the map loads nothing");
}

#[tokio::test]
async fn quick_exit_clears_what_the_browser_keeps_and_sends_to_a_neutral_page() {
    let app = spawn_app().await;
    let page = app.get("/ru?place=Taraz").await.text().await.unwrap();
    assert!(
        page.contains("id=\"quick-exit\" href=\"/exit\""),
        "the control is a plain link to /exit"
    );
    // A link followed from anywhere (a bookmark, another site) works too.
    for fetch_site in ["same-origin", "none", "cross-site"] {
        let exit = app
            .client
            .get(format!("{}/exit", app.address))
            .header("sec-fetch-site", fetch_site)
            .send()
            .await
            .unwrap();
        assert_eq!(exit.status().as_u16(), 303, "{fetch_site}");
        let headers = exit.headers();
        assert_eq!(headers["clear-site-data"], "\"cache\", \"storage\"");
        assert_eq!(headers["cache-control"], "no-store");
        assert_eq!(
            headers["location"],
            "https://www.google.com/search?q=weather"
        );
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert!(headers.get("set-cookie").is_none());
    }
}

#[tokio::test]
async fn a_search_beyond_a_place_name_is_not_stored_by_the_browser() {
    let app = spawn_app().await;
    let cache_rule = |response: &reqwest::Response| {
        response
            .headers()
            .get("cache-control")
            .map(|value| value.to_str().unwrap().to_string())
    };
    for private in [
        "/ru?place=Taraz&service=pep",
        "/ru?lat=42.90&lon=71.37",
        "/ru?lat=42.90&lon=71.37&service=pep&kind=&lang=",
        "/ru?place=Taraz&service=&weekend=1",
        "/ru/help?place=Taraz&service=pep",
    ] {
        // Twice: the second answer comes from the server's page cache.
        for _ in 0..2 {
            let response = app.get(private).await;
            assert_eq!(response.status().as_u16(), 200, "{private}");
            assert_eq!(
                cache_rule(&response).as_deref(),
                Some("no-store"),
                "{private}"
            );
        }
    }
    for plain in [
        "/ru",
        "/ru?place=Taraz",
        "/ru?place=Taraz&service=&kind=&lang=",
        "/ru/help",
        "/ru/site/demo-taraz-friendly-cabinet",
    ] {
        let response = app.get(plain).await;
        assert_eq!(response.status().as_u16(), 200, "{plain}");
        assert_eq!(
            cache_rule(&response),
            None,
            "{plain}: kept for offline reading"
        );
    }
}
