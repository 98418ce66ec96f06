//! Erased means unreadable: nicknames are stored sealed under their day's
//! key, and when the day is over its key is destroyed. The stored bytes
//! (SQLite's files, PostgreSQL's data directory) never hold a nickname or
//! a code, and what was sealed for an ended day no longer opens with the
//! key material left on disk.

use chrono::{Duration, NaiveDate};
use senim_tests::{TestApp, spawn_app};
use serde_json::{Value, json};
use server::domain::bookings::booking::CodeKey;
use server::domain::day_keys::{booking_day, day_start, sealed_day};
use server::services::day_keys::DayKeys;
use std::path::PathBuf;

const SITE: &str = "demo-taraz-friendly-cabinet";

/// A nickname no other test uses: letters only, in two scripts.
fn unique_nickname(prefix: &str) -> String {
    static COUNT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        ^ (u64::from(std::process::id()) << 40)
        ^ COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) << 20;
    let mut letters = String::new();
    for _ in 0..10 {
        letters.push((b'a' + (n % 26) as u8) as char);
        n /= 26;
    }
    format!("{prefix}{letters}")
}

struct Booking {
    nickname: String,
    code: String,
    day: NaiveDate,
}

async fn book(app: &TestApp, slot: &Value, prefix: &str) -> Booking {
    let nickname = unique_nickname(prefix);
    let (status, booked) = app
        .post_json(
            "/api/v1/bookings",
            json!({ "site_id": SITE, "start": slot["start"], "nickname": nickname }),
        )
        .await;
    assert_eq!(status, 201, "{booked}");
    let end = chrono::DateTime::parse_from_rfc3339(slot["end"].as_str().unwrap()).unwrap();
    Booking {
        nickname,
        code: booked["code"].as_str().unwrap().to_string(),
        day: booking_day(end.to_utc()),
    }
}

/// Two bookings on the first day with slots (one cancelled) and two on a
/// later day (one cancelled): the kept ones first.
async fn book_two_days(app: &TestApp) -> (Vec<Booking>, Vec<Booking>) {
    let (status, body) = app
        .get_json(&format!("/api/v1/sites/{SITE}/slots?days=14"))
        .await;
    assert_eq!(status, 200, "{body}");
    let slots = body["slots"].as_array().unwrap().clone();
    let day_of = |slot: &Value| {
        let end = chrono::DateTime::parse_from_rfc3339(slot["end"].as_str().unwrap()).unwrap();
        booking_day(end.to_utc())
    };
    let first = &slots[0];
    let later = slots
        .iter()
        .find(|slot| day_of(slot) > day_of(first) + Duration::days(1))
        .expect("a slot two days after the first");
    let early = vec![
        book(app, first, "Ерте").await,
        book(app, first, "Early").await,
    ];
    let late = vec![
        book(app, later, "Кейін").await,
        book(app, later, "Later").await,
    ];
    for cancelled in [&early[1], &late[1]] {
        let (status, _) = app
            .post_json("/api/v1/bookings/cancel", json!({ "code": cancelled.code }))
            .await;
        assert_eq!(status, 200);
    }
    assert!(early[0].day < late[0].day);
    (early, late)
}

/// Moves the server's clock to just after `day` ends (retention 0).
fn move_past(app: &TestApp, day: NaiveDate) {
    let after = day_start(day + Duration::days(1)) + Duration::minutes(1);
    let by = after - app.state.now();
    if by > Duration::zero() {
        app.state.clock.advance(by);
    }
}

/// Moves the server's clock to just after `day` ends and runs the sweep.
async fn end_the_day(app: &TestApp, day: NaiveDate) {
    move_past(app, day);
    server::services::retention::sweep(&app.state).await;
}

