//! The search, results, Help and privacy pages are rendered once a minute per
//! address and directory build: every copy still carries a nonce of its
//! own, named by its own policy, and a change to the directory shows at
//! once.

use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app};

const RESULTS: &str = "/ru?place=%D0%A2%D0%B0%D1%80%D0%B0%D0%B7";
const SITE: &str = "demo-taraz-friendly-cabinet";

/// The page at `path` and the nonce its policy allows scripts by.
async fn page_and_nonce(app: &TestApp, path: &str) -> (String, String) {
    let response = app.get(path).await;
    assert_eq!(response.status().as_u16(), 200, "{path}");
    let policy = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    let start = policy.find("'nonce-").expect("the policy names a nonce") + 7;
    let nonce = policy[start..].split('\'').next().unwrap().to_string();
    (response.text().await.unwrap(), nonce)
}

#[tokio::test]
async fn every_copy_of_a_kept_page_has_a_nonce_of_its_own() {
    let app = spawn_app().await;
    for path in [RESULTS, "/kk", "/en/help", "/tg/privacy"] {
        // Twice at most: the minute may turn between two requests once.
        let mut same = false;
        for _ in 0..2 {
            let (first, first_nonce) = page_and_nonce(&app, path).await;
            let (second, second_nonce) = page_and_nonce(&app, path).await;
            assert_ne!(first_nonce, second_nonce, "{path}: a fresh nonce");
            for (html, nonce) in [(&first, &first_nonce), (&second, &second_nonce)] {
                assert!(
                    html.contains(&format!("nonce=\"{nonce}\"")),
                    "{path}: the scripts carry the policy's nonce"
                );
            }
            assert!(!second.contains(&first_nonce), "{path}: no old nonce left");
            same = first.replace(&first_nonce, &second_nonce) == second;
            if same {
                break;
            }
        }
        assert!(same, "{path}: apart from the nonce, the same page");
    }
}

#[tokio::test]
async fn a_change_to_the_directory_shows_on_kept_pages_at_once() {
    let app = spawn_app().await;
    let (before, _) = page_and_nonce(&app, RESULTS).await;
    assert!(before.contains(SITE), "the site is found");

    add_admin(&app, "admin.cache").await;
    let staff = sign_in(&app, "admin.cache").await;
    let path = format!("/en/staff/directory/{SITE}/close");
    let closed = staff.submit(&path, &[]).await;
    assert_eq!(closed.status().as_u16(), 200);

    let (after, _) = page_and_nonce(&app, RESULTS).await;
    assert!(!after.contains(SITE), "closed: gone from the kept page");
}

#[tokio::test]
async fn pages_that_read_the_database_are_not_kept() {
    let app = spawn_app().await;
    // A booking form carries a random id of its own every time.
    let (_, slots) = app
        .get_json(&format!("/api/v1/sites/{SITE}/slots?days=14"))
        .await;
    let start = slots["slots"][0]["start"].as_str().unwrap().to_string();
    let path = format!("/ru/book/{SITE}?start={}", start.replace('+', "%2B"));
    let first = app.get(&path).await.text().await.unwrap();
    let second = app.get(&path).await.text().await.unwrap();
    let id = |html: &str| {
        let at = html
            .find("name=\"request_id\"")
            .expect("the form has an id");
        html[at..].chars().take(120).collect::<String>()
    };
    assert_ne!(id(&first), id(&second), "each form its own id");
}
