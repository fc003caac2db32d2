//! Tests that run the real `vielfalt` binary as separate processes: replicas sharing one
//! PostgreSQL database, and the command line. They live outside the `tests/` crate because Cargo
//! builds a package's binary only for that package's integration tests.

mod cli;
mod faults;
mod logs;
mod replicas;

/// An HTTP client (rustls on ring, as the service itself uses).
pub fn client() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}
