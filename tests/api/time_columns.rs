//! The database holds no time but those it is allowed, each no longer
//! than its lifetime: after a day of bookings, walk-ins, reports and staff
//! actions, every column of the real schema that holds a time (by its name
//! or by its values) is in `TIME_COLUMNS` (the list ARCHITECTURE.md gives),
//! and no value is older than its lifetime, now and after the sweeps of
//! the days, weeks and year that follow.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use senim_tests::portal::*;
use senim_tests::{TestApp, spawn_app_with};
use server::services::retention::sweep;
use sqlx::AnyPool;

/// How long a value of a time column may be older than now.
#[derive(Clone, Copy, Debug)]
enum Lifetime {
    /// Kept as long as the thing it belongs to (an account, a site, an
    /// open report, a count): no limit, but only to the day when `day`.
    Kept,
    /// The booking's day is over `SENIM_RETENTION_DAYS` after it ends:
    /// the slot's own start and end live until the roll-up.
    UntilRollUp,
    /// `SENIM_AUDIT_DAYS`.
    Audit,
    /// A fixed time.
    For(Duration),
}

/// Every column allowed to hold a time: table, column, lifetime, and
/// whether it may hold only a day (or month), never an instant.
const TIME_COLUMNS: &[(&str, &str, Lifetime, bool)] = &[
    // The appointment itself, until its day is over and it is a count.
    ("bookings", "start_utc", Lifetime::UntilRollUp, false),
    ("bookings", "end_utc", Lifetime::UntilRollUp, false),
    // A booking request's replay guard, 15 minutes.
    (
        "booking_requests",
        "expires_utc",
        Lifetime::For(Duration::minutes(15)),
        false,
    ),
    ("slot_seats", "start_utc", Lifetime::UntilRollUp, false),
    // Counts: per day (or month), no instant.
    ("booking_counts", "day", Lifetime::Kept, true),
    ("walk_in_counts", "day", Lifetime::Kept, true),
    ("site_report_counts", "month", Lifetime::Kept, true),
    ("audit_day_counts", "day", Lifetime::Audit, true),
    // What staff did to accounts and sites, to the minute, for a year.
    ("audit_log", "at_utc", Lifetime::Audit, false),
    ("accounts", "created_utc", Lifetime::Kept, false),
    // A portal session ends after 12 hours, or 30 minutes unused.
    (
        "sessions",
        "expires_utc",
        Lifetime::For(Duration::hours(12)),
        false,
    ),
    (
        "sessions",
        "last_seen_utc",
        Lifetime::For(Duration::hours(12)),
        false,
    ),
    // A limiter window, until it ends (the longest is a day).
    (
        "try_counts",
        "window_start_utc",
        Lifetime::For(Duration::hours(24)),
        false,
    ),
    // Surges: per site and day, for SENIM_RETENTION_DAYS.
    ("booking_surges", "day", Lifetime::UntilRollUp, true),
    // Visitors' reports: the day, while open (the note is erased after
    // 90 days; ended reports become counts).
    ("site_reports", "reported_on", Lifetime::Kept, true),
    ("site_reports", "confirmed_on", Lifetime::Kept, true),
    // The directory and its schedule: no person in them.
    ("closures", "day", Lifetime::Kept, true),
    ("staff_changes", "changed_on", Lifetime::Kept, true),
    ("sites", "checked_on", Lifetime::Kept, true),
    ("sites", "staff_checked_on", Lifetime::Kept, true),
    ("sites", "closed_on", Lifetime::Kept, true),
    // When each migration ran, and how long it took (a duration).
    ("_sqlx_migrations", "installed_on", Lifetime::Kept, false),
    ("_sqlx_migrations", "execution_time", Lifetime::Kept, false),
];

/// A column whose name says it holds a time (`day`, `…_utc`, `…_on`,
/// `…_at`, `…_time`, `created…`, …), not a number of days.
fn named_as_time(column: &str) -> bool {
    let column = column.to_ascii_lowercase();
    ["day", "date", "month", "at", "time", "when"].contains(&column.as_str())
        || [
            "_utc", "_on", "_at", "_day", "_date", "_month", "_time", "_seen",
        ]
        .iter()
        .any(|end| column.ends_with(end))
        || ["created", "expires", "last_"]
            .iter()
            .any(|start| column.starts_with(start))
}

/// A stored value that is a time: an instant, or a day (or a month), or
/// (PostgreSQL's own timestamps) a date and time.
enum Time {
    Instant(DateTime<Utc>),
    Day(NaiveDate),
}

fn time_of(value: &str) -> Option<Time> {
    let value = value.trim();
    if let Some(at) = server::domain::instant::parse(value) {
        return Some(Time::Instant(at));
    }
    if let Ok(at) = DateTime::parse_from_str(value, "%Y-%m-%d %H:%M:%S%.f%#z") {
        return Some(Time::Instant(at.to_utc()));
    }
    if let Ok(day) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Some(Time::Day(day));
    }
    NaiveDate::parse_from_str(&format!("{value}-01"), "%Y-%m-%d")
        .ok()
        .filter(|_| value.len() == 7)
        .map(Time::Day)
}

async fn pool(app: &TestApp) -> AnyPool {
    app.own_pool().await
}

/// Every (table, column) of the real schema but its bytes columns (the
/// migrations' checksums).
async fn columns(app: &TestApp, pool: &AnyPool) -> Vec<(String, String)> {
    let query = if app.database_url.starts_with("postgres") {
        "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns
         WHERE table_schema = current_schema() AND data_type <> 'bytea' ORDER BY 1, 2"
    } else {
        "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND p.type <> 'BLOB'
         ORDER BY 1, 2"
    };
    sqlx::query_as(query).fetch_all(pool).await.unwrap()
}

