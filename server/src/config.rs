//! Configuration from environment variables, with documented defaults
//! (README, "Configuration").

use crate::domain::bookings::booking::CodeKey;
use crate::private_files;
use anyhow::Context;
use ipnet::IpNet;
use std::net::IpAddr;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Config {
    /// `LEPTOS_SITE_ADDR`, default 127.0.0.1:3000; port 0 picks a free port.
    pub site_addr: SocketAddr,
    /// `DATABASE_URL`, default `sqlite://senim.db?mode=rwc`.
    pub database_url: String,
    /// `LEPTOS_SITE_ROOT`, default `target/site`: the built CSS, JS and WebAssembly.
    pub site_root: String,
    /// `SENIM_REFRESH_SECONDS`, default 2: how often to look for directory changes.
    pub refresh_every: Duration,
    /// `SENIM_KEY_FILE`, default `senim.key`: the secret that booking codes are
    /// derived and hashed with; created (32 random bytes, mode 0600) if
    /// missing, refused if others can read it. Keep it apart from the data
    /// and its backups: a backup and the key file together are the data.
    pub key_file: PathBuf,
    /// `SENIM_KEY_STATE_FILE`, default `<SENIM_KEY_FILE>.days`: the day keys'
    /// ratchet (the first live day and its secret), created (mode 600) if
    /// missing and rewritten when a day ends; never in the database. It must
    /// be writable; keep it on an encrypted disk or in memory-backed
    /// storage (README, "Day keys").
    pub key_state_file: PathBuf,
    /// `SENIM_RETENTION_DAYS`, default 0, at most 30: a booking's day is
    /// over (its nickname's key destroyed) when this many more days have
    /// passed after it in Almaty; 0: at the end of the visit's day.
    pub retention_days: u32,
    /// `SENIM_AUDIT_DAYS`, default 365: the audit log's rows (what staff
    /// did, and reception's daily counts) are deleted this many days after
    /// they were written.
    pub audit_days: u32,
    /// `SENIM_STALE_AFTER_DAYS`, default 180: a site last checked (by
    /// research or by its staff) longer ago shows "not checked since …".
    pub stale_after_days: u32,
    /// `SENIM_HTTPS`, default 0: set to 1 when the site is served over HTTPS
    /// (behind a TLS proxy); every response then carries HSTS and the
    /// portal cookie is `__Host-senim_portal`, `Secure`.
    pub https: bool,
    /// `SENIM_PLAIN_HTTP`, default 0: set to 1 to serve plain HTTP on a
    /// network (not loopback) address on purpose (a LAN test); without it,
    /// or `SENIM_HTTPS=1`, such an address is refused at start.
    pub plain_http: bool,
    /// `SENIM_SESSION_IDLE_MINUTES`, default 30: a portal session unused
    /// this long ends (it ends after 12 hours in any case).
    pub session_idle: Duration,
    /// `SENIM_TRUSTED_PROXIES`, default none: the reverse proxies (addresses
    /// or CIDR ranges) whose `X-Forwarded-For` names the client, for the
    /// look-up limits.
    pub trusted_proxies: Vec<IpNet>,
    /// `SENIM_LOAD_TEST`, default 0: set to 1 only for load tests and test
    /// suites that book many times from one address. It lifts the booking
    /// caps per client and per outreach account and the slow-down of a
    /// site's bookings in a surge (nothing else: look-up, report and
    /// sign-in limits stay). Production never needs it.
    pub load_test: bool,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let var =
            |name: &str, default: &str| std::env::var(name).unwrap_or_else(|_| default.to_string());
        Ok(Config {
            site_addr: var("LEPTOS_SITE_ADDR", "127.0.0.1:3000")
                .parse()
                .context("LEPTOS_SITE_ADDR must be an address like 127.0.0.1:3000")?,
            database_url: var("DATABASE_URL", "sqlite://senim.db?mode=rwc"),
            site_root: var("LEPTOS_SITE_ROOT", "target/site"),
            refresh_every: Duration::from_secs(
                var("SENIM_REFRESH_SECONDS", "2")
                    .parse()
                    .context("SENIM_REFRESH_SECONDS must be a whole number")?,
            ),
            key_file: PathBuf::from(var("SENIM_KEY_FILE", "senim.key")),
            key_state_file: match std::env::var("SENIM_KEY_STATE_FILE") {
                Ok(path) if !path.is_empty() => PathBuf::from(path),
                _ => crate::services::day_keys::state_path(Path::new(&var(
                    "SENIM_KEY_FILE",
                    "senim.key",
                ))),
            },
            retention_days: var("SENIM_RETENTION_DAYS", "0")
                .parse()
                .ok()
                .filter(|days| *days <= 30)
                .context("SENIM_RETENTION_DAYS must be a whole number from 0 to 30")?,
            audit_days: var("SENIM_AUDIT_DAYS", "365")
                .parse::<u32>()
                .ok()
                .filter(|days| (1..=3650).contains(days))
                .context("SENIM_AUDIT_DAYS must be a whole number from 1 to 3650")?,
            stale_after_days: var("SENIM_STALE_AFTER_DAYS", "180")
                .parse()
                .context("SENIM_STALE_AFTER_DAYS must be a whole number")?,
            https: flag("SENIM_HTTPS", &var("SENIM_HTTPS", "0"))?,
            plain_http: flag("SENIM_PLAIN_HTTP", &var("SENIM_PLAIN_HTTP", "0"))?,
            session_idle: Duration::from_secs(
                60 * var("SENIM_SESSION_IDLE_MINUTES", "30")
                    .parse::<u64>()
                    .ok()
                    .filter(|minutes| (1..=720).contains(minutes))
                    .context("SENIM_SESSION_IDLE_MINUTES must be a whole number from 1 to 720")?,
            ),
            trusted_proxies: parse_trusted(&var("SENIM_TRUSTED_PROXIES", ""))
                .map_err(|e| anyhow::anyhow!("SENIM_TRUSTED_PROXIES: {e}"))?,
            load_test: match var("SENIM_LOAD_TEST", "0").as_str() {
                "1" => true,
                "0" => false,
                _ => anyhow::bail!("SENIM_LOAD_TEST must be 0 or 1"),
            },
        })
    }

    /// Whether the server may start on its address as configured: served
    /// over HTTPS (`SENIM_HTTPS=1`), or on a loopback address (a proxy on
    /// this machine, or a developer's), or deliberately plain
    /// (`SENIM_PLAIN_HTTP=1`: `Ok` with a warning for the log). Plain HTTP
    /// on a network address otherwise is refused with the reason: portal
    /// passwords and cookies would cross the network readable.
    pub fn transport_check(&self) -> Result<Option<String>, String> {
        transport_check(self.site_addr, self.https, self.plain_http)
    }
}

