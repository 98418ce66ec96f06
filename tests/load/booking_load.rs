//! A bounded booking load run against a real Senim server on 127.0.0.1 with a
//! fresh database (SQLite; PostgreSQL when `SENIM_TEST_POSTGRES` names a
//! server): W workers post bookings for D seconds (or until N requests),
//! then bookings/s and latency percentiles are printed. With I = 2, two
//! instances on the one database serve the bookings through nginx (round
//! robin), as server/deploy sets them up.
//!
//! `cargo run --release -p senim-tests --bin booking-load -- [workers] [seconds] [max-requests] [instances]`

use serde_json::{Value, json};
use server::startup::Server;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[tokio::main]
async fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let workers = *args.first().unwrap_or(&16) as usize;
    let seconds = (*args.get(1).unwrap_or(&10)).min(120);
    let max_requests = (*args.get(2).unwrap_or(&100_000)).min(1_000_000) as usize;
    let instances = *args.get(3).unwrap_or(&1);

    let dir = tempfile::tempdir().unwrap();
    let mut config = senim_tests::config_in(dir.path());
    // Thousands of bookings from one address: SENIM_LOAD_TEST lifts the
    // booking caps and the surge slow-down (load tests only).
    config.load_test = true;
    let server = Server::build(&config).await.unwrap();
    let base = format!("http://{}", server.local_addr());
    let state = server.state.clone();
    tokio::spawn(server.run());
    println!(
        "database: {}",
        config.database_url.split(':').next().unwrap()
    );

    // Every demo site takes 50 people a slot, so the run measures booking,
    // not "full" answers.
    let rules = server::domain::slots::SlotRules {
        capacity: 50,
        ..server::domain::slots::SlotRules::DEFAULT
    };
    let client = reqwest::Client::new();
    let mut targets = vec![];
    for site in state.directory().sites().iter().filter(|s| s.demo) {
        let mut tx = state.db.begin().await.unwrap();
        server::db::schedule::set_rules(&mut tx, &site.id, &rules)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let slots: Value = client
            .get(format!("{base}/api/v1/sites/{}/slots?days=14", site.id))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        for slot in slots["slots"].as_array().unwrap() {
            targets.push((site.id.clone(), slot["start"].as_str().unwrap().to_string()));
        }
    }
    let targets = Arc::new(targets);
    // The second instance and nginx, when asked for; `_proxy` lives until
    // the end of the run.
    let (base, _proxy) = if instances >= 2 {
        let second = Server::build(&config).await.unwrap();
        let second_base = format!("http://{}", second.local_addr());
        tokio::spawn(second.run());
        let nginx = senim_tests::nginx::Nginx::start(&[&base, &second_base]);
        println!("two instances behind nginx at {}", nginx.base);
        (nginx.base.clone(), Some(nginx))
    } else {
        (base, None)
    };
    let sent = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let began = Instant::now();
    let mut handles = vec![];
    for _ in 0..workers {
        let (client, base, targets, sent) =
            (client.clone(), base.clone(), targets.clone(), sent.clone());
        handles.push(tokio::spawn(async move {
            let mut results = vec![];
            while Instant::now() < deadline {
                let n = sent.fetch_add(1, Ordering::Relaxed);
                if n >= max_requests {
                    break;
                }
                let (site, start) = &targets[n % targets.len()];
                let body =
                    json!({ "site_id": site, "start": start, "nickname": format!("load{n}") });
                let t = Instant::now();
                let status = match client
                    .post(format!("{base}/api/v1/bookings"))
                    .json(&body)
                    .send()
                    .await
                {
                    Ok(response) => response.status().as_u16(),
                    Err(_) => 0,
                };
                results.push((status, t.elapsed()));
            }
            results
        }));
    }
    let mut results = vec![];
    for handle in handles {
        results.extend(handle.await.unwrap());
    }
    let elapsed = began.elapsed().as_secs_f64();
    let created = results.iter().filter(|(s, _)| *s == 201).count();
    let others = results.len() - created;
    let mut latencies: Vec<Duration> = results.iter().map(|(_, d)| *d).collect();
    latencies.sort();
    let percentile =
        |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!(
        "workers {workers}, {elapsed:.1} s, {} requests over {} slots",
        results.len(),
        targets.len()
    );
    println!(
        "bookings created: {created} ({:.0}/s); other answers: {others}",
        created as f64 / elapsed
    );
    println!(
        "latency p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(0.50).as_secs_f64() * 1000.0,
        percentile(0.90).as_secs_f64() * 1000.0,
        percentile(0.99).as_secs_f64() * 1000.0,
        latencies.last().unwrap().as_secs_f64() * 1000.0,
    );
}