/// Holds the database to `TIME_COLUMNS` as of the server's now; returns
/// how many time values it checked.
async fn holds_to_the_list(app: &TestApp) -> usize {
    let pool = pool(app).await;
    let now = app.state.now();
    let retention = Duration::days(app.state.retention_days.into());
    let columns = columns(app, &pool).await;
    assert!(columns.len() > 50, "{columns:?}");
    let mut checked = 0;
    for (table, column) in &columns {
        let values: Vec<Option<String>> = sqlx::query_scalar(&format!(
            "SELECT CAST(\"{column}\" AS TEXT) FROM \"{table}\""
        ))
        .fetch_all(&pool)
        .await
        .unwrap();
        let times: Vec<Time> = values.iter().flatten().filter_map(|v| time_of(v)).collect();
        if times.is_empty() && !named_as_time(column) {
            continue;
        }
        let listed = TIME_COLUMNS
            .iter()
            .find(|(t, c, ..)| t == table && c == column)
            .map(|(_, _, lifetime, day_only)| (*lifetime, *day_only));
        let Some((lifetime, day_only)) = listed else {
            panic!("{table}.{column} holds a time but is not in the list: {values:?}");
        };
        let oldest_allowed = match lifetime {
            Lifetime::Kept => None,
            // A slot ends by the start of the first live day; it starts
            // at most a day before.
            Lifetime::UntilRollUp => Some(now - retention - Duration::days(2)),
            Lifetime::Audit => {
                Some(now - Duration::days(app.state.audit_days.into()) - Duration::days(1))
            }
            Lifetime::For(duration) => Some(now - duration),
        };
        for time in times {
            checked += 1;
            let at = match time {
                Time::Instant(at) => {
                    assert!(!day_only, "{table}.{column} holds an instant: {at}");
                    at
                }
                Time::Day(day) => day.and_time(chrono::NaiveTime::MIN).and_utc(),
            };
            if let Some(oldest) = oldest_allowed {
                assert!(
                    at >= oldest,
                    "{table}.{column}: {at} is older than {oldest}"
                );
            }
        }
    }
    checked
}

#[tokio::test]
async fn after_a_day_of_bookings_every_time_column_is_listed_and_none_outlives_its_lifetime() {
    let app = spawn_app_with(|config| config.load_test = true).await;
    add_staff(&app, "nurse.day", DEMO_SITE).await;
    add_outreach(&app, "worker.day", "Amelia").await;
    add_admin(&app, "admin.day").await;

    // The day: bookings (one a referral), one cancelled, one marked, a
    // walk-in, a closure, two visitors' reports (one dismissed), and a
    // code looked up.
    let outreach = sign_in(&app, "worker.day").await;
    let first = slot_start(&app, DEMO_SITE, 0).await;
    let second = slot_start(&app, DEMO_SITE, 1).await;
    book_referral(&app, DEMO_SITE, &first, "Day Referral", &outreach).await;
    book_json(&app, DEMO_SITE, &first, "Day Visitor").await;
    let code = book_json(&app, DEMO_SITE, &second, "Day Cancelled").await;
    let cancelled = app
        .client
        .post(format!("{}/api/v1/bookings/cancel", app.address))
        .json(&serde_json::json!({ "code": code }))
        .send()
        .await
        .unwrap();
    assert!(cancelled.status().is_success());
    let nurse = sign_in(&app, "nurse.day").await;
    let day = &first[..10];
    let page = nurse
        .page(&format!("/en/staff/site/{DEMO_SITE}/bookings?date={day}"))
        .await
        .1;
    let row = &page[page.find("Day Visitor").unwrap()..];
    let marked = nurse
        .submit(
            &format!("/en/staff/site/{DEMO_SITE}/bookings/status"),
            &[
                ("booking", &field_of(row, "booking")),
                ("status", "arrived"),
                ("date", day),
            ],
        )
        .await;
    assert_eq!(marked.status().as_u16(), 200);
    let walk_in = nurse
        .submit(
            &format!("/en/staff/site/{DEMO_SITE}/walk-ins"),
            &[("service", "pep")],
        )
        .await;
    assert_eq!(walk_in.status().as_u16(), 200);
    for problem in ["phone", "hours"] {
        let reported = post(
            &app,
            &format!("/en/site/{DEMO_SITE}"),
            &[("problem", problem), ("note", "Nobody answers")],
        )
        .await;
        assert_eq!(reported.status().as_u16(), 200);
    }
    let admin = sign_in(&app, "admin.day").await;
    let queue = admin.page("/en/staff/site-reports").await.1;
    let from = queue.find("/staff/site-reports/").unwrap() + 20;
    let id = &queue[from..from + queue[from..].find('"').unwrap()];
    let dismissed = admin
        .submit(
            &format!("/en/staff/site-reports/{id}"),
            &[("outcome", "dismissed")],
        )
        .await;
    assert_eq!(dismissed.status().as_u16(), 200);
    let looked_up = app
        .client
        .post(format!("{}/api/v1/bookings/lookup", app.address))
        .json(&serde_json::json!({ "code": "AAAA-AAAA" }))
        .send()
        .await
        .unwrap();
    assert!(looked_up.status().is_client_error());

    // As the day ends, the next day, after the retention, a year on.
    let checked = holds_to_the_list(&app).await;
    assert!(checked > 10, "only {checked} time values");
    for days in [1, app.state.retention_days + 2, 400] {
        app.state.clock.advance(Duration::days(days.into()));
        sweep(&app.state).await;
        holds_to_the_list(&app).await;
    }
}
