//! The caller of a request: a signed-in person, a municipal API token, or nobody.

use std::{collections::HashMap, sync::Arc};

use entity::{
    enrollment,
    enums::{CohortRole, EnrollmentStatus, Locale, Role},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use tokio::sync::OnceCell;
use uuid::Uuid;

use super::Scope;
use crate::error::{AppError, AppResult};

/// Who is asking. Every domain function takes one and decides with it.
#[derive(Clone, Debug)]
pub enum Principal {
    Anonymous,
    Person(PersonPrincipal),
    Token(TokenPrincipal),
}

/// A signed-in person.
#[derive(Clone, Debug)]
pub struct PersonPrincipal {
    pub id: Uuid,
    pub role: Role,
    pub locale: Locale,
    memberships: Arc<OnceCell<HashMap<Uuid, CohortRole>>>,
}

/// A municipal system's API token.
#[derive(Clone, Debug)]
pub struct TokenPrincipal {
    pub id: Uuid,
    pub scopes: Vec<Scope>,
    /// Set when the token may only see this municipality's people and enrolments.
    pub municipality_id: Option<Uuid>,
}

impl PersonPrincipal {
    pub fn new(id: Uuid, role: Role, locale: Locale) -> Self {
        Self {
            id,
            role,
            locale,
            memberships: Arc::default(),
        }
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// The person's role in each cohort they belong to (enrolments not withdrawn), loaded once
    /// per request.
    pub async fn memberships(
        &self,
        db: &impl ConnectionTrait,
    ) -> AppResult<&HashMap<Uuid, CohortRole>> {
        self.memberships
            .get_or_try_init(|| async {
                let rows: Vec<(Uuid, CohortRole)> = enrollment::Entity::find()
                    .select_only()
                    .column(enrollment::Column::CohortId)
                    .column(enrollment::Column::Role)
                    .filter(enrollment::Column::PersonId.eq(self.id))
                    .filter(enrollment::Column::Status.ne(EnrollmentStatus::Withdrawn))
                    .into_tuple()
                    .all(db)
                    .await?;
                Ok::<_, AppError>(rows.into_iter().collect())
            })
            .await
    }

    /// Member of the cohort in any role.
    pub async fn is_member(&self, db: &impl ConnectionTrait, cohort_id: Uuid) -> AppResult<bool> {
        Ok(self.memberships(db).await?.contains_key(&cohort_id))
    }

    /// Facilitates the cohort, or is an admin.
    pub async fn can_facilitate(
        &self,
        db: &impl ConnectionTrait,
        cohort_id: Uuid,
    ) -> AppResult<bool> {
        if self.is_admin() {
            return Ok(true);
        }
        Ok(self.memberships(db).await?.get(&cohort_id) == Some(&CohortRole::Facilitator))
    }

    /// The cohorts this person facilitates.
    pub async fn facilitated_cohorts(&self, db: &impl ConnectionTrait) -> AppResult<Vec<Uuid>> {
        Ok(self
            .memberships(db)
            .await?
            .iter()
            .filter(|(_, role)| **role == CohortRole::Facilitator)
            .map(|(id, _)| *id)
            .collect())
    }
}

impl TokenPrincipal {
    pub fn has(&self, scope: Scope) -> bool {
        self.scopes.contains(&scope)
    }
}

impl Principal {
    /// The signed-in person; tokens are refused (`FORBIDDEN`), nobody is `UNAUTHENTICATED`.
    pub fn person(&self) -> AppResult<&PersonPrincipal> {
        match self {
            Principal::Person(person) => Ok(person),
            Principal::Token(_) => Err(AppError::Forbidden),
            Principal::Anonymous => Err(AppError::Unauthenticated),
        }
    }

    /// A signed-in admin.
    pub fn admin(&self) -> AppResult<&PersonPrincipal> {
        let person = self.person()?;
        if person.is_admin() {
            Ok(person)
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Admins and facilitators (programme staff).
    pub fn staff(&self) -> AppResult<&PersonPrincipal> {
        let person = self.person()?;
        if matches!(person.role, Role::Admin | Role::Facilitator) {
            Ok(person)
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Anyone signed in, or a token with `scope`.
    pub fn require_scope(&self, scope: Scope) -> AppResult<()> {
        match self {
            Principal::Anonymous => Err(AppError::Unauthenticated),
            Principal::Person(_) => Ok(()),
            Principal::Token(token) if token.has(scope) => Ok(()),
            Principal::Token(_) => Err(AppError::Forbidden),
        }
    }

    /// `person:<id>`, `token:<id>` or `anonymous`, as the audit log names actors.
    pub fn actor(&self) -> String {
        match self {
            Principal::Anonymous => "anonymous".to_owned(),
            Principal::Person(person) => format!("person:{}", person.id),
            Principal::Token(token) => format!("token:{}", token.id),
        }
    }

    pub fn person_id(&self) -> Option<Uuid> {
        match self {
            Principal::Person(person) => Some(person.id),
            _ => None,
        }
    }

    pub fn is_admin(&self) -> bool {
        matches!(self, Principal::Person(person) if person.is_admin())
    }
}
