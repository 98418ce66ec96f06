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
