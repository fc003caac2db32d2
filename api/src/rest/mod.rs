//! The REST surface: probes, and `/api/v1` for municipal IT and clients.

pub mod calendars;
pub mod caller;
pub mod health;
pub mod me;
pub mod problem;
pub mod reports;
