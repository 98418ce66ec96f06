//! Running the real server binary on a database in a directory of the
//! test's, as an operator would. Each test binary uses a part of it.
#![allow(dead_code)]

use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Running {
    pub child: Child,
    pub base: String,
}

/// What a stopped server printed.
pub fn read_log(child: &mut Child) -> String {
    use std::io::Read;
    child.wait().unwrap();
    let mut log = String::new();
    for stream in [
        child.stdout.take().map(|s| Box::new(s) as Box<dyn Read>),
        child.stderr.take().map(|s| Box::new(s) as Box<dyn Read>),
    ]
    .into_iter()
    .flatten()
    {
        let mut stream = stream;
        stream.read_to_string(&mut log).unwrap();
    }
    log
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

pub async fn start(dir: &std::path::Path, port: u16) -> Running {
    let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env(
            "DATABASE_URL",
            format!("sqlite://{}?mode=rwc", dir.join("senim.db").display()),
        )
        .env("SENIM_KEY_FILE", dir.join("senim.key"))
        .env("RUST_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the server binary starts");
    let base = format!("http://127.0.0.1:{port}");
    for _ in 0..100 {
        if reqwest::get(format!("{base}/healthz"))
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Running { child, base };
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not start");
}

/// Asks the server to stop, as systemd does (SIGTERM), and waits for it.
pub fn terminate(running: &mut Running) -> std::process::ExitStatus {
    let pid = running.child.id().to_string();
    let sent = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(sent.success(), "kill -TERM {pid}");
    running.child.wait().unwrap()
}