/// [`Config::transport_check`] of an address and the two settings.
fn transport_check(
    address: SocketAddr,
    https: bool,
    plain_http: bool,
) -> Result<Option<String>, String> {
    if https || address.ip().is_loopback() {
        return Ok(None);
    }
    let exposed = format!(
        "Senim listens on {address} without HTTPS: portal passwords and cookies \
         would cross the network readable"
    );
    if plain_http {
        Ok(Some(format!(
            "{exposed} (SENIM_PLAIN_HTTP=1); use this only on a network you trust"
        )))
    } else {
        Err(format!(
            "{exposed}. Serve it through a TLS proxy and set SENIM_HTTPS=1, listen on \
             127.0.0.1 (LEPTOS_SITE_ADDR) behind a proxy on this machine, or set \
             SENIM_PLAIN_HTTP=1 to serve plain HTTP on purpose"
        ))
    }
}

/// A 0/1 setting.
fn flag(name: &str, value: &str) -> anyhow::Result<bool> {
    match value {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => anyhow::bail!("{name} must be 0 or 1"),
    }
}

/// Reads the code key, or creates it (32 random bytes, mode 0600). A key
/// file that group or other users can open is refused, with the `chmod`
/// that fixes it.
pub fn load_or_create_key(path: &std::path::Path) -> anyhow::Result<CodeKey> {
    if path.exists() {
        private_files::refuse_if_readable_by_others(path)?;
        let bytes = std::fs::read(path)
            .with_context(|| format!("cannot read the key file {}", path.display()))?;
        let key: [u8; 32] = bytes
            .try_into()
            .map_err(|_| anyhow::anyhow!("{} must hold exactly 32 bytes", path.display()))?;
        return Ok(CodeKey::new(key));
    }
    let key: [u8; 32] = rand::random();
    use std::io::Write;
    private_files::create_new(path)
        .and_then(|mut file| {
            file.write_all(&key)?;
            file.sync_all()
        })
        .with_context(|| format!("cannot create the key file {}", path.display()))?;
    Ok(CodeKey::new(key))
}

/// `SENIM_TRUSTED_PROXIES`: addresses or CIDR ranges, separated by commas
/// or spaces (`127.0.0.1, 10.0.0.0/8`); a bare address is one host.
pub fn parse_trusted(text: &str) -> Result<Vec<IpNet>, String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(|item| {
            item.parse::<IpNet>()
                .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("{item:?} is not an address or CIDR range"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listening_on(
        address: &str,
        https: bool,
        plain_http: bool,
    ) -> Result<Option<String>, String> {
        transport_check(address.parse().unwrap(), https, plain_http)
    }

    #[test]
    fn plain_http_on_a_network_address_is_refused_unless_deliberate() {
        for loopback in ["127.0.0.1:3000", "[::1]:3000", "127.0.0.1:0"] {
            assert_eq!(listening_on(loopback, false, false), Ok(None));
        }
        for network in ["0.0.0.0:3000", "192.168.1.5:80", "[::]:3000"] {
            let refused = listening_on(network, false, false);
            let reason = refused.expect_err(network);
            assert!(
                reason.contains("SENIM_HTTPS=1") && reason.contains("SENIM_PLAIN_HTTP=1"),
                "{reason}"
            );
            assert_eq!(listening_on(network, true, false), Ok(None));
            let warned = listening_on(network, false, true);
            assert!(
                warned.unwrap().unwrap().contains("without HTTPS"),
                "{network}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_new_key_file_is_the_owners_alone_and_one_others_can_read_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir =
            private_files::PrivateDir::create_in(&std::env::temp_dir(), "senim-test-").unwrap();
        let path = dir.path().join("senim.key");
        load_or_create_key(&path).unwrap();
        let metadata = std::fs::metadata(&path).unwrap();
        assert_eq!(private_files::mode_of(&metadata), 0o600);
        assert_eq!(metadata.len(), 32);
        load_or_create_key(&path).expect("its own key file is read again");

        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let refusal = load_or_create_key(&path).err().unwrap().to_string();
        assert!(
            refusal.contains(&format!("chmod 600 {}", path.display())),
            "{refusal}"
        );
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        assert!(parse_trusted("").unwrap().is_empty());
        assert_eq!(parse_trusted("127.0.0.1, 10.0.0.0/8 ::1").unwrap().len(), 3);
        assert!(
            parse_trusted("10.0.0.0/33")
                .unwrap_err()
                .contains("10.0.0.0/33")
        );
    }
}
