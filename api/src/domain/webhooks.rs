//! Webhooks for municipal systems. A change writes its deliveries in the same transaction
//! (transactional outbox); a job sends them signed with HMAC-SHA256 over `timestamp.body`,
//! in order per endpoint, retrying with exponential backoff; admins see the log and can replay.

use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use entity::{
    cohort_municipality, enums::DeliveryStatus, municipality, webhook_delivery, webhook_endpoint,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{
    audit,
    ids::new_id,
    input,
    page::{Page, PageRequest},
};
use crate::{
    auth::{Principal, secrets},
    error::{AppError, AppResult, FieldError},
    i18n::Text,
    validate,
};

/// Every event an endpoint can ask for.
pub const EVENTS: [&str; 5] = [
    "enrollment.created",
    "enrollment.updated",
    "cohort.updated",
    "agenda.changed",
    "follow_up.scheduled",
];
/// Attempts before a delivery is given up.
pub const MAX_ATTEMPTS: i32 = 10;

/// The signing secret of an endpoint: derived from the server key, never stored.
pub fn secret(key: &[u8], endpoint_id: Uuid) -> String {
    format!(
        "whsec_{}",
        secrets::keyed_hash(key, &[b"webhook", endpoint_id.as_bytes()])
    )
}

/// The `Vielfalt-Signature` header value for a body sent at `timestamp`.
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mac = secrets::keyed_hash_raw(secret.as_bytes(), format!("{timestamp}.{body}").as_bytes());
    format!("t={timestamp},v1={mac}")
}

