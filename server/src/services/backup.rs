//! `server backup`: a copy of the whole database, encrypted as it is
//! written to the operator's public keys (`age` X25519 recipients), so that
//! only the holder of a private key, which the server never sees, can read
//! it: the standard `age` tool decrypts it. There is no unencrypted backup.

use crate::db::{Db, DbError};
use crate::private_files;
use std::io::{self, BufWriter};
use std::path::Path;

/// The public keys a backup is encrypted to: at least one.
#[derive(Clone)]
pub struct Recipients(Vec<age::x25519::Recipient>);

/// Why no backup was written (nothing is left behind).
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(
        "a backup is written only encrypted, to a public key whose private key is kept \
         away from this server: give --recipient age1… (or --recipients-file FILE). \
         Create the pair on another machine with `age-keygen -o senim-backup.key`, \
         which prints the public key"
    )]
    NoRecipient,
    #[error(
        "{0} is a private key (AGE-SECRET-KEY-…): give its public key instead \
         (`age-keygen -y FILE` prints it), and keep the private key off this server"
    )]
    PrivateKeyGiven(String),
    #[error("{0} is not an age public key (age1…, as age-keygen prints it)")]
    NotARecipient(String),
    #[error("{0} exists already: name a new file")]
    Exists(String),
    #[error("cannot write {path}: {error}")]
    Write { path: String, error: String },
    #[error(transparent)]
    Db(#[from] DbError),
}

impl Recipients {
    /// The keys given as `--recipient` and those in recipients files
    /// (`(name, text)`: one key a line; blank lines and `#` comments are
    /// skipped, as `age -R` reads them).
    pub fn parse(keys: &[String], files: &[(String, String)]) -> Result<Recipients, BackupError> {
        let given = keys
            .iter()
            .map(|key| (format!("--recipient {}", shown(key)), key.as_str()));
        let listed = files.iter().flat_map(|(name, text)| {
            text.lines()
                .enumerate()
                .map(|(number, line)| (number, line.trim()))
                .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
                .map(move |(number, line)| (format!("line {} of {name}", number + 1), line))
        });
        let recipients = given
            .chain(listed)
            .map(|(place, text)| {
                if text.to_ascii_uppercase().starts_with("AGE-SECRET-KEY-") {
                    return Err(BackupError::PrivateKeyGiven(place));
                }
                text.parse::<age::x25519::Recipient>()
                    .map_err(|_| BackupError::NotARecipient(place))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if recipients.is_empty() {
            return Err(BackupError::NoRecipient);
        }
        Ok(Recipients(recipients))
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn encryptor(&self) -> age::Encryptor {
        age::Encryptor::with_recipients(self.0.iter().map(|r| r as &dyn age::Recipient))
            .expect("X25519 recipients, at least one, always encrypt together")
    }
}

/// A key as an error message may show it: a public key whole, anything
/// else by its start only (it might be a secret pasted by mistake).
fn shown(key: &str) -> String {
    if key.starts_with("age1") {
        key.to_string()
    } else {
        format!("{}…", key.chars().take(6).collect::<String>())
    }
}

/// Writes a consistent copy of the database to `out`, a new file (mode
/// 0600), encrypted to `to`. On any failure `out` is removed again.
pub async fn write_encrypted(db: &Db, to: &Recipients, out: &Path) -> Result<(), BackupError> {
    let path = out.display().to_string();
    let file = private_files::create_new(out).map_err(|error| match error.kind() {
        io::ErrorKind::AlreadyExists => BackupError::Exists(path.clone()),
        _ => BackupError::Write {
            path: path.clone(),
            error: error.to_string(),
        },
    })?;
    let encryptor = to.encryptor();
    let written = async {
        let mut dump = db.dump().await?;
        let copied = tokio::task::spawn_blocking(move || {
            let cannot = |error: io::Error| BackupError::Write {
                path: path.clone(),
                error: error.to_string(),
            };
            let mut writer = encryptor
                .wrap_output(BufWriter::new(file))
                .map_err(cannot)?;
            io::copy(&mut dump, &mut writer).map_err(cannot)?;
            let file = writer
                .finish()
                .map_err(cannot)?
                .into_inner()
                .map_err(|e| cannot(e.into_error()))?;
            file.sync_all().map_err(cannot)?;
            dump.finish()?;
            Ok(())
        });
        copied.await.expect("the copy does not panic")
    }
    .await;
    if written.is_err() {
        let _ = std::fs::remove_file(out);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLIC: &str = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";

    #[test]
    fn a_backup_needs_a_public_key_and_never_takes_a_private_one() {
        assert!(matches!(
            Recipients::parse(&[], &[]),
            Err(BackupError::NoRecipient)
        ));
        let only_comments = [("keys.txt".to_string(), "# none yet\n\n".to_string())];
        let refusal = Recipients::parse(&[], &only_comments).err().unwrap();
        assert!(
            refusal.to_string().contains("--recipient age1"),
            "{refusal}"
        );

        let secret = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
        let refusal = Recipients::parse(&[secret.to_string()], &[]).err().unwrap();
        assert!(matches!(refusal, BackupError::PrivateKeyGiven(_)));
        assert!(
            !refusal.to_string().contains(secret),
            "a secret is never echoed"
        );

        let refusal = Recipients::parse(&["ssh-ed25519 AAAA".to_string()], &[]).err();
        assert!(matches!(refusal, Some(BackupError::NotARecipient(_))));
    }

    #[test]
    fn recipients_come_from_the_command_line_and_files_as_age_reads_them() {
        let file = format!("# the NGO's offline key\n\n  {PUBLIC}  \n");
        let files = [("keys.txt".to_string(), file)];
        assert_eq!(Recipients::parse(&[], &files).unwrap().len(), 1);
        let both = Recipients::parse(&[PUBLIC.to_string()], &files).unwrap();
        assert_eq!(both.len(), 2);
        let bad = [("keys.txt".to_string(), format!("{PUBLIC}\nage1nope\n"))];
        let refusal = Recipients::parse(&[], &bad).err().unwrap();
        assert!(
            refusal.to_string().contains("line 2 of keys.txt"),
            "{refusal}"
        );
    }
}
