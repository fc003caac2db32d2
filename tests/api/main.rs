//! Black-box tests: each starts the real server on port 0 with a fresh database (a temporary
//! SQLite file, or a new PostgreSQL database when `TEST_DATABASE_URL` is set) and talks HTTP.

mod helpers;
mod receiver;
mod smtp;
mod ws;

mod agenda;
mod auth;
mod calendars;
mod check_in;
mod cohorts;
mod community;
mod concurrent_writers;
mod curriculum;
mod directory;
mod feedback;
mod follow_ups;
mod graphql_safety;
mod hardening;
mod health;
mod influence;
mod live;
mod loaders;
mod municipal_isolation;
mod municipal_sync;
mod nominations;
mod pagination;
mod people;
mod plans;
mod privacy;
mod reminders;
mod reports;
mod schema_doc;
mod tokens;
mod web_client;
mod webhooks;
