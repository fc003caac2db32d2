//! A large, deterministic data set for benchmarks: `vielfalt seed-demo --scale N` loads N
//! municipalities, 4·N cohorts (three neighbouring municipalities each), 20 people per cohort
//! (2 facilitators, 18 participants), 8 sessions per cohort, two feedback rounds with answers,
//! a plan per participant and 20 posts per cohort with 2–8 comments each. Scale 50 gives 50
//! municipalities, 200 cohorts and 4,000 people.
//!
//! Ids and timestamps derive from the row's position, so two runs produce the same data.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use entity::{
    cohort, cohort_municipality, comment, enrollment,
    enums::{
        CohortRole, CohortStatus, EnrollmentStatus, FeedbackKind, Locale, PlanScale, PlanStatus,
        PostKind, Role, SessionStatus, Visibility,
    },
    feedback_response, feedback_round, municipality, person, plan, post, session,
};
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, EntityTrait, TransactionSession, TransactionTrait,
};
use uuid::Uuid;

use super::{feedback::author_key, search, tx};
use crate::{
    auth::{password, secrets},
    error::AppResult,
};

/// Rows per INSERT: well inside SQLite's and PostgreSQL's limits on bound parameters.
const BATCH: usize = 400;
/// People per cohort, the first two of them facilitators.
const PEOPLE_PER_COHORT: usize = 20;
const SESSIONS_PER_COHORT: usize = 8; // one per entry of `topics` below
const POSTS_PER_COHORT: usize = 20;
const COHORTS_PER_MUNICIPALITY: usize = 4;

/// What the scaled seed created.
pub struct ScaleReport {
    pub admin_email: String,
    pub password: String,
    pub municipalities: usize,
    pub cohorts: usize,
    pub people: usize,
    pub posts: usize,
    pub comments: usize,
}

/// A deterministic id: the table's tag in the high bits, the row's number in the low bits.
fn id(tag: u16, n: usize) -> Uuid {
    Uuid::from_u128((0x5ca1e << 108) | (u128::from(tag) << 64) | n as u128)
}

fn base() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 5, 8, 0, 0)
        .single()
        .unwrap_or_default()
}

