//! Forward-only schema migrations, the same on SQLite and PostgreSQL. One change per file.

pub use sea_orm_migration::prelude::*;

mod columns;
mod m20261128_070000_create_municipality;
mod m20261128_070100_create_organisation;
mod m20261128_070200_create_person;
mod m20261128_070300_create_cohort;
mod m20261128_070400_create_cohort_municipality;
mod m20261128_070500_create_invitation;
mod m20261128_070600_create_enrollment;
mod m20261128_070700_create_module;
mod m20261128_070800_create_session;
mod m20261128_070900_create_agenda_change;
mod m20261128_071000_create_attendance;
mod m20261128_071100_create_feedback_round;
mod m20261128_071200_create_feedback_response;
mod m20261128_071300_create_influence_area;
mod m20261128_071400_create_follow_up;
mod m20261128_071500_create_check_in;
mod m20261128_071600_create_plan;
mod m20261128_071700_create_plan_update;
mod m20261128_071800_create_multiplier_activity;
mod m20261128_071900_create_post;
mod m20261128_072000_create_comment;
mod m20261128_072100_create_reaction;
mod m20261128_072200_create_content_report;
mod m20261128_072300_create_api_token;
mod m20261128_072400_create_refresh_token;
mod m20261128_072500_create_audit_event;
mod m20261128_080000_create_outbox_email;
mod m20261128_080100_add_person_calendar_salt;
mod m20261128_090000_add_post_search;
mod m20261128_090100_add_comment_deleted_at;
mod m20261128_090200_create_notification;
mod m20261128_100000_create_idempotency_key;
mod m20261128_100100_create_webhook_endpoint;
mod m20261128_100200_create_webhook_delivery;
mod m20261128_100300_make_audit_append_only;
mod m20261128_110000_add_cohort_report_snapshot;

/// Every migration, oldest first.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_070000_create_municipality::Migration),
            Box::new(m20261128_070100_create_organisation::Migration),
            Box::new(m20261128_070200_create_person::Migration),
            Box::new(m20261128_070300_create_cohort::Migration),
            Box::new(m20261128_070400_create_cohort_municipality::Migration),
            Box::new(m20261128_070500_create_invitation::Migration),
            Box::new(m20261128_070600_create_enrollment::Migration),
            Box::new(m20261128_070700_create_module::Migration),
            Box::new(m20261128_070800_create_session::Migration),
            Box::new(m20261128_070900_create_agenda_change::Migration),
            Box::new(m20261128_071000_create_attendance::Migration),
            Box::new(m20261128_071100_create_feedback_round::Migration),
            Box::new(m20261128_071200_create_feedback_response::Migration),
            Box::new(m20261128_071300_create_influence_area::Migration),
            Box::new(m20261128_071400_create_follow_up::Migration),
            Box::new(m20261128_071500_create_check_in::Migration),
            Box::new(m20261128_071600_create_plan::Migration),
            Box::new(m20261128_071700_create_plan_update::Migration),
            Box::new(m20261128_071800_create_multiplier_activity::Migration),
            Box::new(m20261128_071900_create_post::Migration),
            Box::new(m20261128_072000_create_comment::Migration),
            Box::new(m20261128_072100_create_reaction::Migration),
            Box::new(m20261128_072200_create_content_report::Migration),
            Box::new(m20261128_072300_create_api_token::Migration),
            Box::new(m20261128_072400_create_refresh_token::Migration),
            Box::new(m20261128_072500_create_audit_event::Migration),
            Box::new(m20261128_080000_create_outbox_email::Migration),
            Box::new(m20261128_080100_add_person_calendar_salt::Migration),
            Box::new(m20261128_090000_add_post_search::Migration),
            Box::new(m20261128_090100_add_comment_deleted_at::Migration),
            Box::new(m20261128_090200_create_notification::Migration),
            Box::new(m20261128_100000_create_idempotency_key::Migration),
            Box::new(m20261128_100100_create_webhook_endpoint::Migration),
            Box::new(m20261128_100200_create_webhook_delivery::Migration),
            Box::new(m20261128_100300_make_audit_append_only::Migration),
            Box::new(m20261128_110000_add_cohort_report_snapshot::Migration),
        ]
    }
}
