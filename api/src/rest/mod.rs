//! The REST surface: health and metrics now; the v1 API for municipal IT grows here.

pub mod health;
