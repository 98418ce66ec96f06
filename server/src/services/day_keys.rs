//! This server's day keys ([`crate::domain::day_keys`]): the ratchet kept in
//! the key state file beside `SENIM_KEY_FILE` (`<key file>.days`, mode
//! 0600, never in the database), the keys derived from it (kept in memory
//! once computed), and destroying the keys of days that are over. Several
//! instances with copies of the same file derive the same keys without
//! talking: each advances its own copy.

use crate::domain::day_keys::{DayKey, Ratchet, first_live_day, senim_day};
use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// The first line of a key state file.
const HEADER: &str = "senim day keys v1";

pub struct DayKeys {
    path: PathBuf,
    /// Derived from the key file: the key state alone opens nothing.
    salt: [u8; 32],
    held: Mutex<Held>,
}

/// Two ratchets: the nicknames' keys live until their day is over
/// (`SENIM_RETENTION_DAYS` after it); the limiter keys only until their
/// day ends, whatever the retention, so yesterday's limiter hashes never
/// follow from the state.
struct Held {
    nicknames: Chain,
    limits: Chain,
}

struct Chain {
    ratchet: Ratchet,
    keys: BTreeMap<NaiveDate, DayKey>,
}

impl Chain {
    fn new(ratchet: Ratchet) -> Chain {
        Chain {
            ratchet,
            keys: BTreeMap::new(),
        }
    }

    fn key(&mut self, day: NaiveDate, salt: &[u8; 32]) -> Option<&DayKey> {
        if !self.keys.contains_key(&day) {
            let key = self.ratchet.keys_of(day, salt)?;
            self.keys.insert(day, key);
        }
        self.keys.get(&day)
    }

    /// The ratchet moved forward to `day`, if it is behind it.
    fn advanced_to(&self, day: NaiveDate) -> Option<Ratchet> {
        if self.ratchet.first_day() >= day {
            return None;
        }
        let mut advanced = Ratchet::new(self.ratchet.first_day(), *self.ratchet.secret());
        advanced.advance_to(day);
        Some(advanced)
    }

    fn replace(&mut self, ratchet: Ratchet) {
        self.keys = self.keys.split_off(&ratchet.first_day());
        self.ratchet = ratchet;
    }
}

/// Where the key state of `key_file` is kept by default: `<key file>.days`.
pub fn state_path(key_file: &Path) -> PathBuf {
    let mut path = key_file.as_os_str().to_owned();
    path.push(".days");
    PathBuf::from(path)
}

impl DayKeys {
    /// Reads the key state at `path`, or creates it (mode 0600) with
    /// random secrets; then destroys the keys of the days that are over at
    /// `now`. A state file that is there but cannot be read stops the
    /// start: writing a new one would make every live nickname unreadable.
    pub fn load_or_create(
        path: PathBuf,
        salt: [u8; 32],
        now: DateTime<Utc>,
        retention_days: u32,
    ) -> anyhow::Result<DayKeys> {
        let keys = match DayKeys::read(path.clone(), salt) {
            Err(_) if !path.exists() => {
                let held = Held {
                    nicknames: Chain::new(Ratchet::new(
                        first_live_day(now, retention_days),
                        rand::random(),
                    )),
                    limits: Chain::new(Ratchet::new(senim_day(now), rand::random())),
                };
                write_state(&path, &held.nicknames.ratchet, &held.limits.ratchet, true)
                    .with_context(|| format!("cannot create the key state {}", path.display()))?;
                DayKeys {
                    path,
                    salt,
                    held: Mutex::new(held),
                }
            }
            read => read?,
        };
        keys.destroy_over(now, retention_days)
            .context("cannot advance the key state")?;
        Ok(keys)
    }

    /// Reads the key state at `path` as it is: changes nothing.
    pub fn read(path: PathBuf, salt: [u8; 32]) -> anyhow::Result<DayKeys> {
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read the key state {}", path.display()))?;
        refuse_if_readable_by_others(&path)?;
        let (nicknames, limits) = parse(&text)
            .with_context(|| format!("{} is not a Senim key state file", path.display()))?;
        Ok(DayKeys {
            path,
            salt,
            held: Mutex::new(Held {
                nicknames: Chain::new(nicknames),
                limits: Chain::new(limits),
            }),
        })
    }

