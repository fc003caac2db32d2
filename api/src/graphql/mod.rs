//! The GraphQL API: thin resolvers over `domain/`.

pub mod agenda;
pub mod auth;
pub mod boxed;
pub mod cohorts;
pub mod community;
pub mod connection;
pub mod context;
pub mod curriculum;
pub mod directory;
pub mod document_cache;
pub mod enums;
pub mod errors;
pub mod feedback;
pub mod follow_ups;
pub mod http;
pub mod influence;
pub mod integration;
pub mod limits;
pub mod loaders;
pub mod people;
pub mod plans;
pub mod reports;
pub mod scalars;
pub mod schema;
pub mod subscriptions;
pub mod ws;

pub use schema::{AppSchema, LiveSchema, build, build_live, sdl};
