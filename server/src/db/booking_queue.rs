//! Group commit for bookings on SQLite. SQLite lets one writer in at a time:
//! many bookers at once would each wait for the lock, sleep and retry, and
//! each pay a disk sync. Instead one task takes bookings from a queue and
//! writes those waiting together in one transaction, a savepoint each (a
//! full slot undoes only its own booking), with one sync for the group. The
//! capacity check is the database's, as before. Every booking is answered
//! only after its group's commit (`synchronous=FULL`: on disk).
//!
//! PostgreSQL's row locks let bookers write at once: it has no queue.

use super::bookings::{Booked, NewBooking, book_in};
use super::wal::Checkpoints;
use super::{Db, DbError, Result};
use chrono::{DateTime, Utc};
use tokio::sync::{mpsc, oneshot};

/// At most this many bookings share a commit.
const MAX_GROUP: usize = 64;

struct Job {
    new: NewBooking,
    now: DateTime<Utc>,
    reply: oneshot::Sender<Result<Booked>>,
}

/// The way into the booking writer.
#[derive(Clone, Debug)]
pub struct BookingQueue(mpsc::Sender<Job>);

impl BookingQueue {
    /// Starts the writer for `db`, and the log's checkpoints beside it;
    /// both stop when every queue is dropped.
    pub(super) fn start(db: Db) -> BookingQueue {
        let (sender, jobs) = mpsc::channel(1024);
        let (writing, stopped) = oneshot::channel();
        let checkpoints = Checkpoints::start(db.clone(), stopped);
        tokio::spawn(async move {
            write_groups(db, jobs, checkpoints).await;
            drop(writing);
        });
        BookingQueue(sender)
    }

    /// Books `new` and waits for its commit.
    pub(super) async fn book(&self, new: NewBooking, now: DateTime<Utc>) -> Result<Booked> {
        let (reply, answer) = oneshot::channel();
        let job = Job { new, now, reply };
        self.0.send(job).await.map_err(|_| DbError::WriterStopped)?;
        answer.await.map_err(|_| DbError::WriterStopped)?
    }
}

async fn write_groups(db: Db, mut jobs: mpsc::Receiver<Job>, checkpoints: Checkpoints) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while jobs.recv_many(&mut group, MAX_GROUP).await > 0 {
        let answers = match write_together(&db, &group).await {
            Ok(answers) => answers.into_iter().map(Ok).collect(),
            Err(error) => {
                // Rare (a database error, not a full slot): the group was
                // rolled back; write each booking alone, so only the one
                // at fault fails.
                tracing::warn!(%error, bookings = group.len(), "a group of bookings failed; writing them one by one");
                let mut answers = Vec::with_capacity(group.len());
                for job in &group {
                    answers.push(write_alone(&db, job).await);
                }
                answers
            }
        };
        for (job, answer) in group.drain(..).zip(answers) {
            let _ = job.reply.send(answer);
        }
        checkpoints.between_writes(&db).await;
    }
}

/// The whole group in one transaction. A full slot or a repeated request
/// writes nothing (the slot's seat row exists already), so no booking needs
/// undoing unless the database fails, and then the group is rolled back.
async fn write_together(db: &Db, group: &[Job]) -> Result<Vec<Booked>> {
    let mut tx = db.begin().await?;
    let mut answers = Vec::with_capacity(group.len());
    for job in group {
        answers.push(book_in(&mut tx, &job.new, job.now).await?);
    }
    tx.commit().await?;
    Ok(answers)
}

async fn write_alone(db: &Db, job: &Job) -> Result<Booked> {
    let mut tx = db.begin().await?;
    let booked = book_in(&mut tx, &job.new, job.now).await?;
    tx.commit().await?;
    Ok(booked)
}
