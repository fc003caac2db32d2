//! Vielfaltsnetz: the service behind the training programme for diversity managers in Hessen's
//! municipalities. `Application::build` binds and prepares everything; `run` serves.

pub mod auth;
pub mod db;
pub mod domain;
pub mod error;
pub mod events;
pub mod graphql;
pub mod i18n;
pub mod jobs;
pub mod limits;
pub mod rest;
pub mod settings;
pub mod startup;
pub mod state;
pub mod telemetry;

pub use startup::Application;
