//! The REST surface: probes, and `/api/v1` for municipal IT and clients (see `openapi.rs`).

pub mod calendars;
pub mod caller;
pub mod cohorts;
pub mod community;
pub mod directory;
pub mod health;
pub mod idempotent;
pub mod me;
pub mod openapi;
pub mod problem;
pub mod rate_limit;
pub mod reports;
pub mod schemas;
pub mod security;