/// The files the database keeps on disk: SQLite's database, log and
/// shared-memory files; or the PostgreSQL cluster's whole data directory,
/// after a checkpoint has written everything out. (The `backup` slice adds
/// the backup file written by `server backup` here.)
async fn stored_files(app: &TestApp) -> Vec<PathBuf> {
    if !app.database_url.starts_with("postgres") {
        return ["senim.db", "senim.db-wal", "senim.db-shm"]
            .iter()
            .map(|file| app.dir().join(file))
            .filter(|path| path.exists())
            .collect();
    }
    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&app.database_url).await.unwrap();
    sqlx::query("CHECKPOINT").execute(&pool).await.unwrap();
    let directory: String = sqlx::query_scalar("SHOW data_directory")
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    vec![PathBuf::from(directory)]
}

/// Which of `needles` occur, byte for byte, anywhere in `files` (searched
/// with `grep -r`, as someone with a copy of the disk would).
fn found_in(files: &[PathBuf], needles: &[String]) -> Vec<String> {
    assert!(!files.is_empty(), "there are files to search");
    let patterns = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(patterns.path(), needles.join("\n") + "\n").unwrap();
    let output = std::process::Command::new("grep")
        .env("LC_ALL", "C")
        .args(["-r", "-a", "-o", "-h", "-F", "-s", "-f"])
        .arg(patterns.path())
        .args(files)
        .output()
        .expect("grep runs");
    let mut found: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Every way a nickname or a code could be written.
fn needles(bookings: &[&Booking]) -> Vec<String> {
    bookings
        .iter()
        .flat_map(|b| {
            [
                b.nickname.clone(),
                b.code.clone(),
                b.code.replace('-', ""),
                b.code.to_lowercase(),
                b.code.replace('-', "").to_lowercase(),
            ]
        })
        .collect()
}

#[tokio::test]
async fn no_nickname_or_code_is_in_the_stored_bytes_while_live_or_after_the_day() {
    let app = spawn_app().await;
    let (early, late) = book_two_days(&app).await;
    let all: Vec<&Booking> = early.iter().chain(&late).collect();
    let (status, found) = app
        .post_json("/api/v1/bookings/lookup", json!({ "code": late[0].code }))
        .await;
    assert_eq!(status, 200);
    assert_eq!(found["nickname"], late[0].nickname.as_str(), "it opens");

    let files = stored_files(&app).await;
    assert_eq!(
        found_in(&files, &[SITE.to_string()]),
        [SITE],
        "the search finds what is stored in plain text"
    );
    let live = found_in(&files, &needles(&all));
    assert!(live.is_empty(), "stored in plain text while live: {live:?}");

    end_the_day(&app, early[0].day).await;
    let after = found_in(&stored_files(&app).await, &needles(&all));
    assert!(after.is_empty(), "stored in plain text after: {after:?}");
    let (_, found) = app
        .post_json("/api/v1/bookings/lookup", json!({ "code": late[0].code }))
        .await;
    assert_eq!(
        found["nickname"],
        late[0].nickname.as_str(),
        "a live day's nickname still opens"
    );
}

#[tokio::test]
async fn an_ended_day_no_longer_opens_with_the_key_material_left_on_disk() {
    let app = spawn_app().await;
    let (early, late) = book_two_days(&app).await;
    // What a copy of the database taken now holds (the cancelled ones
    // hold none).
    let copied: Vec<String> = server::db::bookings::with_nicknames(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|b| b.nickname)
        .collect();
    assert_eq!(copied.len(), 2, "the two kept bookings");
    let sealed_on = |day: NaiveDate| {
        copied
            .iter()
            .find(|sealed| sealed_day(sealed) == Some(day))
            .expect("a sealed nickname of that day")
            .clone()
    };
    let (early_sealed, late_sealed) = (sealed_on(early[0].day), sealed_on(late[0].day));
    let state_file = app.key_state_file().to_path_buf();
    let keys_on_disk = || {
        let key: [u8; 32] = std::fs::read(app.key_file()).unwrap().try_into().unwrap();
        DayKeys::read(state_file.clone(), CodeKey::new(key).day_keys_salt()).unwrap()
    };
    assert_eq!(
        keys_on_disk().open(&early_sealed).as_deref(),
        Some(early[0].nickname.as_str()),
        "before its day ends, the files on disk open it"
    );

    move_past(&app, early[0].day);
    assert!(
        app.state.day_keys.open(&early_sealed).is_some(),
        "not swept yet"
    );
    assert_eq!(
        server::services::nicknames::open_text(&app.state, &early_sealed),
        None,
        "but its day is over: it reads as erased already"
    );
    server::services::retention::sweep(&app.state).await;
    let state = std::fs::read_to_string(&state_file).unwrap();
    let first_day = (early[0].day + Duration::days(1)).to_string();
    let nicknames_line = state.lines().nth(1).unwrap();
    assert!(
        nicknames_line.starts_with(&format!("nicknames {first_day} ")),
        "{nicknames_line}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&state_file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let on_disk = keys_on_disk();
    assert_eq!(
        on_disk.open(&early_sealed),
        None,
        "the ended day's key is gone"
    );
    assert_eq!(
        on_disk.open(&late_sealed).as_deref(),
        Some(late[0].nickname.as_str()),
        "a live day still opens"
    );
    let left: Vec<String> = server::db::bookings::with_nicknames(&app.state.db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|b| b.nickname)
        .collect();
    assert_eq!(left, [late_sealed], "the ended day's nicknames are tidied");
}

#[tokio::test]
async fn a_nickname_stored_in_plain_text_before_is_sealed_at_start() {
    let app = spawn_app().await;
    let (_, late) = book_two_days(&app).await;
    let stored = server::db::bookings::with_nicknames(&app.state.db)
        .await
        .unwrap();
    let booking = stored
        .iter()
        .find(|b| b.nickname.as_deref().and_then(sealed_day) == Some(late[0].day))
        .unwrap();
    let mut tx = app.state.db.begin().await.unwrap();
    server::db::bookings::replace_nickname(
        &mut tx,
        &booking.site_id,
        booking.start,
        booking.nickname.as_deref().unwrap(),
        Some(&late[0].nickname),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();

    let restarted = app.another_instance().await;
    let after = server::db::bookings::with_nicknames(&app.state.db)
        .await
        .unwrap();
    assert!(
        after
            .iter()
            .all(|b| b.nickname.as_deref().and_then(sealed_day).is_some()),
        "every stored nickname is sealed"
    );
    let response = app
        .client
        .post(format!("{restarted}/api/v1/bookings/lookup"))
        .json(&json!({ "code": late[0].code }))
        .send()
        .await
        .unwrap();
    let found: Value = response.json().await.unwrap();
    assert_eq!(found["nickname"], late[0].nickname.as_str());
}

/// A key pair made with the real `age-keygen`, as an operator would: the
/// identity (private key) file, kept away from the server, and the public
/// key, which is all the server is given.
fn age_key_pair(operator: &std::path::Path) -> (PathBuf, String) {
    std::fs::create_dir_all(operator).unwrap();
    let identity = operator.join("backup-identity.txt");
    let made = std::process::Command::new("age-keygen")
        .arg("-o")
        .arg(&identity)
        .output()
        .expect("age-keygen runs (Debian's age package, installed by .ci/setup)");
    assert!(made.status.success(), "age-keygen -o: {made:?}");
    let public = std::process::Command::new("age-keygen")
        .arg("-y")
        .arg(&identity)
        .output()
        .unwrap();
    assert!(public.status.success(), "age-keygen -y: {public:?}");
    (
        identity,
        String::from_utf8(public.stdout).unwrap().trim().to_string(),
    )
}

/// The backup decrypted with the `age` CLI, as the README restores it; a
/// PostgreSQL dump is then turned into its SQL text by `pg_restore`, as
/// restoring it would read it.
fn decrypted(backup: &std::path::Path, identity: &std::path::Path, postgres: bool) -> Vec<u8> {
    let age = std::process::Command::new("age")
        .arg("--decrypt")
        .arg("--identity")
        .arg(identity)
        .arg(backup)
        .output()
        .expect("age runs");
    assert!(age.status.success(), "age --decrypt: {age:?}");
    if !postgres {
        assert!(age.stdout.starts_with(b"SQLite format 3"));
        return age.stdout;
    }
    let mut restore = std::process::Command::new("pg_restore")
        .args(["--file=-", "--data-only"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("pg_restore runs");
    use std::io::Write;
    restore
        .stdin
        .take()
        .unwrap()
        .write_all(&age.stdout)
        .unwrap();
    let text = restore.wait_with_output().unwrap();
    assert!(text.status.success(), "pg_restore");
    text.stdout
}

/// Every sealed text (`v1.<day>.<hex>`) the restored copy holds: read
/// from the SQLite file with SQLite, or from the PostgreSQL dump's rows.
async fn sealed_texts(restored: &std::path::Path, plain: &[u8], postgres: bool) -> Vec<String> {
    if postgres {
        return String::from_utf8_lossy(plain)
            .split(['\t', '\n'])
            .filter(|field| sealed_day(field).is_some())
            .map(str::to_string)
            .collect();
    }
    sqlx::any::install_default_drivers();
    let url = format!("sqlite://{}?mode=ro", restored.display());
    let pool = sqlx::AnyPool::connect(&url).await.unwrap();
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT nickname FROM bookings WHERE nickname IS NOT NULL")
            .fetch_all(&pool)
            .await
            .unwrap();
    pool.close().await;
    stored
}

#[tokio::test]
async fn a_backup_taken_while_nicknames_were_live_shows_none_once_their_day_is_over() {
    let app = spawn_app().await;
    let postgres = app.database_url.starts_with("postgres");
    let (early, late) = book_two_days(&app).await;
    let all: Vec<&Booking> = early.iter().chain(&late).collect();
    let (identity, public) = age_key_pair(&app.dir().join("operator"));
    let recipients = server::services::backup::Recipients::parse(&[public], &[]).unwrap();
    let backup = app.dir().join("taken-while-live.age");
    server::services::backup::write_encrypted(&app.state.db, &recipients, &backup)
        .await
        .unwrap();

    end_the_day(&app, early[0].day).await;
    let mut files = stored_files(&app).await;
    files.push(backup.clone());
    let found = found_in(&files, &needles(&all));
    assert!(
        found.is_empty(),
        "found in the files or the backup: {found:?}"
    );

    // The operator restores it (with the private key the server never
    // had), and whoever has it also takes the key material left on disk.
    let plain = decrypted(&backup, &identity, postgres);
    let restored = app.dir().join("restored-backup");
    std::fs::write(&restored, &plain).unwrap();
    assert_eq!(
        found_in(std::slice::from_ref(&restored), &[SITE.to_string()]),
        [SITE],
        "the restored copy holds the data"
    );
    let found = found_in(std::slice::from_ref(&restored), &needles(&all));
    assert!(found.is_empty(), "found in the restored backup: {found:?}");
    let sealed = sealed_texts(&restored, &plain, postgres).await;
    assert!(sealed.iter().all(|text| sealed_day(text).is_some()));
    let of_day = |day: NaiveDate| -> Vec<&String> {
        sealed
            .iter()
            .filter(|text| sealed_day(text) == Some(day))
            .collect()
    };
    assert!(!of_day(early[0].day).is_empty(), "{sealed:?}");
    assert!(!of_day(late[0].day).is_empty(), "{sealed:?}");
    let key: [u8; 32] = std::fs::read(app.key_file()).unwrap().try_into().unwrap();
    let on_disk = DayKeys::read(
        app.key_state_file().to_path_buf(),
        CodeKey::new(key).day_keys_salt(),
    )
    .unwrap();
    for text in of_day(early[0].day) {
        assert_eq!(on_disk.open(text), None, "an ended day's nickname opens");
    }
    let opened: Vec<String> = of_day(late[0].day)
        .into_iter()
        .filter_map(|text| on_disk.open(text))
        .collect();
    assert_eq!(
        opened,
        [late[0].nickname.clone()],
        "a live day's still opens"
    );
}
