//! A bounded booking load run against a real Senim server on 127.0.0.1 with a
//! fresh database (SQLite; PostgreSQL when `SENIM_TEST_POSTGRES` names a
//! server): `--workers` clients post bookings for `--seconds` (or until
//! `--max-requests`), then bookings/s and latency percentiles are printed.
//! With `--instances 2`, two instances on the one database serve the
//! bookings through nginx (round robin), as server/deploy sets them up.
//!
//! `cargo run --release -p senim-tests --bin booking-load -- --workers 16 --seconds 10`

use clap::Parser;
use serde_json::{Value, json};
use server::startup::Server;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Posts bookings to a fresh Senim server as fast as it answers, and prints
/// how many it made a second and how long they took.
#[derive(Parser)]
#[command(name = "booking-load")]
struct Args {
    /// Clients booking at once.
    #[arg(long, default_value_t = 16)]
    workers: usize,
    /// How long the run lasts (at most 120).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=120))]
    seconds: u64,
    /// Requests at most, over all clients (at most 1 000 000).
    #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    max_requests: u64,
    /// 1, or 2 instances on the one database behind nginx.
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=2))]
    instances: u8,
}

/// What the clients book: (site, slot start) pairs, and where they post.
struct Setup {
    base: String,
    targets: Arc<Vec<(String, String)>>,
    /// The proxy, when there are two instances: lives until the run ends.
    _proxy: Option<senim_tests::nginx::Nginx>,
    /// The database and key: removed when the run ends.
    _dir: tempfile::TempDir,
}

/// One answer: its status (0 when none came) and how long it took.
type Answer = (u16, Duration);

#[tokio::main]
async fn main() {
    let args = Args::parse();
    let setup = set_up(args.instances).await;
    let began = Instant::now();
    let answers = run(&args, &setup).await;
    report(&args, &answers, began.elapsed(), setup.targets.len());
}

/// A fresh server (two and nginx if asked), every demo site taking 50
/// people a slot so the run measures booking, not "full" answers; the
/// slots of the next two weeks.
async fn set_up(instances: u8) -> Setup {
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
    let client = reqwest::Client::new();
    let mut targets = vec![];
    for site in state.directory().sites().iter().filter(|s| s.demo) {
        senim_tests::set_capacity(&state, &site.id, 50).await;
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
    let (base, proxy) = if instances >= 2 {
        let second = Server::build(&config).await.unwrap();
        let second_base = format!("http://{}", second.local_addr());
        tokio::spawn(second.run());
        let nginx = senim_tests::nginx::Nginx::start(&[&base, &second_base]);
        println!("two instances behind nginx at {}", nginx.base);
        (nginx.base.clone(), Some(nginx))
    } else {
        (base, None)
    };
    Setup {
        base,
        targets: Arc::new(targets),
        _proxy: proxy,
        _dir: dir,
    }
}

/// The clients book round the slots until the time or the requests run out.
async fn run(args: &Args, setup: &Setup) -> Vec<Answer> {
    let client = reqwest::Client::new();
    let sent = Arc::new(AtomicUsize::new(0));
    let max_requests = args.max_requests as usize;
    let deadline = Instant::now() + Duration::from_secs(args.seconds);
    let mut handles = vec![];
    for _ in 0..args.workers {
        let (client, base, targets, sent) = (
            client.clone(),
            setup.base.clone(),
            setup.targets.clone(),
            sent.clone(),
        );
        handles.push(tokio::spawn(async move {
            let mut answers = vec![];
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
                answers.push((status, t.elapsed()));
            }
            answers
        }));
    }
    let mut answers = vec![];
    for handle in handles {
        answers.extend(handle.await.unwrap());
    }
    answers
}

/// Bookings made a second, other answers, latency percentiles.
fn report(args: &Args, answers: &[Answer], elapsed: Duration, slots: usize) {
    let elapsed = elapsed.as_secs_f64();
    let created = answers.iter().filter(|(s, _)| *s == 201).count();
    let others = answers.len() - created;
    let mut latencies: Vec<Duration> = answers.iter().map(|(_, d)| *d).collect();
    latencies.sort();
    let Some(slowest) = latencies.last() else {
        println!("no request was sent");
        return;
    };
    let percentile =
        |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "workers {}, {elapsed:.1} s, {} requests over {slots} slots",
        args.workers,
        answers.len(),
    );
    println!(
        "bookings created: {created} ({:.0}/s); other answers: {others}",
        created as f64 / elapsed
    );
    println!(
        "latency p50 {:.1} ms, p90 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms(percentile(0.50)),
        ms(percentile(0.90)),
        ms(percentile(0.99)),
        ms(*slowest),
    );
}
