//! Black-box tests: each starts the real server on port 0 with a fresh database (a temporary
//! SQLite file, or a new PostgreSQL database when `TEST_DATABASE_URL` is set) and talks HTTP.

mod helpers;

mod agenda;
mod auth;
mod cohorts;
mod curriculum;
mod directory;
mod graphql_safety;
mod health;
mod loaders;
mod pagination;
mod people;
mod schema_doc;