    fn held(&self) -> MutexGuard<'_, Held> {
        self.held
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The first day whose nickname key still exists.
    pub fn first_day(&self) -> NaiveDate {
        self.held().nicknames.ratchet.first_day()
    }

    /// `text` sealed under the key of `day`; `None` when that day's key is
    /// destroyed already (the day is over).
    pub fn seal(&self, day: NaiveDate, text: &str) -> Option<String> {
        Some(self.held().nicknames.key(day, &self.salt)?.seal(text))
    }

    /// The text in `sealed`; `None` when its day's key is destroyed (it
    /// reads as erased) or it is no sealed text.
    pub fn open(&self, sealed: &str) -> Option<String> {
        let day = crate::domain::day_keys::sealed_day(sealed)?;
        self.held().nicknames.key(day, &self.salt)?.open(sealed)
    }

    /// What a try limit stores instead of its key at `now`: keyed with the
    /// limiter key of the current Senim day, so a window's count starts
    /// again when the day changes (midnight in Almaty), and once the day
    /// has ended and its key is destroyed its hashes cannot be turned
    /// back, not even with the key file.
    pub fn limit_key_hash(&self, scope: &str, key: &str, now: DateTime<Utc>) -> String {
        let mut held = self.held();
        let day = senim_day(now).max(held.limits.ratchet.first_day());
        held.limits
            .key(day, &self.salt)
            .expect("a day at or after the first has a key")
            .limit_key_hash(scope, key)
    }

    /// Destroys the keys of the days that are over at `now`: the nickname
    /// keys of days more than `retention_days` before today, the limiter
    /// keys of days before today. The key state file is rewritten first
    /// (atomically), then the keys leave memory. `true` when some were
    /// destroyed.
    pub fn destroy_over(&self, now: DateTime<Utc>, retention_days: u32) -> std::io::Result<bool> {
        let mut held = self.held();
        let nicknames = held
            .nicknames
            .advanced_to(first_live_day(now, retention_days));
        let limits = held.limits.advanced_to(senim_day(now));
        if nicknames.is_none() && limits.is_none() {
            return Ok(false);
        }
        write_state(
            &self.path,
            nicknames.as_ref().unwrap_or(&held.nicknames.ratchet),
            limits.as_ref().unwrap_or(&held.limits.ratchet),
            false,
        )?;
        if let Some(ratchet) = nicknames {
            held.nicknames.replace(ratchet);
        }
        if let Some(ratchet) = limits {
            held.limits.replace(ratchet);
        }
        Ok(true)
    }
}

fn parse(text: &str) -> Option<(Ratchet, Ratchet)> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let nicknames = parse_chain(lines.next()?, "nicknames")?;
    let limits = parse_chain(lines.next()?, "limits")?;
    Some((nicknames, limits))
}

/// `<name> <first day> <secret in hex>`.
fn parse_chain(line: &str, name: &str) -> Option<Ratchet> {
    let mut words = line.split(' ');
    if words.next()? != name {
        return None;
    }
    let day = words.next()?.parse().ok()?;
    let hex = words.next()?;
    if hex.len() != 64 {
        return None;
    }
    let mut secret = [0u8; 32];
    for (i, byte) in secret.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(Ratchet::new(day, secret))
}

