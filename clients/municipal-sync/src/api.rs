//! The REST v1 calls the client makes.

use anyhow::{Context, bail};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::staff::StaffMember;

/// A connection to the service with the municipality's token.
pub struct Api {
    base: String,
    token: String,
    client: reqwest::Client,
}

impl Api {
    pub fn new(server: &str, token: &str) -> anyhow::Result<Api> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .user_agent(concat!("municipal-sync/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Api {
            base: server.trim_end_matches('/').to_owned(),
            token: token.trim().to_owned(),
            client,
        })
    }

    async fn check(response: reqwest::Response) -> anyhow::Result<reqwest::Response> {
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        let body: Value = response.json().await.unwrap_or(Value::Null);
        let detail = body["detail"].as_str().unwrap_or("");
        let fields: Vec<String> = body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| {
                        format!(
                            "{}: {}",
                            e["field"].as_str().unwrap_or(""),
                            e["message"].as_str().unwrap_or("")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        if fields.is_empty() {
            bail!("HTTP {status}: {detail}")
        } else {
            bail!("HTTP {status}: {detail} ({})", fields.join("; "))
        }
    }

    /// Every cohort, following the pages.
    pub async fn cohorts(&self, status: Option<&str>) -> anyhow::Result<Vec<Value>> {
        let mut all = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut request = self
                .client
                .get(format!("{}/api/v1/cohorts", self.base))
                .bearer_auth(&self.token);
            let mut query: Vec<(&str, String)> = vec![("limit", "200".to_owned())];
            if let Some(status) = status {
                query.push(("status", status.to_owned()));
            }
            if let Some(cursor) = &cursor {
                query.push(("cursor", cursor.clone()));
            }
            request = request.query(&query);
            let page: Value = Self::check(request.send().await?).await?.json().await?;
            all.extend(page["items"].as_array().cloned().unwrap_or_default());
            match page["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => return Ok(all),
            }
        }
    }

    /// A text resource (CSV, iCalendar).
    pub async fn text(&self, path: &str) -> anyhow::Result<String> {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .send()
            .await?;
        Ok(Self::check(response).await?.text().await?)
    }

    /// Nominates one person; true when the nomination is new. The idempotency key is derived from
    /// cohort and email, so a rerun never nominates twice.
    pub async fn nominate(&self, cohort: &str, member: &StaffMember) -> anyhow::Result<bool> {
        let key: String =
            Sha256::digest(format!("{cohort}\n{}", member.email.to_lowercase()).as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
        let response = self
            .client
            .post(format!("{}/api/v1/cohorts/{cohort}/nominations", self.base))
            .bearer_auth(&self.token)
            .header("Idempotency-Key", format!("municipal-sync-{key}"))
            .json(&json!({
                "email": member.email,
                "display_name": member.display_name,
                "organisation": member.organisation,
                "multiplier": member.multiplier,
            }))
            .send()
            .await
            .context("the service did not answer")?;
        let replayed = response.headers().contains_key("idempotent-replayed");
        let status = Self::check(response).await?.status();
        Ok(status.as_u16() == 201 && !replayed)
    }
}
