//! Signing in and out, refreshing, invitations, passwords.

use async_graphql::{Context, Object, SimpleObject};
use chrono::{DateTime, Utc};

use super::{context::ContextExt, errors::GqlResult, people::Person};
use crate::domain::{accounts, invitations};

/// The tokens of a sign-in.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Send as `Authorization: Bearer …`; valid for at most 15 minutes.
    pub access_token: String,
    /// Exchange for a new pair with `refresh`; works once.
    pub refresh_token: String,
    /// When the access token expires.
    pub expires_at: DateTime<Utc>,
    /// Who signed in.
    pub person: Person,
}

impl From<accounts::Session> for AuthPayload {
    fn from(session: accounts::Session) -> Self {
        Self {
            access_token: session.access_token,
            refresh_token: session.refresh_token,
            expires_at: session.expires_at,
            person: Person(session.person),
        }
    }
}

/// Sign-in mutations.
#[derive(Default)]
pub struct AuthMutation;

#[Object]
impl AuthMutation {
    /// Signs in. Unknown email and wrong password give the same error. After 5 failures for an
    /// account (or 20 from one address) within 15 minutes: RATE_LIMITED.
    async fn login(
        &self,
        ctx: &Context<'_>,
        email: String,
        password: String,
    ) -> GqlResult<AuthPayload> {
        let client = ctx
            .data_opt::<super::http::ClientAddress>()
            .map(|c| c.0.as_str());
        Ok(accounts::login(ctx.state(), &email, &password, client)
            .await?
            .into())
    }

    /// Exchanges a refresh token for a new pair; the old one stops working. Re-using an old one
    /// ends the whole sign-in.
    async fn refresh(&self, ctx: &Context<'_>, refresh_token: String) -> GqlResult<AuthPayload> {
        Ok(accounts::refresh(ctx.state(), &refresh_token).await?.into())
    }

    /// Ends the sign-in the refresh token belongs to.
    async fn logout(&self, ctx: &Context<'_>, refresh_token: String) -> GqlResult<bool> {
        Ok(accounts::logout(ctx.state(), &refresh_token).await?)
    }

    /// Accepts an invitation: sets the password (at least 10 characters) and signs in.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        token: String,
        password: String,
        display_name: Option<String>,
    ) -> GqlResult<AuthPayload> {
        Ok(
            invitations::accept(ctx.state(), &token, &password, display_name.as_deref())
                .await?
                .into(),
        )
    }

    /// Changes the caller's password. Every sign-in ends, this one included.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        current: String,
        new: String,
    ) -> GqlResult<bool> {
        Ok(accounts::change_password(ctx.state(), ctx.principal(), &current, &new).await?)
    }
}
