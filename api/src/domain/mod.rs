//! The rules of Vielfaltsnetz: authorisation, validation and every write. GraphQL and REST are
//! thin adapters over these functions, so they cannot disagree.

pub mod accounts;
pub mod agenda;
pub mod api_tokens;
pub mod attendance;
pub mod audit;
pub mod berlin;
pub mod calendar;
pub mod cohorts;
pub mod comments;
pub mod demo;
pub mod enrollments;
pub mod feedback;
pub mod follow_ups;
pub mod ids;
pub mod influence;
pub mod influence_map;
pub mod input;
pub mod invitations;
pub mod mail;
pub mod markdown;
pub mod moderation;
pub mod modules;
pub mod multipliers;
pub mod municipalities;
pub mod notifications;
pub mod organisations;
pub mod page;
pub mod people;
pub mod plans;
pub mod posts;
pub mod reactions;
pub mod reports;
pub mod search;
pub mod self_check_in;
pub mod tx;
