//! Municipal integration for admins: API tokens, webhooks, the audit log.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{api_token, audit_event, webhook_delivery, webhook_endpoint};

use super::{
    boxed::boxed,
    connection::FromPage,
    context::{ContextExt, load},
    directory::Municipality,
    enums::Scope,
    errors::GqlResult,
    loaders::MunicipalityById,
    people::Person,
};
use crate::{
    auth,
    domain::{
        api_tokens::{self, NewToken},
        audit,
        ids::{parse_id, parse_ref},
        input::from_json_list,
        page::PageRequest,
        webhooks,
    },
};

crate::connection!(ApiTokenConnection, ApiTokenEdge, ApiToken);
crate::connection!(AuditEventConnection, AuditEventEdge, AuditEvent);
crate::connection!(
    WebhookDeliveryConnection,
    WebhookDeliveryEdge,
    WebhookDelivery
);

/// A token of a municipal system (the secret itself is never shown again).
pub struct ApiToken(pub api_token::Model);

#[Object]
impl ApiToken {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// What the token is for.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The visible start of the token (`vn_<prefix>_…`), to recognise it.
    async fn prefix(&self) -> &str {
        &self.0.prefix
    }

    /// What the token may do.
    async fn scopes(&self) -> Vec<Scope> {
        from_json_list::<auth::Scope>(&self.0.scopes)
            .into_iter()
            .map(Into::into)
            .collect()
    }

    /// The municipality whose people alone it sees; null for programme-wide tokens.
    async fn municipality(&self, ctx: &Context<'_>) -> GqlResult<Option<Municipality>> {
        let Some(id) = self.0.municipality_id else {
            return Ok(None);
        };
        Ok(load(ctx, MunicipalityById(id)).await?.map(Municipality))
    }

    /// Who issued it.
    async fn created_by(&self, ctx: &Context<'_>) -> GqlResult<Person> {
        Person::load_or_placeholder(ctx, self.0.created_by_id).await
    }

    /// When it was issued.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it stops working.
    async fn expires_at(&self) -> Option<DateTime<Utc>> {
        Some(self.0.expires_at)
    }

    /// When it was last used (to the minute).
    async fn last_used_at(&self) -> Option<DateTime<Utc>> {
        self.0.last_used_at
    }

    /// When it was revoked.
    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.0.revoked_at
    }
}

/// A newly issued token with its secret, shown this once.
#[derive(SimpleObject)]
pub struct CreatedApiToken {
    /// The token.
    pub token: ApiToken,
    /// `vn_<prefix>_<secret>`: store it now; only a hash is kept.
    pub secret: String,
}

/// A token to issue.
#[derive(InputObject)]
pub struct CreateApiTokenInput {
    /// What the token is for.
    pub name: String,
    /// What it may do.
    pub scopes: Vec<Scope>,
    /// Bind it to one municipality's people.
    pub municipality_id: Option<ID>,
    /// When it stops working (at most 366 days; 90 days if omitted).
    pub expires_at: Option<DateTime<Utc>>,
}

/// An entry of the audit log.
pub struct AuditEvent(pub audit_event::Model);

#[Object]
impl AuditEvent {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// `person:<id>`, `token:<id>` or `system`.
    async fn actor(&self) -> &str {
        &self.0.actor
    }

    /// Who, readable: a person's name, a token's name, or "System".
    async fn actor_name(&self, ctx: &Context<'_>) -> GqlResult<String> {
        boxed(async move {
            let Some((kind, id)) = self.0.actor.split_once(':') else {
                return Ok("System".to_owned());
            };
            let Ok(id) = uuid::Uuid::parse_str(id) else {
                return Ok(self.0.actor.clone());
            };
            Ok(match kind {
                "person" => load(ctx, super::loaders::PersonById(id))
                    .await?
                    .map(|p| p.display_name)
                    .unwrap_or_else(|| "ehemalige*r Teilnehmende*r".to_owned()),
                "token" => match <api_token::Entity as sea_orm::EntityTrait>::find_by_id(id)
                    .one(ctx.db())
                    .await
                    .map_err(crate::error::AppError::from)?
                {
                    Some(token) => format!("API-Token {}", token.name),
                    None => "API-Token".to_owned(),
                },
                _ => self.0.actor.clone(),
            })
        })
        .await
    }