/// Writes the state of the two ratchets to `path`: to a new file (mode
/// 0600) beside it, synced, renamed over it, and the directory synced.
/// `first`: the file must not exist yet.
fn write_state(
    path: &Path,
    nicknames: &Ratchet,
    limits: &Ratchet,
    first: bool,
) -> std::io::Result<()> {
    let chain = |name: &str, ratchet: &Ratchet| {
        format!(
            "{name} {} {}\n",
            ratchet.first_day(),
            crate::domain::access::token::hex(ratchet.secret())
        )
    };
    let text = format!(
        "{HEADER}\n{}{}",
        chain("nicknames", nicknames),
        chain("limits", limits)
    );
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(
        ".new-{}-{}",
        std::process::id(),
        rand::random::<u32>()
    ));
    let temporary = PathBuf::from(temporary);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&temporary).and_then(|mut file| {
        file.write_all(text.as_bytes())?;
        file.sync_all()
    });
    if let Err(error) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(error);
    }
    if first && path.exists() {
        let _ = std::fs::remove_file(&temporary);
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "another process created the key state at the same time",
        ));
    }
    std::fs::rename(&temporary, path)?;
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    std::fs::File::open(directory)?.sync_all()
}

/// The key state opens nothing without the key file, but it is refused
/// all the same when others than its owner may read it.
fn refuse_if_readable_by_others(path: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)?.permissions().mode();
        if mode & 0o077 != 0 {
            anyhow::bail!(
                "{} can be read by others (mode {:o}): chmod 600 it",
                path.display(),
                mode & 0o777
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// Noon in Almaty on `text`.
    fn noon(text: &str) -> DateTime<Utc> {
        crate::domain::day_keys::day_start(day(text)) + chrono::Duration::hours(12)
    }

    #[test]
    fn the_state_file_is_private_and_advances_one_way() {
        let dir = tempfile::tempdir().unwrap();
        let path = state_path(&dir.path().join("senim.key"));
        assert!(path.ends_with("senim.key.days"));
        let keys = DayKeys::load_or_create(path.clone(), [5; 32], noon("2026-12-07"), 0).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let today = keys.seal(day("2026-12-07"), "Sara").unwrap();
        let tomorrow = keys.seal(day("2026-12-08"), "Dana").unwrap();

        let copy = DayKeys::read(path.clone(), [5; 32]).unwrap();
        assert_eq!(copy.open(&tomorrow).as_deref(), Some("Dana"));
        assert!(keys.destroy_over(noon("2026-12-08"), 0).unwrap());
        assert!(!keys.destroy_over(noon("2026-12-08"), 0).unwrap());
        assert_eq!(keys.open(&today), None);
        assert_eq!(keys.seal(day("2026-12-07"), "late"), None);
        assert_eq!(keys.open(&tomorrow).as_deref(), Some("Dana"));

        let reread = DayKeys::read(path.clone(), [5; 32]).unwrap();
        assert_eq!(reread.first_day(), day("2026-12-08"));
        assert_eq!(reread.open(&today), None);
        assert_eq!(reread.open(&tomorrow).as_deref(), Some("Dana"));
        let wrong_key_file = DayKeys::read(path, [6; 32]).unwrap();
        assert_eq!(wrong_key_file.open(&tomorrow), None);
    }

    #[test]
    fn limiter_keys_end_with_their_day_whatever_the_retention() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("senim.key.days");
        let keys = DayKeys::load_or_create(path.clone(), [5; 32], noon("2026-12-07"), 30).unwrap();
        let sealed = keys.seal(day("2026-12-07"), "Sara").unwrap();
        let hash = keys.limit_key_hash("lookup", "203.0.113.7", noon("2026-12-07"));
        let copy = DayKeys::read(path.clone(), [5; 32]).unwrap();
        assert_eq!(
            copy.limit_key_hash("lookup", "203.0.113.7", noon("2026-12-07")),
            hash,
            "instances agree"
        );
        keys.destroy_over(noon("2026-12-08"), 30).unwrap();
        let later = DayKeys::read(path, [5; 32]).unwrap();
        assert_eq!(later.open(&sealed).as_deref(), Some("Sara"), "kept 30 days");
        assert_ne!(
            later.limit_key_hash("lookup", "203.0.113.7", noon("2026-12-07")),
            hash,
            "yesterday's limiter key is gone"
        );
    }

    #[test]
    fn a_damaged_state_file_stops_the_start() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("senim.key.days");
        std::fs::write(&path, "not a state").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        assert!(DayKeys::load_or_create(path, [5; 32], noon("2026-12-07"), 0).is_err());
    }
}
