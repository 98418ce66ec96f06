//! What became of a booking and who may move it where: the one list of
//! allowed transitions lives in the vocabulary the pages share, so the
//! reception page offers exactly the marks the server accepts.

pub use vocabulary::BookingStatus;
