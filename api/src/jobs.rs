//! Work that runs inside `serve` on a timer: reminders into the outbox, the outbox out through
//! SMTP. Every step is idempotent, so several replicas may run it side by side.

use std::time::Duration;

use chrono::Utc;

use crate::{
    domain::{idempotency, mail, privacy, webhooks},
    state::AppState,
};

/// Runs the jobs every `interval` until the process ends.
pub fn start(state: AppState, interval: Duration) {
    let smtp = match state.settings.smtp_url.as_deref().map(mail::transport) {
        Some(Ok(transport)) => Some(transport),
        Some(Err(error)) => {
            tracing::error!(%error, "VIELFALT_SMTP_URL is not usable; mail stays in the outbox");
            None
        }
        None => None,
    };
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
    {
        Ok(client) => client,
        Err(error) => {
            tracing::error!(%error, "no HTTP client for webhooks");
            return;
        }
    };
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            run_once(&state, smtp.as_ref()).await;
            deliver_webhooks(&state, &client).await;
        }
    });
}

/// One pass of every job; failures are logged and retried on the next pass.
pub async fn run_once(
    state: &AppState,
    smtp: Option<&lettre::AsyncSmtpTransport<lettre::Tokio1Executor>>,
) {
    let now = Utc::now();
    let base_url = state.public_url(None);
    match mail::enqueue_reminders(&state.db, &base_url, now).await {
        Ok(0) => {}
        Ok(written) => tracing::info!(written, "reminders written to the outbox"),
        Err(error) => error.log_if_internal(),
    }
    if let Err(error) = idempotency::purge(&state.db).await {
        error.log_if_internal();
    }
    match privacy::purge(&state.db, state.settings.retention_months, now, false).await {
        Ok(summary) if !summary.cohorts.is_empty() => {
            tracing::info!(
                cohorts = summary.cohorts.len(),
                people_erased = summary.people_erased,
                "retention period ended: personal data purged"
            );
        }
        Ok(_) => {}
        Err(error) => error.log_if_internal(),
    }
    if let Some(smtp) = smtp {
        match mail::send_due(&state.db, smtp, now).await {
            Ok(0) => {}
            Ok(sent) => tracing::info!(sent, "mail sent"),
            Err(error) => error.log_if_internal(),
        }
    }
}

/// Sends due webhook deliveries.
pub async fn deliver_webhooks(state: &AppState, client: &reqwest::Client) {
    let key = state.settings.pseudonym_key.expose();
    match webhooks::deliver_due(
        &state.db,
        client,
        key,
        state.settings.webhook_retry_base,
        Utc::now(),
    )
    .await
    {
        Ok(0) => {}
        Ok(delivered) => tracing::info!(delivered, "webhooks delivered"),
        Err(error) => error.log_if_internal(),
    }
}