/// Registers an endpoint for a municipality (admins); returns the secret, shown this once.
pub async fn create(
    db: &impl ConnectionTrait,
    key: &[u8],
    principal: &Principal,
    municipality_id: Uuid,
    url: &str,
    events: &[String],
) -> AppResult<(webhook_endpoint::Model, String)> {
    let me = principal.admin()?;
    validate! {
        url = input::url(url, "url"),
        events = if events.is_empty() || events.iter().any(|e| !EVENTS.contains(&e.as_str())) {
            Err(FieldError::new("events", Text::owned(
                format!("Erlaubt sind: {}.", EVENTS.join(", ")),
                format!("Allowed are: {}.", EVENTS.join(", ")),
            )))
        } else {
            Ok(events.to_vec())
        },
        _municipality = match municipality::Entity::find_by_id(municipality_id).one(db).await {
            Ok(Some(_)) => Ok(()),
            _ => Err(FieldError::new("municipalityId", Text::new("Unbekannte Kommune.", "Unknown municipality."))),
        },
    }
    let now = Utc::now();
    let endpoint = webhook_endpoint::ActiveModel {
        id: Set(new_id()),
        municipality_id: Set(municipality_id),
        url: Set(url),
        events: Set(input::to_json_list(&events)),
        active: Set(true),
        created_by_id: Set(Some(me.id)),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?;
    audit::record(
        db,
        principal,
        "webhook.created",
        Some(audit::Target::new("webhook_endpoint", endpoint.id)),
    )
    .await?;
    let secret = secret(key, endpoint.id);
    Ok((endpoint, secret))
}

/// Endpoints, newest first (admins), optionally of one municipality.
pub async fn list(
    db: &impl ConnectionTrait,
    principal: &Principal,
    municipality_id: Option<Uuid>,
) -> AppResult<Vec<webhook_endpoint::Model>> {
    principal.admin()?;
    let mut query = webhook_endpoint::Entity::find();
    if let Some(id) = municipality_id {
        query = query.filter(webhook_endpoint::Column::MunicipalityId.eq(id));
    }
    Ok(query
        .order_by_desc(webhook_endpoint::Column::Id)
        .all(db)
        .await?)
}

/// One endpoint (admins).
pub async fn get(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
) -> AppResult<webhook_endpoint::Model> {
    principal.admin()?;
    webhook_endpoint::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Pauses or resumes an endpoint (admins).
pub async fn set_active(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: Uuid,
    active: bool,
) -> AppResult<webhook_endpoint::Model> {
    principal.admin()?;
    let endpoint = webhook_endpoint::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut model = endpoint.into_active_model();
    model.active = Set(active);
    model.updated_at = Set(Utc::now());
    Ok(model.update(db).await?)
}

/// Removes an endpoint with its log (admins).
pub async fn delete(db: &impl ConnectionTrait, principal: &Principal, id: Uuid) -> AppResult<()> {
    principal.admin()?;
    webhook_endpoint::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    webhook_endpoint::Entity::delete_by_id(id).exec(db).await?;
    audit::record(
        db,
        principal,
        "webhook.deleted",
        Some(audit::Target::new("webhook_endpoint", id)),
    )
    .await?;
    Ok(())
}

/// The delivery log of an endpoint, newest first (admins).
pub async fn deliveries(
    db: &impl ConnectionTrait,
    principal: &Principal,
    endpoint_id: Uuid,
    page: PageRequest,
) -> AppResult<Page<webhook_delivery::Model>> {
    principal.admin()?;
    let query = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::EndpointId.eq(endpoint_id));
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(webhook_delivery::Column::Id)
        .offset(page.offset)
        .limit(page.limit)
        .all(db)
        .await?;
    Ok(Page {
        items,
        offset: page.offset,
        total,
    })
}

/// Sends a delivery again: a new delivery with the same event and data (admins).
pub async fn replay(
    db: &impl ConnectionTrait,
    principal: &Principal,
    delivery_id: Uuid,
) -> AppResult<webhook_delivery::Model> {
    principal.admin()?;
    let original = webhook_delivery::Entity::find_by_id(delivery_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let data: Value = serde_json::from_str(&original.payload).unwrap_or(Value::Null);
    let replayed = insert(
        db,
        original.endpoint_id,
        &original.event,
        data.get("data").cloned().unwrap_or(Value::Null),
        Utc::now(),
    )
    .await?;
    audit::record(
        db,
        principal,
        "webhook.replayed",
        Some(audit::Target::new("webhook_delivery", delivery_id)),
    )
    .await?;
    Ok(replayed)
}

async fn insert(
    db: &impl ConnectionTrait,
    endpoint_id: Uuid,
    event: &str,
    data: Value,
    now: DateTime<Utc>,
) -> AppResult<webhook_delivery::Model> {
    let id = new_id();
    let payload =
        json!({ "id": id, "event": event, "occurred_at": now.to_rfc3339(), "data": data });
    Ok(webhook_delivery::ActiveModel {
        id: Set(id),
        endpoint_id: Set(endpoint_id),
        event: Set(event.to_owned()),
        payload: Set(payload.to_string()),
        status: Set(DeliveryStatus::Pending),
        attempts: Set(0),
        next_attempt_at: Set(now),
        last_status_code: Set(None),
        last_error: Set(None),
        delivered_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

/// Writes a delivery for every active endpoint of `municipalities` that asked for `event`. Call
/// it inside the transaction of the change, so both happen or neither.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    event: &str,
    municipalities: &[Uuid],
    data: Value,
) -> AppResult<()> {
    if municipalities.is_empty() {
        return Ok(());
    }
    let endpoints = webhook_endpoint::Entity::find()
        .filter(webhook_endpoint::Column::MunicipalityId.is_in(municipalities.to_vec()))
        .filter(webhook_endpoint::Column::Active.eq(true))
        .all(db)
        .await?;
    let now = Utc::now();
    for endpoint in endpoints {
        let wanted: Vec<String> = input::from_json_list(&endpoint.events);
        if wanted.iter().any(|e| e == event) {
            insert(db, endpoint.id, event, data.clone(), now).await?;
        }
    }
    Ok(())
}

/// The municipalities of a cohort (for cohort, agenda and follow-up events).
pub async fn cohort_municipalities(
    db: &impl ConnectionTrait,
    cohort_id: Uuid,
) -> AppResult<Vec<Uuid>> {
    Ok(cohort_municipality::Entity::find()
        .select_only()
        .column(cohort_municipality::Column::MunicipalityId)
        .filter(cohort_municipality::Column::CohortId.eq(cohort_id))
        .into_tuple()
        .all(db)
        .await?)
}

/// Sends what is due: per endpoint only its oldest pending delivery, so receivers see events in
/// order. Returns how many were delivered.
pub async fn deliver_due(
    db: &impl ConnectionTrait,
    client: &reqwest::Client,
    key: &[u8],
    retry_base: StdDuration,
    now: DateTime<Utc>,
) -> AppResult<usize> {
    let pending = webhook_delivery::Entity::find()
        .filter(webhook_delivery::Column::Status.eq(DeliveryStatus::Pending))
        .order_by_asc(webhook_delivery::Column::CreatedAt)
        .order_by_asc(webhook_delivery::Column::Id)
        .limit(500)
        .all(db)
        .await?;
    let mut seen = Vec::new();
    let mut delivered = 0;
    for delivery in pending {
        if seen.contains(&delivery.endpoint_id) {
            continue;
        }
        seen.push(delivery.endpoint_id);
        if delivery.next_attempt_at > now {
            continue;
        }
        let Some(endpoint) = webhook_endpoint::Entity::find_by_id(delivery.endpoint_id)
            .one(db)
            .await?
        else {
            continue;
        };
        if !endpoint.active {
            continue;
        }
        let timestamp = Utc::now().timestamp();
        let signed = signature(&secret(key, endpoint.id), timestamp, &delivery.payload);
        let result = client
            .post(&endpoint.url)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Vielfaltsnetz-Webhooks/1")
            .header("Vielfalt-Event", delivery.event.clone())
            .header("Vielfalt-Delivery", delivery.id.to_string())
            .header("Vielfalt-Signature", signed)
            .body(delivery.payload.clone())
            .send()
            .await;
        let attempts = delivery.attempts + 1;
        let mut active = delivery.into_active_model();
        active.attempts = Set(attempts);
        active.updated_at = Set(Utc::now());
        match result {
            Ok(response) if response.status().is_success() => {
                active.status = Set(DeliveryStatus::Delivered);
                active.delivered_at = Set(Some(Utc::now()));
                active.last_status_code = Set(Some(i32::from(response.status().as_u16())));
                active.last_error = Set(None);
                delivered += 1;
            }
            outcome => {
                let (code, error) = match outcome {
                    Ok(response) => (
                        Some(i32::from(response.status().as_u16())),
                        format!("HTTP {}", response.status().as_u16()),
                    ),
                    Err(error) => (
                        None,
                        if error.is_timeout() {
                            "timeout".to_owned()
                        } else {
                            "connection failed".to_owned()
                        },
                    ),
                };
                active.last_status_code = Set(code);
                active.last_error = Set(Some(error));
                if attempts >= MAX_ATTEMPTS {
                    active.status = Set(DeliveryStatus::Failed);
                } else {
                    let wait = retry_base.as_millis() as i64 * (1i64 << (attempts - 1).min(16));
                    active.next_attempt_at = Set(Utc::now() + Duration::milliseconds(wait));
                }
            }
        }
        active.update(db).await?;
    }
    Ok(delivered)
}