async fn insert<E, A>(db: &impl ConnectionTrait, rows: Vec<A>) -> AppResult<()>
where
    E: EntityTrait,
    A: sea_orm::ActiveModelTrait<Entity = E> + Send,
{
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(BATCH).collect();
        E::insert_many(chunk).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Loads the scaled data set into an empty database, with an admin account whose password is
/// returned once. All accounts share that password.
pub async fn seed(
    db: &(impl ConnectionTrait + TransactionTrait),
    pseudonym_key: &[u8],
    scale: usize,
) -> AppResult<ScaleReport> {
    let password_plain = secrets::random_token()[..16].to_owned();
    let hash = password::hash(password_plain.clone()).await?;
    let start = base();
    let txn = tx::begin(db).await?;

    let municipalities = scale.max(1);
    let cohorts = municipalities * COHORTS_PER_MUNICIPALITY;
    let people = cohorts * PEOPLE_PER_COHORT;

    insert(
        &txn,
        (0..municipalities)
            .map(|m| municipality::ActiveModel {
                id: Set(id(1, m)),
                name: Set(format!("Gemeinde {m:03}")),
                ags: Set(format!("06{:06}", 900_000 + m)),
                state: Set("Hessen".to_owned()),
                created_at: Set(start),
                updated_at: Set(start),
            })
            .collect(),
    )
    .await?;

    let admin_email = "admin@scale.example".to_owned();
    let mut accounts = vec![person_row(
        id(2, people),
        "Programm-Admin".to_owned(),
        admin_email.clone(),
        Role::Admin,
        None,
        &hash,
        start,
    )];
    for p in 0..people {
        let c = p / PEOPLE_PER_COHORT;
        let facilitator = p % PEOPLE_PER_COHORT < 2;
        accounts.push(person_row(
            id(2, p),
            format!("Person {p:05}"),
            format!("person{p}@scale.example"),
            if facilitator {
                Role::Facilitator
            } else {
                Role::Participant
            },
            Some(id(1, home(c, p, municipalities))),
            &hash,
            start,
        ));
    }
    insert(&txn, accounts).await?;

    insert(
        &txn,
        (0..cohorts)
            .map(|c| {
                let starts = start.date_naive() + Duration::days((c % 120) as i64);
                cohort::ActiveModel {
                    id: Set(id(3, c)),
                    title: Set(format!("Durchgang {c:03}")),
                    programme: Set("Vielfalt gestalten".to_owned()),
                    description: Set(Some(format!(
                        "Durchgang {c} mit Teilnehmenden aus drei Nachbarkommunen."
                    ))),
                    status: Set(match c % 3 {
                        0 => CohortStatus::Planned,
                        1 => CohortStatus::Running,
                        _ => CohortStatus::Completed,
                    }),
                    starts_on: Set(Some(starts)),
                    ends_on: Set(Some(starts + Duration::days(60))),
                    location: Set(Some(format!("Bürgerhaus {}", c % 17))),
                    capacity: Set(Some(PEOPLE_PER_COHORT as i32)),
                    archived_at: Set(None),
                    report_snapshot: Set(None),
                    purged_at: Set(None),
                    created_at: Set(start + Duration::minutes(c as i64)),
                    updated_at: Set(start + Duration::minutes(c as i64)),
                }
            })
            .collect(),
    )
    .await?;

    let mut links = Vec::new();
    for c in 0..cohorts {
        for k in 0..3.min(municipalities) {
            links.push(cohort_municipality::ActiveModel {
                id: Set(id(4, c * 3 + k)),
                cohort_id: Set(id(3, c)),
                municipality_id: Set(id(1, neighbour(c, k, municipalities))),
                created_at: Set(start),
            });
        }
    }
    insert(&txn, links).await?;

    insert(
        &txn,
        (0..people)
            .map(|p| {
                let c = p / PEOPLE_PER_COHORT;
                enrollment::ActiveModel {
                    id: Set(id(5, p)),
                    person_id: Set(id(2, p)),
                    cohort_id: Set(id(3, c)),
                    role: Set(if p % PEOPLE_PER_COHORT < 2 {
                        CohortRole::Facilitator
                    } else {
                        CohortRole::Participant
                    }),
                    status: Set(EnrollmentStatus::Active),
                    multiplier: Set(p % 7 == 0),
                    influence_map_shared: Set(false),
                    created_at: Set(start),
                    updated_at: Set(start),
                }
            })
            .collect(),
    )
    .await?;

    let topics = [
        "Ankommen und Erwartungen",
        "Input: Vielfalt in der Verwaltung",
        "Übung: Perspektivwechsel",
        "Reflexion",
        "Kollegiale Beratung",
        "Einflusslandkarte",
        "Planung eigener Vorhaben",
        "Abschluss und Ausblick",
    ];
    let mut sessions = Vec::new();
    for c in 0..cohorts {
        let first = start.date_naive() + Duration::days((c % 120) as i64);
        for (s, topic) in topics.iter().enumerate() {
            let day: NaiveDate = first + Duration::days((s / 4) as i64 * 14);
            let begins = Utc.from_utc_datetime(
                &day.and_hms_opt(8 + (s % 4) as u32 * 2, 0, 0)
                    .unwrap_or_default(),
            );
            sessions.push(session::ActiveModel {
                id: Set(id(6, c * SESSIONS_PER_COHORT + s)),
                cohort_id: Set(id(3, c)),
                module_id: Set(None),
                title: Set((*topic).to_owned()),
                day: Set(day),
                starts_at: Set(Some(begins)),
                ends_at: Set(Some(begins + Duration::minutes(90))),
                position: Set(s as i32),
                status: Set(SessionStatus::Planned),
                notes: Set(None),
                revision: Set(0),
                check_in_code: Set(None),
                check_in_code_expires_at: Set(None),
                created_at: Set(start),
                updated_at: Set(start),
            });
        }
    }
    insert(&txn, sessions).await?;

    let mut rounds = Vec::new();
    let mut responses = Vec::new();
    for c in 0..cohorts {
        for r in 0..2 {
            let round = id(7, c * 2 + r);
            let at = start + Duration::days(1) + Duration::minutes((c * 2 + r) as i64);
            rounds.push(feedback_round::ActiveModel {
                id: Set(round),
                cohort_id: Set(id(3, c)),
                session_id: Set(Some(id(6, c * SESSIONS_PER_COHORT + r * 4))),
                question: Set("Wie hilfreich war der Vormittag?".to_owned()),
                kind: Set(FeedbackKind::Rating),
                anonymous: Set(r == 0),
                open: Set(false),
                facilitator_answer: Set(None),
                created_by_id: Set(Some(id(2, c * PEOPLE_PER_COHORT))),
                closed_at: Set(Some(at + Duration::hours(1))),
                created_at: Set(at),
                updated_at: Set(at),
            });
            for p in (c * PEOPLE_PER_COHORT + 2)..((c + 1) * PEOPLE_PER_COHORT) {
                let who = id(2, p);
                responses.push(feedback_response::ActiveModel {
                    id: Set(id(8, p * 2 + r)),
                    round_id: Set(round),
                    person_id: Set(if r == 0 { None } else { Some(who) }),
                    author_key: Set(author_key(pseudonym_key, who, round)),
                    rating: Set(Some(1 + ((p * 7 + r) % 5) as i32)),
                    text: Set(None),
                    created_at: Set(at + Duration::minutes(5)),
                    updated_at: Set(at + Duration::minutes(5)),
                });
            }
        }
    }
    insert(&txn, rounds).await?;
    insert(&txn, responses).await?;

    insert(
        &txn,
        (0..people)
            .filter(|p| p % PEOPLE_PER_COHORT >= 2)
            .map(|p| plan::ActiveModel {
                id: Set(id(9, p)),
                owner_id: Set(id(2, p)),
                cohort_id: Set(Some(id(3, p / PEOPLE_PER_COHORT))),
                title: Set(format!(
                    "Vorhaben {p}: Stellenausschreibungen inklusiv formulieren"
                )),
                description: Set(None),
                scale: Set(if p % 2 == 0 {
                    PlanScale::Small
                } else {
                    PlanScale::Large
                }),
                status: Set(PlanStatus::Idea),
                visibility: Set(Visibility::Cohort),
                target_date: Set(None),
                created_at: Set(start),
                updated_at: Set(start),
            })
            .collect(),
    )
    .await?;

    let mut posts = Vec::new();
    let mut comments = Vec::new();
    for c in 0..cohorts {
        for k in 0..POSTS_PER_COHORT {
            let n = c * POSTS_PER_COHORT + k;
            let author = c * PEOPLE_PER_COHORT + 2 + (k % (PEOPLE_PER_COHORT - 2));
            let at = start + Duration::days(2) + Duration::minutes((n * 3) as i64);
            let title = format!("Erfahrung {n}: Mehrsprachige Aushänge im Bürgerbüro");
            let body = format!(
                "Beitrag {n}. Wir haben im Bürgerbüro Aushänge in fünf Sprachen ausprobiert \
                 und berichten, was gut lief und was nicht."
            );
            posts.push(post::ActiveModel {
                id: Set(id(10, n)),
                author_id: Set(Some(id(2, author))),
                cohort_id: Set(Some(id(3, c))),
                kind: Set(PostKind::Experience),
                search_text: Set(search::post_text(&title, &body, &[])),
                title: Set(title),
                body: Set(body),
                tags: Set("[]".to_owned()),
                pinned: Set(false),
                locked: Set(false),
                hidden: Set(false),
                edited_at: Set(None),
                consultation_case: Set(None),
                consultation_question: Set(None),
                consultation_shareable: Set(false),
                resolved_at: Set(None),
                created_at: Set(at),
                updated_at: Set(at),
            });
            for j in 0..(2 + n % 7) {
                let commenter = c * PEOPLE_PER_COHORT + ((k + j + 1) % PEOPLE_PER_COHORT);
                let when = at + Duration::minutes(1 + j as i64);
                comments.push(comment::ActiveModel {
                    id: Set(id(11, n * 16 + j)),
                    post_id: Set(id(10, n)),
                    author_id: Set(Some(id(2, commenter))),
                    parent_id: Set(None),
                    body: Set(format!(
                        "Antwort {j} auf Beitrag {n}: Danke, das probieren wir auch."
                    )),
                    hidden: Set(false),
                    edited_at: Set(None),
                    deleted_at: Set(None),
                    created_at: Set(when),
                    updated_at: Set(when),
                });
            }
        }
    }
    let (post_count, comment_count) = (posts.len(), comments.len());
    insert(&txn, posts).await?;
    insert(&txn, comments).await?;
    txn.commit().await?;

    Ok(ScaleReport {
        admin_email,
        password: password_plain,
        municipalities,
        cohorts,
        people,
        posts: post_count,
        comments: comment_count,
    })
}

/// The k-th of a cohort's three neighbouring municipalities.
fn neighbour(cohort: usize, k: usize, municipalities: usize) -> usize {
    (cohort / COHORTS_PER_MUNICIPALITY + k) % municipalities
}

/// The home municipality of a cohort's person: one of the cohort's three.
fn home(cohort: usize, person: usize, municipalities: usize) -> usize {
    neighbour(cohort, person % 3.min(municipalities), municipalities)
}

fn person_row(
    uuid: Uuid,
    name: String,
    email: String,
    role: Role,
    municipality: Option<Uuid>,
    hash: &str,
    at: DateTime<Utc>,
) -> person::ActiveModel {
    person::ActiveModel {
        id: Set(uuid),
        display_name: Set(name),
        email: Set(Some(email)),
        pronouns: Set(None),
        bio: Set(None),
        locale: Set(Locale::De),
        role: Set(role),
        organisation_id: Set(None),
        municipality_id: Set(municipality),
        directory_visible: Set(true),
        password_hash: Set(Some(hash.to_owned())),
        auth_version: Set(0),
        calendar_token_hash: Set(None),
        calendar_salt: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct_across_tables() {
        assert_eq!(id(3, 7), id(3, 7));
        assert_ne!(id(3, 7), id(2, 7));
        assert_ne!(id(3, 7), id(3, 8));
    }

    #[test]
    fn each_cohort_draws_people_from_its_own_three_municipalities() {
        let cohort = 9;
        let own: Vec<usize> = (0..3).map(|k| neighbour(cohort, k, 50)).collect();
        for p in 0..PEOPLE_PER_COHORT {
            assert!(own.contains(&home(cohort, cohort * PEOPLE_PER_COHORT + p, 50)));
        }
    }
}
