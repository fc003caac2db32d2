//! Multiplier work: what participants did in their own organisations and how many people it reached.

use chrono::{NaiveDate, Utc};
use entity::{enums::CohortRole, multiplier_activity};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

use super::{ids::new_id, input};
use crate::{
    auth::Principal,
    error::{AppResult, FieldError},
    i18n::Text,
    validate,
};

/// An activity as entered.
pub struct ActivityInput {
    pub cohort_id: Option<Uuid>,
    pub title: String,
    pub happened_on: NaiveDate,
    pub people_reached: i32,
    pub notes: Option<String>,
}

/// Records an activity of the caller.
pub async fn record(
    db: &impl ConnectionTrait,
    principal: &Principal,
    new: ActivityInput,
) -> AppResult<multiplier_activity::Model> {
    let me = principal.person()?;
    let member = match new.cohort_id {
        Some(cohort) => me.is_member(db, cohort).await?,
        None => true,
    };
    let today = Utc::now().date_naive();
    validate! {
        title = input::required(&new.title, "title", 200),
        notes = input::optional(new.notes.as_deref(), "notes", 2000),
        people_reached = input::int_range(new.people_reached, "peopleReached", 0, 1_000_000),
        _cohort = if member { Ok(()) } else { Err(FieldError::new("cohortId", Text::new("Sie gehören nicht zu diesem Durchgang.", "You do not belong to this cohort."))) },
        _date = if new.happened_on <= today + chrono::Duration::days(1) { Ok(()) } else { Err(FieldError::new("happenedOn", Text::new("Das Datum liegt in der Zukunft.", "The date lies in the future."))) },
    }
    let now = Utc::now();
    Ok(multiplier_activity::ActiveModel {
        id: Set(new_id()),
        person_id: Set(me.id),
        cohort_id: Set(new.cohort_id),
        title: Set(title),
        happened_on: Set(new.happened_on),
        people_reached: Set(people_reached),
        notes: Set(notes),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await?)
}

/// A person's activities: for the person, admins, and facilitators of the activity's cohort.
pub async fn of_person(
    db: &impl ConnectionTrait,
    principal: &Principal,
    person_id: Uuid,
) -> AppResult<Vec<multiplier_activity::Model>> {
    let Principal::Person(me) = principal else {
        return Ok(vec![]);
    };
    let all = multiplier_activity::Entity::find()
        .filter(multiplier_activity::Column::PersonId.eq(person_id))
        .order_by_desc(multiplier_activity::Column::HappenedOn)
        .all(db)
        .await?;
    if me.is_admin() || me.id == person_id {
        return Ok(all);
    }
    let mine = me.memberships(db).await?;
    Ok(all
        .into_iter()
        .filter(|a| {
            a.cohort_id
                .is_some_and(|c| mine.get(&c) == Some(&CohortRole::Facilitator))
        })
        .collect())
}
