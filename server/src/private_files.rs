//! Files only the user Senim runs as may open: the key file and its key
//! state, the SQLite database (its `-wal` and `-shm` take its mode) and
//! backups. They are created mode 0600, in directories 0700, and a secret
//! that others can read is refused.

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

/// A file holding a secret that others can open, or that cannot be checked.
#[derive(Debug, thiserror::Error)]
pub enum PrivateFileError {
    #[error(
        "{path} is open to other users (mode {mode:04o}) and holds a secret: \
         run `chmod 600 {path}` as the user Senim runs as, then start again"
    )]
    OpenToOthers { path: String, mode: u32 },
    #[error("cannot read the permissions of {path}: {source}")]
    Unreadable { path: String, source: io::Error },
}

/// Refuses `path` if its group or other users have any access to it
/// (read, write or execute): only its owner may. A missing file is an
/// error too.
pub fn refuse_if_readable_by_others(path: &Path) -> Result<(), PrivateFileError> {
    let metadata = std::fs::metadata(path).map_err(|source| PrivateFileError::Unreadable {
        path: path.display().to_string(),
        source,
    })?;
    let mode = mode_of(&metadata);
    if mode & 0o077 != 0 {
        return Err(PrivateFileError::OpenToOthers {
            path: path.display().to_string(),
            mode,
        });
    }
    Ok(())
}

/// The permission bits (`0o644`, say); 0 where there are none (not Unix).
pub fn mode_of(metadata: &std::fs::Metadata) -> u32 {
    #[cfg(unix)]
    {
        std::os::unix::fs::PermissionsExt::mode(&metadata.permissions()) & 0o7777
    }
    #[cfg(not(unix))]
    {
        let _ = metadata;
        0
    }
}

/// Creates `path`, which must not exist yet, for writing, mode 0600.
pub fn create_new(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// A directory of its own (mode 0700) inside `parent`, removed with
/// everything in it when dropped: for a plaintext intermediate.
#[derive(Debug)]
pub struct PrivateDir(PathBuf);

impl PrivateDir {
    pub fn create_in(parent: &Path, prefix: &str) -> io::Result<PrivateDir> {
        let name = format!("{prefix}{:016x}", rand::random::<u64>());
        let path = parent.join(name);
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&path)?;
        Ok(PrivateDir(path))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for PrivateDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn set_mode(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn a_secret_others_can_open_is_refused_with_the_chmod_to_run() {
        let dir = PrivateDir::create_in(&std::env::temp_dir(), "senim-test-").unwrap();
        let path = dir.path().join("secret");
        create_new(&path).unwrap();
        assert_eq!(mode_of(&std::fs::metadata(&path).unwrap()), 0o600);
        refuse_if_readable_by_others(&path).unwrap();
        for open in [0o640, 0o604, 0o620, 0o644] {
            set_mode(&path, open);
            let refusal = refuse_if_readable_by_others(&path).unwrap_err();
            let message = refusal.to_string();
            assert!(
                message.contains(&format!("chmod 600 {}", path.display())),
                "{message}"
            );
            assert!(message.contains(&format!("{open:04o}")), "{message}");
        }
        set_mode(&path, 0o400);
        refuse_if_readable_by_others(&path).unwrap();
        assert!(refuse_if_readable_by_others(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn a_private_dir_is_the_owners_alone_and_gone_when_dropped() {
        let dir = PrivateDir::create_in(&std::env::temp_dir(), "senim-test-").unwrap();
        let path = dir.path().to_path_buf();
        std::fs::write(path.join("copy"), b"plaintext").unwrap();
        assert_eq!(mode_of(&std::fs::metadata(&path).unwrap()), 0o700);
        drop(dir);
        assert!(!path.exists());
    }

    #[test]
    fn a_new_private_file_is_never_one_that_exists() {
        let dir = PrivateDir::create_in(&std::env::temp_dir(), "senim-test-").unwrap();
        let path = dir.path().join("backup");
        std::fs::write(&path, b"kept").unwrap();
        let refused = create_new(&path).unwrap_err();
        assert_eq!(refused.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read(&path).unwrap(), b"kept");
    }
}