    /// What happened, in the caller's language.
    async fn description(&self) -> String {
        audit::describe(&self.0.action).localized()
    }

    /// What happened, e.g. `token.read_person`.
    async fn action(&self) -> &str {
        &self.0.action
    }

    /// `<kind>:<id>` of the record concerned.
    async fn target(&self) -> Option<&str> {
        self.0.target.as_deref()
    }

    /// The request it happened in.
    async fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// Where a municipality's systems hear about changes.
pub struct WebhookEndpoint(pub webhook_endpoint::Model);

#[Object]
impl WebhookEndpoint {
    /// Stable identifier.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The municipality.
    async fn municipality(&self, ctx: &Context<'_>) -> GqlResult<Option<Municipality>> {
        Ok(load(ctx, MunicipalityById(self.0.municipality_id))
            .await?
            .map(Municipality))
    }

    /// Where deliveries are POSTed.
    async fn url(&self) -> &str {
        &self.0.url
    }

    /// The events it receives.
    async fn events(&self) -> Vec<String> {
        from_json_list(&self.0.events)
    }

    /// Paused endpoints receive nothing (deliveries wait).
    async fn active(&self) -> bool {
        self.0.active
    }

    /// When it was registered.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// The delivery log, newest first.
    async fn deliveries(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> GqlResult<WebhookDeliveryConnection> {
        boxed(async move {
            let page = PageRequest::parse(first, after.as_deref())?;
            let found = webhooks::deliveries(ctx.db(), ctx.principal(), self.0.id, page).await?;
            Ok(WebhookDeliveryConnection::from_page(found, WebhookDelivery))
        })
        .await
    }
}

/// A newly registered endpoint with its signing secret, shown this once.
#[derive(SimpleObject)]
pub struct CreatedWebhookEndpoint {
    /// The endpoint.
    pub endpoint: WebhookEndpoint,
    /// Verify `Vielfalt-Signature: t=<unix>,v1=<hex>` as HMAC-SHA256 of `<t>.<body>` with it.
    pub secret: String,
}

/// One call of a webhook.
pub struct WebhookDelivery(pub webhook_delivery::Model);

#[Object]
impl WebhookDelivery {
    /// Stable identifier (also sent as `Vielfalt-Delivery`).
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The event name.
    async fn event(&self) -> &str {
        &self.0.event
    }

    /// The JSON body sent.
    async fn payload(&self) -> &str {
        &self.0.payload
    }

    /// PENDING, DELIVERED or FAILED.
    async fn status(&self) -> String {
        sea_orm::ActiveEnum::to_value(&self.0.status)
    }

    /// Attempts so far.
    async fn attempts(&self) -> i32 {
        self.0.attempts
    }

    /// The receiver's last HTTP status.
    async fn last_status_code(&self) -> Option<i32> {
        self.0.last_status_code
    }

    /// The last failure.
    async fn last_error(&self) -> Option<&str> {
        self.0.last_error.as_deref()
    }

    /// When the next attempt is due.
    async fn next_attempt_at(&self) -> DateTime<Utc> {
        self.0.next_attempt_at
    }

    /// When it arrived.
    async fn delivered_at(&self) -> Option<DateTime<Utc>> {
        self.0.delivered_at
    }

    /// When it was written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// An endpoint to register.
#[derive(InputObject)]
pub struct CreateWebhookEndpointInput {
    /// The municipality whose changes it receives.
    pub municipality_id: ID,
    /// Where deliveries are POSTed (http or https).
    pub url: String,
    /// Any of enrollment.created, enrollment.updated, cohort.updated, agenda.changed, follow_up.scheduled.
    pub events: Vec<String>,
}

/// Queries for admins.
#[derive(Default)]
pub struct IntegrationQuery;

#[Object]
impl IntegrationQuery {
    /// API tokens, newest first (admins).
    async fn api_tokens(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        include_revoked: Option<bool>,
    ) -> GqlResult<ApiTokenConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let found = api_tokens::list(
            ctx.db(),
            ctx.principal(),
            include_revoked.unwrap_or(false),
            page,
        )
        .await?;
        Ok(ApiTokenConnection::from_page(found, ApiToken))
    }

