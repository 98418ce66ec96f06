//! Kill the server (SIGKILL) in the middle of a booking burst and start it
//! again on the same database: every booking that was confirmed with 201 is
//! still there, and no slot holds more people than its capacity.

use serde_json::{Value, json};
mod support;

// 400 bookings from one address in seconds: past the booking caps and a
// surge, which LOAD_TEST lifts.
use support::{LOAD_TEST, database_url, free_port, read_log, start_with};

const SITE: &str = "demo-taraz-trust-point";

/// The site's slots of the coming week, from the API.
async fn week_of_slots(client: &reqwest::Client, base: &str) -> Value {
    let url = format!("{base}/api/v1/sites/{SITE}/slots?days=7");
    client.get(url).send().await.unwrap().json().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn confirmed_bookings_survive_a_kill_and_capacity_holds() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut server = start_with(dir.path(), port, LOAD_TEST).await;
    let client = reqwest::Client::new();
    let slots: Value = week_of_slots(&client, &server.base).await;
    let starts: Vec<String> = slots["slots"]
        .as_array()
        .unwrap()
        .iter()
        .take(40)
        .map(|s| s["start"].as_str().unwrap().to_string())
        .collect();
    assert!(starts.len() >= 10);

    // 400 bookings over 40 slots of 2 seats, 16 at a time; kill after ~150 answers.
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<(u16, Option<String>)>(1000);
    let base = server.base.clone();
    let burst = tokio::spawn(async move {
        let semaphore = std::sync::Arc::new(tokio::sync::Semaphore::new(16));
        for i in 0..400 {
            let permit = semaphore.clone().acquire_owned().await.unwrap();
            let (client, sender, base) = (client.clone(), sender.clone(), base.clone());
            let start = starts[i % starts.len()].clone();
            tokio::spawn(async move {
                let body =
                    json!({ "site_id": SITE, "start": start, "nickname": format!("burst{i}") });
                let answer = client
                    .post(format!("{base}/api/v1/bookings"))
                    .json(&body)
                    .send()
                    .await;
                let outcome = match answer {
                    Ok(response) => {
                        let status = response.status().as_u16();
                        let code = response
                            .json::<Value>()
                            .await
                            .ok()
                            .and_then(|b| b["code"].as_str().map(String::from));
                        (status, code)
                    }
                    Err(_) => (0, None),
                };
                let _ = sender.send(outcome).await;
                drop(permit);
            });
        }
    });
    let mut confirmed = vec![];
    let mut answers = 0;
    while let Some((status, code)) = receiver.recv().await {
        answers += 1;
        if status == 201 {
            confirmed.push(code.expect("a 201 carries a code"));
        }
        if answers == 150 {
            server.child.kill().expect("SIGKILL");
            break;
        }
    }
    let killed_log = read_log(&mut server.child);
    burst.abort();
    // Drain answers that arrived before the kill was seen.
    while let Ok((status, code)) = receiver.try_recv() {
        if status == 201 {
            confirmed.push(code.unwrap());
        }
    }
    assert!(!confirmed.is_empty());

    let mut server = start_with(dir.path(), port, LOAD_TEST).await;
    let client = reqwest::Client::new();
    // One look-up through the API (which limits look-ups per client), the
    // rest straight in the database with the server's key.
    let found: Value = client
        .post(format!("{}/api/v1/bookings/lookup", server.base))
        .json(&json!({ "code": confirmed[0] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(found["status"], "booked", "{found}");
    let key = server::config::load_or_create_key(&dir.path().join("senim.key")).unwrap();
    let db = server::db::Db::connect(&database_url(dir.path()))
        .await
        .unwrap();
    for code in &confirmed {
        let code = server::domain::bookings::booking::BookingCode::parse(code).unwrap();
        let stored = server::db::bookings::by_code(&db, &key.code_hash(&code), chrono::Utc::now())
            .await
            .unwrap();
        assert_eq!(
            stored.map(|b| b.status.code()),
            Some("booked"),
            "a booking confirmed with 201 was lost"
        );
    }
    let slots: Value = week_of_slots(&client, &server.base).await;
    for slot in slots["slots"].as_array().unwrap() {
        let available = slot["available"].as_i64().unwrap();
        assert!(
            (0..=slot["capacity"].as_i64().unwrap()).contains(&available),
            "{slot}"
        );
    }
    assert_seats_agree_with_bookings(&db).await;
    server.child.kill().unwrap();
    let output = server.child.wait_with_output().unwrap();
    let log = format!(
        "{killed_log}{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    for code in &confirmed {
        assert!(
            !log.contains(code.as_str()),
            "a booking code reached the log"
        );
    }
    assert!(!log.contains("burst"), "a nickname reached the log");
}

/// Every slot's count of seats taken equals its bookings still to come.
async fn assert_seats_agree_with_bookings(db: &server::db::Db) {
    use server::domain::bookings::booking_status::BookingStatus;
    let at = |text: &str| text.parse::<chrono::DateTime<chrono::Utc>>().unwrap();
    let (epoch, far) = (at("2000-01-01T00:00:00Z"), at("2100-01-01T00:00:00Z"));
    for site in server::db::sites::load_all(db).await.unwrap() {
        let seats = server::db::schedule::seats_used(db, &site.id, epoch)
            .await
            .unwrap();
        let bookings = server::db::bookings::between(db, &site.id, epoch, far)
            .await
            .unwrap();
        for (start, used) in seats {
            let booked = bookings
                .iter()
                .filter(|b| b.start == start && b.status == BookingStatus::Booked)
                .count();
            assert_eq!(
                used.booked as usize, booked,
                "seats of {} at {start}",
                site.id
            );
        }
    }
}
