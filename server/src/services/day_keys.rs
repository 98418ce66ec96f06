//! This server's day keys ([`crate::domain::day_keys`]): the ratchet kept in
//! the key state file beside `SENIM_KEY_FILE` (`<key file>.days`, mode
//! 0600, never in the database), the keys derived from it (kept in memory
//! once computed), and destroying the keys of days that are over. Several
//! instances with copies of the same file derive the same keys without
//! talking: each advances its own copy.

use crate::domain::day_keys::{DayKey, Ratchet, senim_day};
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

struct Held {
    ratchet: Ratchet,
    keys: BTreeMap<NaiveDate, DayKey>,
}

impl Held {
    fn key(&mut self, day: NaiveDate, salt: &[u8; 32]) -> Option<&DayKey> {
        if !self.keys.contains_key(&day) {
            let key = self.ratchet.keys_of(day, salt)?;
            self.keys.insert(day, key);
        }
        self.keys.get(&day)
    }
}

/// Where the key state of `key_file` is kept: `<key file>.days`.
pub fn state_path(key_file: &Path) -> PathBuf {
    let mut path = key_file.as_os_str().to_owned();
    path.push(".days");
    PathBuf::from(path)
}

impl DayKeys {
    /// Reads the key state at `path`, or creates it (mode 0600) with a
    /// random secret whose first day is `first_live_day`; the keys of days
    /// before `first_live_day` are then destroyed at once. A state file
    /// that is there but cannot be read stops the start: writing a new one
    /// would make every live nickname unreadable.
    pub fn load_or_create(
        path: PathBuf,
        salt: [u8; 32],
        first_live_day: NaiveDate,
    ) -> anyhow::Result<DayKeys> {
        let ratchet = match std::fs::read_to_string(&path) {
            Ok(text) => {
                refuse_if_readable_by_others(&path)?;
                parse(&text)
                    .with_context(|| format!("{} is not a Senim key state file", path.display()))?
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let ratchet = Ratchet::new(first_live_day, rand::random());
                write_state(&path, &ratchet, true)
                    .with_context(|| format!("cannot create the key state {}", path.display()))?;
                ratchet
            }
            Err(error) => {
                return Err(error)
                    .with_context(|| format!("cannot read the key state {}", path.display()));
            }
        };
        let keys = DayKeys {
            path,
            salt,
            held: Mutex::new(Held {
                ratchet,
                keys: BTreeMap::new(),
            }),
        };
        keys.destroy_before(first_live_day)
            .context("cannot advance the key state")?;
        Ok(keys)
    }

    fn held(&self) -> MutexGuard<'_, Held> {
        self.held
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The first day whose key still exists.
    pub fn first_day(&self) -> NaiveDate {
        self.held().ratchet.first_day()
    }

    /// `text` sealed under the key of `day`; `None` when that day's key is
    /// destroyed already (the day is over).
    pub fn seal(&self, day: NaiveDate, text: &str) -> Option<String> {
        Some(self.held().key(day, &self.salt)?.seal(text))
    }

    /// The text in `sealed`; `None` when its day's key is destroyed (it
    /// reads as erased) or it is no sealed text.
    pub fn open(&self, sealed: &str) -> Option<String> {
        let day = crate::domain::day_keys::sealed_day(sealed)?;
        self.held().key(day, &self.salt)?.open(sealed)
    }

    /// What a try limit stores instead of its key at `now`: keyed with the
    /// limiter key of the current Senim day, so a window's count starts
    /// again when the day changes (midnight in Almaty), and once the day's
    /// key is destroyed its hashes cannot be turned back, not even with
    /// the key file.
    pub fn limit_key_hash(&self, scope: &str, key: &str, now: DateTime<Utc>) -> String {
        let mut held = self.held();
        let day = senim_day(now).max(held.ratchet.first_day());
        held.key(day, &self.salt)
            .expect("a day at or after the first has a key")
            .limit_key_hash(scope, key)
    }

    /// Destroys the keys of the days before `first_live_day`: the key state
    /// file is rewritten first (atomically), then the keys leave memory.
    /// `true` when some were destroyed.
    pub fn destroy_before(&self, first_live_day: NaiveDate) -> std::io::Result<bool> {
        let mut held = self.held();
        if held.ratchet.first_day() >= first_live_day {
            return Ok(false);
        }
        let mut advanced = Ratchet::new(held.ratchet.first_day(), *held.ratchet.secret());
        advanced.advance_to(first_live_day);
        write_state(&self.path, &advanced, false)?;
        held.ratchet = advanced;
        held.keys = held.keys.split_off(&first_live_day);
        Ok(true)
    }
}

fn parse(text: &str) -> Option<Ratchet> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let day = lines.next()?.parse().ok()?;
    let hex = lines.next()?;
    if hex.len() != 64 {
        return None;
    }
    let mut secret = [0u8; 32];
    for (i, byte) in secret.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(Ratchet::new(day, secret))
}

/// Writes the state of `ratchet` to `path`: to a new file (mode 0600)
/// beside it, synced, renamed over it, and the directory synced. `first`:
/// the file must not exist yet.
fn write_state(path: &Path, ratchet: &Ratchet, first: bool) -> std::io::Result<()> {
    let text = format!(
        "{HEADER}\n{}\n{}\n",
        ratchet.first_day(),
        crate::domain::token::hex(ratchet.secret())
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

    #[test]
    fn the_state_file_is_private_and_advances_one_way() {
        let dir = tempfile::tempdir().unwrap();
        let path = state_path(&dir.path().join("senim.key"));
        assert!(path.ends_with("senim.key.days"));
        let keys = DayKeys::load_or_create(path.clone(), [5; 32], day("2026-12-07")).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let today = keys.seal(day("2026-12-07"), "Sara").unwrap();
        let tomorrow = keys.seal(day("2026-12-08"), "Dana").unwrap();

        let copy = DayKeys::load_or_create(path.clone(), [5; 32], day("2026-12-07")).unwrap();
        assert_eq!(copy.open(&tomorrow).as_deref(), Some("Dana"));
        assert!(keys.destroy_before(day("2026-12-08")).unwrap());
        assert!(!keys.destroy_before(day("2026-12-08")).unwrap());
        assert_eq!(keys.open(&today), None);
        assert_eq!(keys.seal(day("2026-12-07"), "late"), None);
        assert_eq!(keys.open(&tomorrow).as_deref(), Some("Dana"));

        let reread = DayKeys::load_or_create(path.clone(), [5; 32], day("2026-12-01")).unwrap();
        assert_eq!(reread.first_day(), day("2026-12-08"));
        assert_eq!(reread.open(&today), None);
        assert_eq!(reread.open(&tomorrow).as_deref(), Some("Dana"));
        let wrong_key_file = DayKeys::load_or_create(path, [6; 32], day("2026-12-01")).unwrap();
        assert_eq!(wrong_key_file.open(&tomorrow), None);
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
        assert!(DayKeys::load_or_create(path, [5; 32], day("2026-12-07")).is_err());
    }
}
