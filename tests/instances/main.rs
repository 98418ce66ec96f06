//! Two Senim instances on one PostgreSQL database, behind Debian's nginx
//! (round robin) run with the proxy settings of server/deploy/nginx: the
//! capacity of a slot holds, bookings, limits and lockouts are shared, a
//! directory change made on one is seen by the other within a second, and
//! an import of a few hundred sites passes through nginx.
//!
//! Needs PostgreSQL (`SENIM_TEST_POSTGRES`) and nginx: the test command runs
//! it in its PostgreSQL pass (`cargo test -p senim-tests --test instances`).

use senim_tests::nginx::Nginx;
use senim_tests::portal::{PASSWORD, REAL_SITE, add_admin, add_staff, sign_in};
use senim_tests::{TestApp, post_sign_in, spawn_app_with};
use serde_json::{Value, json};
use server::startup::Server;
use std::time::{Duration, Instant};

/// A demo site whose slots take two people.
const DEMO_SITE: &str = "demo-taraz-trust-point";

struct Deployment {
    /// The first instance (its state gives the tests a way in).
    first: TestApp,
    second: String,
    nginx: Nginx,
}

fn require_postgres() {
    let url = std::env::var("SENIM_TEST_POSTGRES").unwrap_or_default();
    assert!(
        url.starts_with("postgres"),
        "SENIM_TEST_POSTGRES must name a PostgreSQL server (bash .ci/test sets it)"
    );
}

/// Two instances that only hear of directory changes from the database's
/// announcements (their timers are set to a minute), behind nginx.
async fn deploy() -> Deployment {
    require_postgres();
    let trusted = server::config::parse_trusted("127.0.0.1").unwrap();
    let first = spawn_app_with(|config| {
        config.trusted_proxies = trusted;
        config.refresh_every = Duration::from_secs(60);
        // 200 bookings from one address at one site: past the caps and a
        // surge (look-up and sign-in limits stay, and are tested here).
        config.load_test = true;
    })
    .await;
    let second = first.another_instance().await;
    let nginx = Nginx::start(&[&first.address, &second]);
    Deployment {
        first,
        second,
        nginx,
    }
}

