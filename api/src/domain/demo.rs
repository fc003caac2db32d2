//! Demo data that tells the programme's story: a first cohort of 15 people from three
//! neighbouring municipalities in Hessen, two training days in September, feedback, a follow-up
//! in January, and a second cohort planned for February.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use entity::{
    agenda_change, attendance, cohort, cohort_municipality, enrollment,
    enums::{
        AttendanceSource, CohortRole, CohortStatus, EnrollmentStatus, FeedbackKind, FollowUpFormat,
        FollowUpStatus, InfluenceCircle, InfluenceDomain, Locale, ModuleKind, OrganisationKind,
        PlanScale, PlanStatus, PostKind, Role, SessionStatus, Visibility,
    },
    feedback_response, feedback_round, follow_up, influence_area, module, municipality,
    organisation, person, plan, plan_update, post,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ConnectionTrait, EntityTrait, PaginatorTrait,
    TransactionSession, TransactionTrait,
};
use uuid::Uuid;

use super::{ids::new_id, input::to_json_list, tx};
use crate::{
    auth::{password, secrets},
    error::AppResult,
};

/// The admin account of the demo data.
pub const ADMIN_EMAIL: &str = "admin@vielfaltsnetz.example";

/// What the seed created, for the one-time console message.
pub struct DemoLogin {
    pub admin_email: String,
    pub password: String,
    pub facilitator_email: String,
    pub participant_email: String,
}

/// True when there is nobody in the database yet.
pub async fn is_empty(db: &impl ConnectionTrait) -> AppResult<bool> {
    Ok(person::Entity::find().count(db).await? == 0)
}

/// Seeds the demo story. Every demo account gets the same random password, returned once.
pub async fn seed(
    db: &(impl ConnectionTrait + TransactionTrait),
    pseudonym_key: &[u8],
) -> AppResult<DemoLogin> {
    let password_plain = secrets::random_token()[..16].to_owned();
    let hash = password::hash(password_plain.clone()).await?;
    let txn = tx::begin(db).await?;
    let seed = Seeder {
        db: &txn,
        hash,
        now: Utc::now(),
    };
    let login = seed.story(pseudonym_key).await?;
    txn.commit().await?;
    Ok(DemoLogin {
        password: password_plain,
        ..login
    })
}

struct Seeder<'a, C> {
    db: &'a C,
    hash: String,
    now: DateTime<Utc>,
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    // Demo times are given in Berlin time; September is CEST (UTC+2), January and February CET.
    let offset = if (4..=10).contains(&day.format("%m").to_string().parse::<u32>().unwrap_or(1)) {
        2
    } else {
        1
    };
    let naive = day.and_hms_opt(hour, minute, 0).unwrap_or_default();
    Utc.from_utc_datetime(&naive) - chrono::Duration::hours(offset)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

