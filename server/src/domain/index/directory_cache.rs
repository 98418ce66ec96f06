//! The directory index a running server answers from, and what it was built
//! for: a directory version and a UTC day (the week's facts change daily).

use super::directory::Directory;
use chrono::NaiveDate;
use std::sync::{Arc, Mutex, RwLock};

/// Which directory version, on which UTC day, an index was built for.
pub type BuiltFor = (i64, NaiveDate);

pub struct DirectoryCache {
    current: RwLock<Arc<Directory>>,
    built_for: Mutex<BuiltFor>,
}

impl DirectoryCache {
    pub fn new(directory: Directory, built_for: BuiltFor) -> DirectoryCache {
        DirectoryCache {
            current: RwLock::new(Arc::new(directory)),
            built_for: Mutex::new(built_for),
        }
    }

    /// The current index (cheap: an `Arc`).
    pub fn get(&self) -> Arc<Directory> {
        self.current.read().expect("index lock").clone()
    }

    pub fn built_for(&self) -> BuiltFor {
        *self.built_for.lock().expect("version lock")
    }

    pub fn replace(&self, directory: Directory, built_for: BuiltFor) {
        *self.current.write().expect("index lock") = Arc::new(directory);
        *self.built_for.lock().expect("version lock") = built_for;
    }
}