    /// The audit log, newest first (admins), filtered by actor and action.
    async fn audit_events(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        actor: Option<String>,
        action: Option<String>,
    ) -> GqlResult<AuditEventConnection> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let found = audit::list(
            ctx.db(),
            ctx.principal(),
            page,
            actor.as_deref(),
            action.as_deref(),
        )
        .await?;
        Ok(AuditEventConnection::from_page(found, AuditEvent))
    }

    /// One webhook endpoint (admins).
    async fn webhook_endpoint(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> GqlResult<Option<WebhookEndpoint>> {
        Ok(Some(WebhookEndpoint(
            webhooks::get(ctx.db(), ctx.principal(), parse_id(&id)?).await?,
        )))
    }

    /// Webhook endpoints (admins), optionally of one municipality.
    async fn webhook_endpoints(
        &self,
        ctx: &Context<'_>,
        municipality_id: Option<ID>,
    ) -> GqlResult<Vec<WebhookEndpoint>> {
        let municipality = municipality_id
            .map(|id| parse_ref("municipalityId", &id))
            .transpose()?;
        Ok(webhooks::list(ctx.db(), ctx.principal(), municipality)
            .await?
            .into_iter()
            .map(WebhookEndpoint)
            .collect())
    }
}

/// Changes for admins.
#[derive(Default)]
pub struct IntegrationMutation;

#[Object]
impl IntegrationMutation {
    /// Issues an API token; the secret is returned once and stored only as a hash.
    async fn create_api_token(
        &self,
        ctx: &Context<'_>,
        input: CreateApiTokenInput,
    ) -> GqlResult<CreatedApiToken> {
        let new = NewToken {
            name: input.name,
            scopes: input.scopes.into_iter().map(Into::into).collect(),
            municipality_id: input
                .municipality_id
                .map(|id| parse_ref("municipalityId", &id))
                .transpose()?,
            expires_at: input.expires_at,
        };
        let (token, secret) = api_tokens::create(ctx.db(), ctx.principal(), new).await?;
        Ok(CreatedApiToken {
            token: ApiToken(token),
            secret,
        })
    }

    /// Revokes a token; it stops working at once.
    async fn revoke_api_token(&self, ctx: &Context<'_>, id: ID) -> GqlResult<ApiToken> {
        Ok(ApiToken(
            api_tokens::revoke(ctx.db(), ctx.principal(), parse_id(&id)?).await?,
        ))
    }

    /// Registers a webhook endpoint; the signing secret is returned once.
    async fn create_webhook_endpoint(
        &self,
        ctx: &Context<'_>,
        input: CreateWebhookEndpointInput,
    ) -> GqlResult<CreatedWebhookEndpoint> {
        let key = ctx.state().settings.pseudonym_key.expose();
        let municipality = parse_ref("municipalityId", &input.municipality_id)?;
        let (endpoint, secret) = webhooks::create(
            ctx.db(),
            key,
            ctx.principal(),
            municipality,
            &input.url,
            &input.events,
        )
        .await?;
        Ok(CreatedWebhookEndpoint {
            endpoint: WebhookEndpoint(endpoint),
            secret,
        })
    }

    /// Pauses or resumes an endpoint.
    async fn set_webhook_endpoint_active(
        &self,
        ctx: &Context<'_>,
        id: ID,
        active: bool,
    ) -> GqlResult<WebhookEndpoint> {
        Ok(WebhookEndpoint(
            webhooks::set_active(ctx.db(), ctx.principal(), parse_id(&id)?, active).await?,
        ))
    }

    /// Removes an endpoint with its log.
    async fn delete_webhook_endpoint(&self, ctx: &Context<'_>, id: ID) -> GqlResult<bool> {
        webhooks::delete(ctx.db(), ctx.principal(), parse_id(&id)?).await?;
        Ok(true)
    }

    /// Sends a delivery again (as a new delivery with the same event and data).
    async fn replay_webhook_delivery(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> GqlResult<WebhookDelivery> {
        Ok(WebhookDelivery(
            webhooks::replay(ctx.db(), ctx.principal(), parse_id(&id)?).await?,
        ))
    }
}
