//! The event bus: what subscribers hear about (feedback received, agenda changed, post added).
//!
//! One process: an in-process broadcast. With PostgreSQL every event goes through
//! `NOTIFY vielfalt_events` and each replica's listener re-broadcasts what it hears, so a change
//! on one replica reaches subscribers on every other (the publishing one included).
//! Events carry ids only; subscribers reload what they may see.

use std::{sync::Arc, time::Duration};

use sea_orm::{
    ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement, sqlx::postgres::PgListener,
};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;
use uuid::Uuid;

const CHANNEL: &str = "vielfalt_events";

/// Something subscribers may want to hear about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    /// A facilitator opened a feedback round.
    FeedbackRoundOpened { round_id: Uuid, cohort_id: Uuid },
    /// A response to a feedback round arrived or changed.
    FeedbackReceived { round_id: Uuid, cohort_id: Uuid },
    /// The agenda of a cohort changed (a session moved, was added, changed or removed).
    AgendaChanged { cohort_id: Uuid },
    /// A community post was published.
    PostAdded {
        post_id: Uuid,
        cohort_id: Option<Uuid>,
    },
}

/// Publishes and distributes events. Cheap to clone.
#[derive(Clone)]
pub struct EventBus {
    inner: Arc<Inner>,
}

struct Inner {
    local: broadcast::Sender<Event>,
    /// Set when events travel through PostgreSQL.
    notify: Option<DatabaseConnection>,
}

impl EventBus {
    /// An in-process bus only.
    pub fn local() -> Self {
        let (local, _) = broadcast::channel(1024);
        Self {
            inner: Arc::new(Inner {
                local,
                notify: None,
            }),
        }
    }

    /// The bus for this database: with PostgreSQL it listens before returning, so nothing
    /// published after start-up is missed.
    pub async fn start(db: &DatabaseConnection, database_url: &str) -> anyhow::Result<Self> {
        if db.get_database_backend() != DatabaseBackend::Postgres {
            return Ok(Self::local());
        }
        let (local, _) = broadcast::channel(1024);
        let mut listener = PgListener::connect(database_url).await?;
        listener.listen(CHANNEL).await?;
        let bus = Self {
            inner: Arc::new(Inner {
                local,
                notify: Some(db.clone()),
            }),
        };
        let weak = Arc::downgrade(&bus.inner);
        tokio::spawn(async move {
            loop {
                match listener.recv().await {
                    Ok(notification) => {
                        let Some(inner) = weak.upgrade() else { break };
                        match serde_json::from_str::<Event>(notification.payload()) {
                            Ok(event) => {
                                let _ = inner.local.send(event);
                            }
                            Err(error) => tracing::warn!(%error, "unreadable event notification"),
                        }
                    }
                    Err(error) => {
                        if weak.upgrade().is_none() {
                            break;
                        }
                        tracing::warn!(%error, "event listener lost its connection; retrying");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(bus)
    }

    /// Publishes an event. Never fails the caller: the change it reports has happened.
    pub async fn publish(&self, event: Event) {
        if let Some(db) = &self.inner.notify {
            let payload = match serde_json::to_string(&event) {
                Ok(payload) => payload,
                Err(_) => return,
            };
            let statement = Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT pg_notify($1, $2)",
                [CHANNEL.into(), payload.into()],
            );
            match db.execute_raw(statement).await {
                Ok(_) => return,
                Err(error) => tracing::warn!(%error, "NOTIFY failed; delivering locally only"),
            }
        }
        let _ = self.inner.local.send(event);
    }

    /// A receiver of every event from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Event> {
        self.inner.local.subscribe()
    }
}
