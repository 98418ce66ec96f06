//! `server user add` against a real database: the password arrives on
//! stdin and is stored only as an argon2id hash; a bad request stores nothing.

mod support;

use server::db::{self, Db};
use server::domain::access::account::password_matches;
use std::io::Write;
use std::process::{Command, Stdio};

fn add_user(database_url: &str, args: &[&str], password: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["user", "add"])
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server binary runs");
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn accounts_are_added_with_a_hashed_password_and_bad_ones_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let url = support::database_url(dir.path());
    let password = "a long enough secret";

    let admin = add_user(&url, &["first-admin", "--role", "admin"], password);
    assert!(admin.status.success(), "{admin:?}");
    let staff = add_user(
        &url,
        &[
            "nurse.aigul",
            "--role",
            "staff",
            "--site",
            "demo-taraz-friendly-cabinet",
        ],
        password,
    );
    assert!(staff.status.success(), "{staff:?}");

    let refused = [
        (
            vec!["first-admin", "--role", "admin"],
            password,
            "already exists",
        ),
        (
            vec!["nurse2", "--role", "staff", "--site", "no-such-site"],
            password,
            "no site no-such-site",
        ),
        (vec!["nurse3", "--role", "staff"], password, "--site"),
        (
            vec!["walker", "--role", "outreach"],
            password,
            "--organisation",
        ),
        (
            vec!["walker", "--role", "outreach", "--organisation", "A"],
            password,
            "2 to 100 characters",
        ),
        (
            vec![
                "nurse4",
                "--role",
                "staff",
                "--site",
                "demo-taraz-friendly-cabinet",
                "--organisation",
                "Amelia",
            ],
            password,
            "--organisation only for outreach",
        ),
        (
            vec!["shorty", "--role", "admin"],
            "too short",
            "12 characters",
        ),
        (vec!["Bad Name", "--role", "admin"], password, "username"),
        (vec!["boss", "--role", "king"], password, "--role"),
    ];
    for (args, password, reason) in refused {
        let output = add_user(&url, &args, password);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
        assert!(!stderr.contains(password), "the password is never echoed");
    }

    let db = Db::connect(&url).await.unwrap();
    let count = db::accounts::list(&db).await.unwrap().len();
    assert_eq!(count, 2, "refused requests stored nothing");
    let nurse = db::accounts::by_username(&db, "nurse.aigul")
        .await
        .unwrap()
        .unwrap();
    assert!(nurse.password_hash.starts_with("$argon2id$"));
    assert!(password_matches(password, &nurse.password_hash));
    assert_eq!(
        db::accounts::sites_of(&db, nurse.id).await.unwrap(),
        ["demo-taraz-friendly-cabinet"]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_outreach_account_joins_the_organisation_of_that_name_or_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let url = support::database_url(dir.path());
    let password = "a long enough secret";
    let added = [
        ("walker.one", "--organisation", " Amelia  Almaty "),
        ("walker.two", "--org", "Amelia Almaty"),
        ("walker.three", "--organisation", "Revansh"),
    ];
    for (name, option, organisation) in added {
        let output = add_user(
            &url,
            &[name, "--role", "outreach", option, organisation],
            password,
        );
        assert!(output.status.success(), "{output:?}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains("organisation: "), "{stdout}");
    }
    let db = Db::connect(&url).await.unwrap();
    let organisations = db::organisations::list(&db).await.unwrap();
    let names: Vec<&str> = organisations.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["Amelia Almaty", "Revansh"]);
    let organisation_of = async |name: &str| {
        db::accounts::by_username(&db, name)
            .await
            .unwrap()
            .unwrap()
            .organisation
            .unwrap()
            .id
    };
    assert_eq!(organisation_of("walker.one").await, organisations[0].id);
    assert_eq!(organisation_of("walker.two").await, organisations[0].id);
    assert_eq!(organisation_of("walker.three").await, organisations[1].id);
}

#[test]
fn help_says_how_to_run_import_and_add_users() {
    let help = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_server"))
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    let top = help(&["--help"]);
    for command in ["serve", "import", "user"] {
        assert!(top.contains(command), "{top}");
    }
    let add = help(&["user", "add", "--help"]);
    for option in ["--role", "--site", "--organisation", "stdin"] {
        assert!(add.contains(option), "{add}");
    }
}
