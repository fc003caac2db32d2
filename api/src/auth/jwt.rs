//! Access tokens: HS256 JWTs of at most 15 minutes, algorithm pinned, every claim validated.

use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation, decode, encode};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{AppError, AppResult};

const ISSUER: &str = "vielfaltsnetz";
const AUDIENCE: &str = "vielfaltsnetz-api";
/// Only tokens of this type are access tokens; nothing else we issue is a JWT, but say so anyway.
const ACCESS_TYPE: &str = "access";

/// The claims of an access token.
#[derive(Debug, Serialize, Deserialize)]
pub struct AccessClaims {
    pub sub: Uuid,
    pub exp: i64,
    pub nbf: i64,
    pub iat: i64,
    pub iss: String,
    pub aud: String,
    pub typ: String,
    /// The person's `auth_version` when the token was issued.
    pub ver: i32,
}

/// Signing and checking keys, built once.
#[derive(Clone)]
pub struct JwtKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ttl_seconds: i64,
}

impl JwtKeys {
    pub fn new(secret: &[u8], ttl_seconds: i64) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        validation.validate_exp = true;
        validation.validate_nbf = true;
        validation.leeway = 5;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl_seconds: ttl_seconds.min(15 * 60),
        }
    }

    /// A new access token for the person and when it expires.
    pub fn issue(&self, person_id: Uuid, auth_version: i32) -> AppResult<(String, DateTime<Utc>)> {
        let now = Utc::now().timestamp();
        let exp = now + self.ttl_seconds;
        let claims = AccessClaims {
            sub: person_id,
            exp,
            nbf: now,
            iat: now,
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            typ: ACCESS_TYPE.to_owned(),
            ver: auth_version,
        };
        let token = encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("token signing failed: {e}")))?;
        let expires_at = DateTime::from_timestamp(exp, 0).unwrap_or_else(Utc::now);
        Ok((token, expires_at))
    }

    /// The claims of a valid access token; every failure is `Unauthenticated`.
    pub fn verify(&self, token: &str) -> AppResult<AccessClaims> {
        let data = decode::<AccessClaims>(token, &self.decoding, &self.validation)
            .map_err(|_| AppError::Unauthenticated)?;
        if data.claims.typ != ACCESS_TYPE {
            return Err(AppError::Unauthenticated);
        }
        Ok(data.claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> JwtKeys {
        JwtKeys::new(b"0123456789abcdef0123456789abcdef", 900)
    }

    #[test]
    fn issued_tokens_verify() {
        let id = Uuid::now_v7();
        let (token, _) = keys().issue(id, 3).expect("issue");
        let claims = keys().verify(&token).expect("verify");
        assert_eq!(claims.sub, id);
        assert_eq!(claims.ver, 3);
    }

    #[test]
    fn tokens_of_another_key_or_algorithm_fail() {
        let (token, _) = keys().issue(Uuid::now_v7(), 0).expect("issue");
        let other = JwtKeys::new(b"another-secret-another-secret-!!", 900);
        assert!(other.verify(&token).is_err());
        // alg=none with the same claims
        let parts: Vec<&str> = token.split('.').collect();
        let none = format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{}.", parts[1]);
        assert!(keys().verify(&none).is_err());
    }

    #[test]
    fn expired_tokens_fail() {
        let now = Utc::now().timestamp();
        let claims = AccessClaims {
            sub: Uuid::now_v7(),
            exp: now - 60,
            nbf: now - 120,
            iat: now - 120,
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            typ: ACCESS_TYPE.into(),
            ver: 0,
        };
        let token =
            encode(&Header::new(Algorithm::HS256), &claims, &keys().encoding).expect("encode");
        assert!(keys().verify(&token).is_err());
    }
}