async fn post_json(client: &reqwest::Client, url: String, body: Value) -> (u16, Value) {
    let response = client.post(url).json(&body).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn slots(client: &reqwest::Client, base: &str, site: &str) -> (u16, Value) {
    let url = format!("{base}/api/v1/sites/{site}/slots?days=14");
    let response = client.get(url).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_may_start_at_once_on_a_new_database() {
    require_postgres();
    let dir = tempfile::tempdir().unwrap();
    let config = senim_tests::config_in(dir.path());
    let (one, two) = tokio::join!(Server::build(&config), Server::build(&config));
    let (one, two) = (one.unwrap(), two.unwrap());
    let seeded = one.state.directory().sites().len();
    assert!(seeded > 0);
    assert_eq!(
        two.state.directory().sites().len(),
        seeded,
        "seeded once, same for both"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_hundred_bookings_through_nginx_fill_a_slot_exactly() {
    let deployment = deploy().await;
    let client = &deployment.first.client;
    let (_, open) = slots(client, &deployment.nginx.base, DEMO_SITE).await;
    let slot = &open["slots"][0];
    let capacity = slot["capacity"].as_u64().unwrap();
    let start = slot["start"].as_str().unwrap().to_string();
    let attempts: Vec<_> = (0..200)
        .map(|i| {
            let client = client.clone();
            let url = format!("{}/api/v1/bookings", deployment.nginx.base);
            let body =
                json!({ "site_id": DEMO_SITE, "start": start, "nickname": format!("Guest {i}") });
            tokio::spawn(async move { post_json(&client, url, body).await.0 })
        })
        .collect();
    let mut statuses = vec![];
    for attempt in attempts {
        statuses.push(attempt.await.unwrap());
    }
    let booked = statuses.iter().filter(|s| **s == 201).count() as u64;
    let full = statuses.iter().filter(|s| **s == 409).count() as u64;
    assert_eq!(booked, capacity, "{statuses:?}");
    assert_eq!(
        booked + full,
        200,
        "every other answer is 'full': {statuses:?}"
    );
    for base in [&deployment.first.address, &deployment.second] {
        let (_, after) = slots(client, base, DEMO_SITE).await;
        let same = after["slots"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["start"] == start);
        if let Some(same) = same {
            assert_eq!(same["available"], 0, "{same}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_booking_made_on_one_instance_is_found_and_cancelled_on_the_other() {
    let deployment = deploy().await;
    let client = &deployment.first.client;
    let (first, second) = (&deployment.first.address, &deployment.second);
    let (_, open) = slots(client, first, DEMO_SITE).await;
    let start = open["slots"][1]["start"].clone();
    let body = json!({ "site_id": DEMO_SITE, "start": start, "nickname": "Moon" });
    let (status, booked) = post_json(client, format!("{first}/api/v1/bookings"), body).await;
    assert_eq!(status, 201, "{booked}");
    let code = json!({ "code": booked["code"] });

    let (status, found) = post_json(
        client,
        format!("{second}/api/v1/bookings/lookup"),
        code.clone(),
    )
    .await;
    assert_eq!(
        (status, &found["status"]),
        (200, &json!("booked")),
        "{found}"
    );
    let (status, _) = post_json(
        client,
        format!("{second}/api/v1/bookings/cancel"),
        code.clone(),
    )
    .await;
    assert_eq!(status, 200);
    let (status, found) = post_json(client, format!("{first}/api/v1/bookings/lookup"), code).await;
    assert_eq!(
        status, 404,
        "a cancelled booking's code answers as no code: {found}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn limits_and_lockouts_hold_across_the_instances_behind_nginx() {
    let deployment = deploy().await;
    add_admin(&deployment.first, "admin.nginx").await;
    let client = &deployment.first.client;
    let (first, second) = (&deployment.first.address, &deployment.second);
    let sign_in = |base: String, password: &'static str| async move {
        let response = post_sign_in(client, &base, "admin.nginx", password).await;
        response.status().as_u16()
    };
    for _ in 0..5 {
        assert_eq!(sign_in(first.clone(), "not the password").await, 401);
    }
    assert_eq!(
        sign_in(second.clone(), PASSWORD).await,
        429,
        "locked on the other"
    );

    // Two visitors behind nginx: one spends its look-ups (round robin
    // spreads them over both instances); the other still has its own.
    let lookup_url = format!("{}/api/v1/bookings/lookup", deployment.nginx.base);
    let look_up = |visitor: &'static str| {
        let url = lookup_url.clone();
        async move {
            let request = client.post(url).header("x-forwarded-for", visitor);
            let response = request.json(&json!({ "code": "0000-0000" })).send().await;
            response.unwrap().status().as_u16()
        }
    };
    for _ in 0..20 {
        assert_eq!(look_up("203.0.113.10").await, 404);
    }
    assert_eq!(look_up("203.0.113.10").await, 429, "one budget for both");
    assert_eq!(
        look_up("203.0.113.11").await,
        404,
        "another visitor is served"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn hours_saved_on_one_instance_are_bookable_on_the_other_within_a_second() {
    let deployment = deploy().await;
    add_staff(&deployment.first, "nurse.two", REAL_SITE).await;
    let client = &deployment.first.client;
    let second = &deployment.second;
    let (status, _) = slots(client, second, REAL_SITE).await;
    assert_ne!(status, 200, "not bookable before its staff set it up");

    let staff = sign_in(&deployment.first, "nurse.two").await;
    let week: Vec<(String, &str)> = (1..=7)
        .flat_map(|day| {
            [
                (format!("d{day}i1from"), "00:00"),
                (format!("d{day}i1to"), "23:30"),
            ]
        })
        .collect();
    let mut form: Vec<(&str, &str)> = vec![
        ("slot_minutes", "30"),
        ("capacity", "1"),
        ("notice_hours", "0"),
        ("days_ahead", "14"),
    ];
    form.extend(week.iter().map(|(field, value)| (field.as_str(), *value)));
    let (status, _) = staff
        .post_form(&format!("/en/staff/site/{REAL_SITE}/hours"), &form)
        .await;
    assert_eq!(status, 200);

    let saved_at = Instant::now();
    loop {
        let (status, body) = slots(client, second, REAL_SITE).await;
        if status == 200 && !body["slots"].as_array().unwrap().is_empty() {
            break;
        }
        assert!(
            saved_at.elapsed() < Duration::from_secs(1),
            "the other instance did not see the new hours within a second: {status} {body}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    eprintln!("seen by the other instance after {:?}", saved_at.elapsed());
}

/// A directory file of `count` new sites, each a copy of an exported site
/// with its own id and name, a few metres apart: CSV as the portal exports.
fn bulk_directory(exported: &str, count: usize) -> String {
    let mut reader = csv::Reader::from_reader(exported.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (id, lat) = (column("id"), column("lat"));
    let names: Vec<usize> = (0..header.len())
        .filter(|i| header[*i].starts_with("name_"))
        .collect();
    // The longest row, so that the file is as large as a real one.
    let template = reader
        .records()
        .map(Result::unwrap)
        .max_by_key(|row| row.as_slice().len())
        .unwrap();
    let mut writer = csv::Writer::from_writer(vec![]);
    writer.write_record(&header).unwrap();
    for n in 0..count {
        let mut row: Vec<String> = template.iter().map(str::to_string).collect();
        row[id] = format!("bulk-import-{n:03}");
        for &name in &names {
            row[name] = format!("Bulk import clinic {n}");
        }
        let base: f64 = row[lat].parse().unwrap();
        row[lat] = format!("{:.5}", base + n as f64 * 0.00005);
        writer.write_record(&row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn three_hundred_sites_imported_through_nginx_are_found_on_both_instances() {
    let deployment = deploy().await;
    add_admin(&deployment.first, "admin.bulk").await;
    let staff = sign_in(&deployment.first, "admin.bulk").await;
    let client = &deployment.first.client;
    let through_nginx = staff.through(&deployment.nginx.base);
    let (_, exported) = through_nginx.page("/en/staff/directory/export.csv").await;
    let file = bulk_directory(&exported, 300);
    assert!(
        file.len() > 64 * 1024,
        "larger than nginx took before (64k): {} bytes",
        file.len()
    );
    let import = "/en/staff/directory/import";
    let (status, html) = through_nginx
        .upload(import, &[("file", Some("bulk.csv"), &file)])
        .await;
    assert_eq!(status, 200, "the preview: {html}");
    assert_eq!(html.matches("import-row import-new").count(), 300);
    let (status, html) = through_nginx
        .upload(
            import,
            &[
                ("name", None, "bulk.csv"),
                ("text", None, &file),
                ("confirm", None, "1"),
            ],
        )
        .await;
    assert_eq!(status, 200, "applied: {html}");
    assert!(html.contains("id=\"import-applied\""));

    // Both instances find them in search (the second hears of the change
    // from the database within a second).
    let template = csv::Reader::from_reader(file.as_bytes())
        .records()
        .next()
        .unwrap()
        .unwrap();
    let header = csv::Reader::from_reader(file.as_bytes())
        .headers()
        .unwrap()
        .clone();
    let field = |name: &str| &template[header.iter().position(|h| h == name).unwrap()];
    let nearest = format!(
        "/api/v1/nearest?lat={}&lon={}&limit=100",
        field("lat"),
        field("lon")
    );
    for base in [
        deployment.first.address.as_str(),
        deployment.second.as_str(),
    ] {
        let waited = Instant::now();
        loop {
            let found = client.get(format!("{base}{nearest}")).send().await.unwrap();
            let found = found.text().await.unwrap();
            let sites = client
                .get(format!("{base}/api/v1/sites"))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let all_listed = (0..300).all(|n| sites.contains(&format!("\"bulk-import-{n:03}\"")));
            if all_listed && found.matches("bulk-import-").count() >= 90 {
                break;
            }
            assert!(
                waited.elapsed() < Duration::from_secs(5),
                "{base}: the imported sites are found"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}
