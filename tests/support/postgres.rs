//! A throw-away PostgreSQL cluster of a test's own (Debian's postgresql, run
//! as the `postgres` user, in a temporary directory, on a free port of
//! 127.0.0.1), set up as .ci/postgres sets up the shared one but with
//! PostgreSQL's durability settings left on, so that a test may stop and
//! start it under load. Removed when dropped.

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Cluster {
    /// The server's URL, without a database.
    pub url: String,
    bin: PathBuf,
    dir: tempfile::TempDir,
    port: u16,
}

/// The newest installed PostgreSQL's programs.
fn bin() -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path().join("bin")))
        .filter(|bin| bin.join("pg_ctl").exists())
        .collect();
    found.sort_by_key(|bin| {
        bin.parent()
            .and_then(Path::file_name)
            .and_then(|v| v.to_str()?.parse::<u32>().ok())
            .unwrap_or(0)
    });
    found.pop()
}

fn as_postgres(program: &Path, args: &[&str]) {
    let status = Command::new("runuser")
        .args(["-u", "postgres", "--"])
        .arg(program)
        .args(args)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("runuser runs");
    assert!(status.success(), "{} {args:?} failed", program.display());
}

impl Cluster {
    /// A new cluster, started; `None` where PostgreSQL is not installed.
    pub fn start() -> Option<Cluster> {
        let bin = bin()?;
        let dir = tempfile::Builder::new()
            .prefix("senim-pg-own.")
            .tempdir()
            .unwrap();
        Command::new("chown")
            .args(["postgres:"])
            .arg(dir.path())
            .status()
            .expect("chown runs");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let data = dir.path().join("data");
        as_postgres(
            &bin.join("initdb"),
            &[
                "-D",
                data.to_str().unwrap(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
            ],
        );
        let cluster = Cluster {
            url: format!("postgres://postgres@127.0.0.1:{port}"),
            bin,
            dir,
            port,
        };
        cluster.start_again();
        Some(cluster)
    }

    fn pg_ctl(&self, args: &[&str]) {
        let data = self.dir.path().join("data");
        let mut all = vec!["-D", data.to_str().unwrap()];
        all.extend_from_slice(args);
        as_postgres(&self.bin.join("pg_ctl"), &all);
    }

    /// Starts the stopped server and waits until it takes connections.
    pub fn start_again(&self) {
        let log = self.dir.path().join("server.log");
        let settings = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200",
            self.port,
            self.dir.path().display()
        );
        self.pg_ctl(&["-l", log.to_str().unwrap(), "-w", "-o", &settings, "start"]);
    }

    /// Stops the server at once, as a crash would: no checkpoint, every
    /// connection cut.
    pub fn stop_immediately(&self) {
        self.pg_ctl(&["-m", "immediate", "-w", "stop"]);
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.path().join("data");
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(self.bin.join("pg_ctl"))
            .args(["-D", data.to_str().unwrap(), "-m", "immediate", "stop"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
    }
}