impl<C: ConnectionTrait> Seeder<'_, C> {
    async fn story(&self, pseudonym_key: &[u8]) -> AppResult<DemoLogin> {
        let hanau = self.municipality("Hanau", "06435014").await?;
        let maintal = self.municipality("Maintal", "06435019").await?;
        let bruchkoebel = self.municipality("Bruchköbel", "06435005").await?;
        let towns = [hanau, maintal, bruchkoebel];

        let orgs = [
            self.organisation(
                "Stadtverwaltung Hanau – Fachbereich Soziales",
                OrganisationKind::Administration,
                hanau,
            )
            .await?,
            self.organisation(
                "Stadtverwaltung Maintal – Bürgerbüro",
                OrganisationKind::Administration,
                maintal,
            )
            .await?,
            self.organisation(
                "Stadt Bruchköbel – Personal und Organisation",
                OrganisationKind::Administration,
                bruchkoebel,
            )
            .await?,
            self.organisation(
                "Migrant*innenbeirat Hanau",
                OrganisationKind::CivilSociety,
                hanau,
            )
            .await?,
            self.organisation(
                "Familienzentrum Maintal e. V.",
                OrganisationKind::CivilSociety,
                maintal,
            )
            .await?,
            self.organisation(
                "Sportverein Bruchköbel 1921",
                OrganisationKind::CivilSociety,
                bruchkoebel,
            )
            .await?,
        ];

        self.person(
            "Programmleitung Vielfaltsnetz",
            ADMIN_EMAIL,
            Role::Admin,
            None,
            None,
        )
        .await?;
        let lead = self
            .person(
                "Dr. Miriam Okafor",
                "miriam.okafor@vielfaltsnetz.example",
                Role::Facilitator,
                None,
                None,
            )
            .await?;
        let co = self
            .person(
                "Jonas Weber",
                "jonas.weber@vielfaltsnetz.example",
                Role::Facilitator,
                None,
                None,
            )
            .await?;

        let names = [
            ("Aylin Demir", "sie/ihr"),
            ("Thomas Becker", "er/ihm"),
            ("Sabine Krause", "sie/ihr"),
            ("Mehmet Yılmaz", "er/ihm"),
            ("Lena Hoffmann", "sie/ihr"),
            ("Kai Schröder", "keine"),
            ("Fatima Haddad", "sie/ihr"),
            ("Peter Wagner", "er/ihm"),
            ("Nora Schulz", "sie/ihr"),
            ("Daniel Nowak", "er/ihm"),
            ("Jasmin Richter", "sie/ihr"),
            ("Emre Kaya", "er/ihm"),
            ("Claudia Neumann", "sie/ihr"),
            ("Samuel Mensah", "er/ihm"),
            ("Julia Lehmann", "sie/ihr"),
        ];
        let mut participants = Vec::new();
        for (i, (name, pronouns)) in names.iter().enumerate() {
            let email = format!("{}@beispiel-kommune.example", ascii_slug(name));
            let org = orgs[i % orgs.len()];
            let id = self
                .person(
                    name,
                    &email,
                    Role::Participant,
                    Some((org, towns[i % 3])),
                    Some(pronouns),
                )
                .await?;
            participants.push(id);
        }

        // Cohort 1: running, two training days in September, follow-up in January.
        let day1 = date(2026, 9, 17);
        let day2 = date(2026, 9, 18);
        let first = self
            .cohort(
                "Vielfaltsmanager*innen Main-Kinzig – Durchgang 1",
                "Erster Durchgang mit Teilnehmenden aus Verwaltung und Zivilgesellschaft aus Hanau, Maintal und Bruchköbel.",
                CohortStatus::Running,
                Some((day1, date(2027, 1, 21))),
                "Hanau, Congress Park",
                Some(16),
                &towns,
            )
            .await?;
        self.enroll(lead, first, CohortRole::Facilitator, false)
            .await?;
        self.enroll(co, first, CohortRole::Facilitator, false)
            .await?;
        for (i, p) in participants.iter().enumerate() {
            self.enroll(*p, first, CohortRole::Participant, i % 3 == 0)
                .await?;
        }

        let m = self.curriculum().await?;
        let agenda1 = [
            (m[9], "Ankommen und Kennenlernen", 9, 0, 9, 45),
            (m[0], "Vielfaltsdimensionen", 9, 45, 11, 0),
            (
                m[3],
                "Übung: Eigene unbewusste Denkmuster entdecken",
                11,
                15,
                12,
                30,
            ),
            (m[1], "Unconscious Bias in der Verwaltung", 13, 30, 14, 45),
            (m[5], "Reflexionsrunde", 15, 0, 15, 45),
            (m[8], "Feedback zum Tag", 15, 45, 16, 0),
        ];
        let agenda2 = [
            (m[4], "Übung: Privilegien sichtbar machen", 9, 0, 10, 15),
            (m[2], "Veränderungsprozesse gestalten", 10, 30, 12, 0),
            (m[7], "Die eigene Einflusssphäre kartieren", 13, 0, 14, 15),
            (m[6], "Kollegiale Beratung", 14, 30, 15, 45),
            (m[8], "Abschlussfeedback", 15, 45, 16, 15),
        ];
        let mut day1_sessions = Vec::new();
        for (pos, (module, title, h1, m1, h2, m2)) in agenda1.iter().enumerate() {
            day1_sessions.push(
                self.session(
                    first,
                    *module,
                    title,
                    day1,
                    pos as i32,
                    at(day1, *h1, *m1),
                    at(day1, *h2, *m2),
                )
                .await?,
            );
        }
        let mut day2_sessions = Vec::new();
        for (pos, (module, title, h1, m1, h2, m2)) in agenda2.iter().enumerate() {
            day2_sessions.push(
                self.session(
                    first,
                    *module,
                    title,
                    day2,
                    pos as i32,
                    at(day2, *h1, *m1),
                    at(day2, *h2, *m2),
                )
                .await?,
            );
        }
        // The facilitators swapped two blocks on day one after the morning feedback.
        self.agenda_change(
            first,
            day1_sessions[3],
            lead,
            day1,
            4,
            day1,
            3,
            "Wunsch der Gruppe: mehr Zeit für die Übung vor der Mittagspause",
        )
        .await?;
        for session in day1_sessions.iter().chain(day2_sessions.iter()) {
            for (i, p) in participants.iter().enumerate() {
                self.attend(*session, *p, i % 7 != 3, lead).await?;
            }
        }

        // Feedback during day one: a named rating round and an anonymous one with text.
        let named = self
            .feedback_round(
                first,
                Some(day1_sessions[1]),
                "Wie hilfreich war der Input zu Vielfaltsdimensionen?",
                FeedbackKind::Rating,
                false,
                lead,
            )
            .await?;
        for (i, p) in participants.iter().take(12).enumerate() {
            self.response(
                named,
                Some(*p),
                &p.to_string(),
                Some(3 + (i % 3) as i32),
                None,
            )
            .await?;
        }
        let anonymous = self
            .feedback_round(
                first,
                Some(day1_sessions[2]),
                "Was nehmen Sie aus der Übung zu unbewussten Denkmustern mit?",
                FeedbackKind::RatingAndText,
                true,
                lead,
            )
            .await?;
        let texts = [
            "Mir war nicht klar, wie oft ich nach Namen vorsortiere.",
            "Gute Übung, hätte gern mehr Zeit gehabt.",
            "Ich möchte das mit meinem Team wiederholen.",
            "Anstrengend, aber wichtig.",
        ];
        for (i, p) in participants.iter().take(9).enumerate() {
            let key = secrets::keyed_hash(pseudonym_key, &[p.as_bytes(), anonymous.as_bytes()]);
            self.response(
                anonymous,
                None,
                &key,
                Some(4 + (i % 2) as i32),
                texts.get(i % 5).map(|t| t.to_string()),
            )
            .await?;
        }

        // Spheres of influence and plans.
        let areas = [
            (
                InfluenceCircle::Control,
                InfluenceDomain::OwnRole,
                "Wie ich Stellenausschreibungen formuliere",
            ),
            (
                InfluenceCircle::Influence,
                InfluenceDomain::Team,
                "Einarbeitung neuer Kolleg*innen",
            ),
            (
                InfluenceCircle::Concern,
                InfluenceDomain::Municipality,
                "Barrierefreiheit der Bürgerdienste",
            ),
        ];
        for p in participants.iter().take(5) {
            for (circle, domain, text) in areas {
                self.influence_area(*p, first, circle, domain, text).await?;
            }
        }
        let plans = [
            (
                "Stellenanzeigen in leichter Sprache prüfen",
                PlanScale::Small,
                PlanStatus::InProgress,
                Visibility::Cohort,
            ),
            (
                "Vielfaltscheck für das Bürgerbüro",
                PlanScale::Large,
                PlanStatus::Idea,
                Visibility::Facilitators,
            ),
            (
                "Austauschtreffen mit dem Migrant*innenbeirat",
                PlanScale::Small,
                PlanStatus::Done,
                Visibility::Community,
            ),
            (
                "Persönliche Lernziele",
                PlanScale::Small,
                PlanStatus::Idea,
                Visibility::Private,
            ),
        ];
        for (i, p) in participants.iter().enumerate() {
            let (title, scale, status, visibility) = plans[i % plans.len()];
            self.plan(*p, first, title, scale, status, visibility)
                .await?;
        }

        self.follow_up(
            first,
            "Digitales Nachtreffen: Was ist seitdem passiert?",
            at(date(2027, 1, 21), 17, 0),
            90,
        )
        .await?;

        for (i, (kind, title, body)) in [
            (PostKind::Experience, "Erste Schritte im Bürgerbüro", "Wir haben die Wartebereichsbeschilderung **mehrsprachig** gemacht. Rückmeldungen sind sehr positiv!"),
            (PostKind::Question, "Wer hat Erfahrung mit anonymisierten Bewerbungen?", "Unsere Personalabteilung überlegt, anonymisierte Bewerbungsverfahren zu testen. Wer hat das schon gemacht?"),
            (PostKind::Resource, "Leitfaden gendergerechte Sprache", "Hier ein hilfreicher Leitfaden, den wir in Maintal nutzen."),
        ]
        .into_iter()
        .enumerate()
        {
            let cohort = if i == 1 { None } else { Some(first) };
            self.post(participants[i * 4], cohort, kind, title, body).await?;
        }

        // Cohort 2: planned for February.
        let second = self
            .cohort(
                "Vielfaltsmanager*innen Main-Kinzig – Durchgang 2",
                "Zweiter Durchgang; Anmeldungen über die Kommunen.",
                CohortStatus::Planned,
                Some((date(2027, 2, 18), date(2027, 2, 19))),
                "Maintal, Bürgerhaus Bischofsheim",
                Some(16),
                &towns,
            )
            .await?;
        self.enroll(co, second, CohortRole::Facilitator, false)
            .await?;

        Ok(DemoLogin {
            admin_email: ADMIN_EMAIL.to_owned(),
            password: String::new(),
            facilitator_email: "miriam.okafor@vielfaltsnetz.example".to_owned(),
            participant_email: format!("{}@beispiel-kommune.example", ascii_slug(names[0].0)),
        })
    }

    async fn curriculum(&self) -> AppResult<Vec<Uuid>> {
        let modules = [
            (
                "Vielfaltsdimensionen",
                ModuleKind::Input,
                75,
                "Die Dimensionen von Vielfalt und was sie für kommunales Handeln bedeuten.",
                &["vielfalt", "grundlagen"][..],
            ),
            (
                "Unconscious Bias",
                ModuleKind::Input,
                75,
                "Wie unbewusste Denkmuster Entscheidungen prägen.",
                &["bias", "grundlagen"][..],
            ),
            (
                "Veränderungsprozesse gestalten",
                ModuleKind::Input,
                90,
                "Change-Management in Verwaltung und Vereinen.",
                &["veränderung"][..],
            ),
            (
                "Eigene unbewusste Denkmuster entdecken",
                ModuleKind::Exercise,
                75,
                "Übung in Kleingruppen.",
                &["bias", "übung"][..],
            ),
            (
                "Privilegien sichtbar machen",
                ModuleKind::Exercise,
                75,
                "Übung zu eigenen Privilegien.",
                &["privilegien", "übung"][..],
            ),
            (
                "Reflexionsrunde",
                ModuleKind::Reflection,
                45,
                "Was hat mich heute bewegt?",
                &["reflexion"][..],
            ),
            (
                "Kollegiale Beratung",
                ModuleKind::PeerConsultation,
                75,
                "Fälle aus der Praxis gemeinsam beraten.",
                &["beratung"][..],
            ),
            (
                "Einflusssphäre kartieren",
                ModuleKind::InfluenceMapping,
                75,
                "Wo kann ich etwas bewirken – direkt, mittelbar, gar nicht?",
                &["einfluss"][..],
            ),
            (
                "Feedbackrunde",
                ModuleKind::Feedback,
                15,
                "Kurzes Feedback zum Block oder Tag.",
                &["feedback"][..],
            ),
            (
                "Ankommen und Vernetzen",
                ModuleKind::Networking,
                45,
                "Kennenlernen über Kommunen und Organisationen hinweg.",
                &["netzwerk"][..],
            ),
        ];
        let mut ids = Vec::new();
        for (title, kind, minutes, summary, tags) in modules {
            let id = new_id();
            module::ActiveModel {
                id: Set(id),
                title: Set(title.to_owned()),
                kind: Set(kind),
                summary: Set(Some(summary.to_owned())),
                description: Set(None),
                duration_minutes: Set(Some(minutes)),
                learning_goals: Set(to_json_list(&[format!(
                    "Teilnehmende kennen die Grundlagen: {title}"
                )])),
                tags: Set(to_json_list(tags)),
                materials: Set("[]".to_owned()),
                archived: Set(false),
                created_at: Set(self.now),
                updated_at: Set(self.now),
            }
            .insert(self.db)
            .await?;
            ids.push(id);
        }
        Ok(ids)
    }

    async fn municipality(&self, name: &str, ags: &str) -> AppResult<Uuid> {
        let id = new_id();
        municipality::ActiveModel {
            id: Set(id),
            name: Set(name.to_owned()),
            ags: Set(ags.to_owned()),
            state: Set("Hessen".to_owned()),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(id)
    }

    async fn organisation(
        &self,
        name: &str,
        kind: OrganisationKind,
        municipality: Uuid,
    ) -> AppResult<(Uuid, Uuid)> {
        let id = new_id();
        organisation::ActiveModel {
            id: Set(id),
            name: Set(name.to_owned()),
            kind: Set(kind),
            municipality_id: Set(Some(municipality)),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok((id, municipality))
    }

    async fn person(
        &self,
        name: &str,
        email: &str,
        role: Role,
        place: Option<((Uuid, Uuid), Uuid)>,
        pronouns: Option<&str>,
    ) -> AppResult<Uuid> {
        let id = new_id();
        let (organisation, municipality) = match place {
            Some(((org, _), town)) => (Some(org), Some(town)),
            None => (None, None),
        };
        person::ActiveModel {
            id: Set(id),
            display_name: Set(name.to_owned()),
            email: Set(Some(email.to_owned())),
            pronouns: Set(pronouns.map(str::to_owned)),
            bio: Set(None),
            locale: Set(Locale::De),
            role: Set(role),
            organisation_id: Set(organisation),
            municipality_id: Set(municipality),
            directory_visible: Set(role != Role::Participant),
            password_hash: Set(Some(self.hash.clone())),
            auth_version: Set(0),
            calendar_token_hash: Set(None),
            calendar_salt: Set(None),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(id)
    }

    #[allow(clippy::too_many_arguments)]
    async fn cohort(
        &self,
        title: &str,
        description: &str,
        status: CohortStatus,
        dates: Option<(NaiveDate, NaiveDate)>,
        location: &str,
        capacity: Option<i32>,
        towns: &[Uuid],
    ) -> AppResult<Uuid> {
        let id = new_id();
        cohort::ActiveModel {
            id: Set(id),
            title: Set(title.to_owned()),
            programme: Set(super::cohorts::DEFAULT_PROGRAMME.to_owned()),
            description: Set(Some(description.to_owned())),
            status: Set(status),
            starts_on: Set(dates.map(|d| d.0)),
            ends_on: Set(dates.map(|d| d.1)),
            location: Set(Some(location.to_owned())),
            capacity: Set(capacity),
            archived_at: Set(None),
            report_snapshot: Set(None),
            purged_at: Set(None),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        for town in towns {
            cohort_municipality::ActiveModel {
                id: Set(new_id()),
                cohort_id: Set(id),
                municipality_id: Set(*town),
                created_at: Set(self.now),
            }
            .insert(self.db)
            .await?;
        }
        Ok(id)
    }

    async fn enroll(
        &self,
        person: Uuid,
        cohort: Uuid,
        role: CohortRole,
        multiplier: bool,
    ) -> AppResult<()> {
        enrollment::ActiveModel {
            id: Set(new_id()),
            person_id: Set(person),
            cohort_id: Set(cohort),
            role: Set(role),
            status: Set(EnrollmentStatus::Active),
            multiplier: Set(multiplier),
            influence_map_shared: Set(false),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    async fn session(
        &self,
        cohort: Uuid,
        module: Uuid,
        title: &str,
        day: NaiveDate,
        position: i32,
        starts: DateTime<Utc>,
        ends: DateTime<Utc>,
    ) -> AppResult<Uuid> {
        let id = new_id();
        entity::session::ActiveModel {
            id: Set(id),
            cohort_id: Set(cohort),
            module_id: Set(Some(module)),
            title: Set(title.to_owned()),
            day: Set(day),
            starts_at: Set(Some(starts)),
            ends_at: Set(Some(ends)),
            position: Set(position),
            status: Set(SessionStatus::Done),
            notes: Set(None),
            revision: Set(0),
            check_in_code: Set(None),
            check_in_code_expires_at: Set(None),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(id)
    }

    #[allow(clippy::too_many_arguments)]
    async fn agenda_change(
        &self,
        cohort: Uuid,
        session: Uuid,
        by: Uuid,
        from_day: NaiveDate,
        from: i32,
        to_day: NaiveDate,
        to: i32,
        reason: &str,
    ) -> AppResult<()> {
        agenda_change::ActiveModel {
            id: Set(new_id()),
            cohort_id: Set(cohort),
            session_id: Set(session),
            by_person_id: Set(Some(by)),
            from_day: Set(from_day),
            from_position: Set(from),
            to_day: Set(to_day),
            to_position: Set(to),
            reason: Set(Some(reason.to_owned())),
            created_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(())
    }

    async fn attend(&self, session: Uuid, person: Uuid, present: bool, by: Uuid) -> AppResult<()> {
        attendance::ActiveModel {
            id: Set(new_id()),
            session_id: Set(session),
            person_id: Set(person),
            present: Set(present),
            source: Set(AttendanceSource::Facilitator),
            recorded_by_id: Set(Some(by)),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(())
    }

    async fn feedback_round(
        &self,
        cohort: Uuid,
        session: Option<Uuid>,
        question: &str,
        kind: FeedbackKind,
        anonymous: bool,
        by: Uuid,
    ) -> AppResult<Uuid> {
        let id = new_id();
        feedback_round::ActiveModel {
            id: Set(id),
            cohort_id: Set(cohort),
            session_id: Set(session),
            question: Set(question.to_owned()),
            kind: Set(kind),
            anonymous: Set(anonymous),
            open: Set(false),
            facilitator_answer: Set(None),
            created_by_id: Set(Some(by)),
            closed_at: Set(Some(self.now)),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(id)
    }

    async fn response(
        &self,
        round: Uuid,
        person: Option<Uuid>,
        key: &str,
        rating: Option<i32>,
        text: Option<String>,
    ) -> AppResult<()> {
        feedback_response::ActiveModel {
            // Anonymous responses get random (v4) ids: a time-ordered id would date them.
            id: Set(if person.is_some() {
                new_id()
            } else {
                Uuid::new_v4()
            }),
            round_id: Set(round),
            person_id: Set(person),
            author_key: Set(key.to_owned()),
            rating: Set(rating),
            text: Set(text),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(())
    }

    async fn influence_area(
        &self,
        person: Uuid,
        cohort: Uuid,
        circle: InfluenceCircle,
        domain: InfluenceDomain,
        text: &str,
    ) -> AppResult<()> {
        influence_area::ActiveModel {
            id: Set(new_id()),
            person_id: Set(person),
            cohort_id: Set(cohort),
            circle: Set(circle),
            domain: Set(domain),
            description: Set(text.to_owned()),
            stakeholders: Set("[]".to_owned()),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(())
    }

    async fn plan(
        &self,
        owner: Uuid,
        cohort: Uuid,
        title: &str,
        scale: PlanScale,
        status: PlanStatus,
        visibility: Visibility,
    ) -> AppResult<()> {
        let id = new_id();
        plan::ActiveModel {
            id: Set(id),
            owner_id: Set(owner),
            cohort_id: Set(Some(cohort)),
            title: Set(title.to_owned()),
            description: Set(None),
            scale: Set(scale),
            status: Set(status),
            visibility: Set(visibility),
            target_date: Set(Some(date(2027, 3, 31))),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        plan_update::ActiveModel {
            id: Set(new_id()),
            plan_id: Set(id),
            author_id: Set(Some(owner)),
            status: Set(status),
            note: Set(None),
            follow_up_id: Set(None),
            check_in_id: Set(None),
            created_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(())
    }

    async fn follow_up(
        &self,
        cohort: Uuid,
        title: &str,
        when: DateTime<Utc>,
        minutes: i32,
    ) -> AppResult<()> {
        follow_up::ActiveModel {
            id: Set(new_id()),
            cohort_id: Set(cohort),
            title: Set(title.to_owned()),
            scheduled_at: Set(when),
            duration_minutes: Set(minutes),
            format: Set(FollowUpFormat::Online),
            meeting_url: Set(Some(
                "https://konferenz.beispiel-kommune.example/vielfalt-nachtreffen".to_owned(),
            )),
            location: Set(None),
            agenda: Set(Some(
                "Blitzlicht, Check-ins, kollegiale Beratung in Kleingruppen".to_owned(),
            )),
            status: Set(FollowUpStatus::Scheduled),
            revision: Set(0),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(())
    }

    async fn post(
        &self,
        author: Uuid,
        cohort: Option<Uuid>,
        kind: PostKind,
        title: &str,
        body: &str,
    ) -> AppResult<()> {
        post::ActiveModel {
            id: Set(new_id()),
            author_id: Set(Some(author)),
            cohort_id: Set(cohort),
            kind: Set(kind),
            title: Set(title.to_owned()),
            body: Set(body.to_owned()),
            tags: Set("[]".to_owned()),
            pinned: Set(false),
            locked: Set(false),
            hidden: Set(false),
            edited_at: Set(None),
            consultation_case: Set(None),
            consultation_question: Set(None),
            consultation_shareable: Set(false),
            resolved_at: Set(None),
            search_text: Set(super::search::post_text(title, body, &[])),
            created_at: Set(self.now),
            updated_at: Set(self.now),
        }
        .insert(self.db)
        .await?;
        Ok(())
    }
}

/// `Mehmet Yılmaz` -> `mehmet.yilmaz`.
fn ascii_slug(name: &str) -> String {
    name.to_lowercase()
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss")
        .replace('ı', "i")
        .split_whitespace()
        .map(|part| {
            part.chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect::<String>()
        })
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}
