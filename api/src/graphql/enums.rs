//! GraphQL enumerations, mirrored from the stored ones so the schema never follows a column by
//! accident.

use entity::enums as stored;

use crate::auth;

macro_rules! mirror {
    ($(#[$meta:meta])* $name:ident => $stored:ty { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(async_graphql::Enum, Clone, Copy, PartialEq, Eq, Debug)]
        pub enum $name { $($variant),+ }

        impl From<$stored> for $name {
            fn from(value: $stored) -> Self {
                match value { $(<$stored>::$variant => Self::$variant),+ }
            }
        }

        impl From<$name> for $stored {
            fn from(value: $name) -> Self {
                match value { $($name::$variant => Self::$variant),+ }
            }
        }
    };
}

mirror!(
    /// What a person does in the programme.
    Role => stored::Role { Admin, Facilitator, Participant });
mirror!(
    /// The language a person reads the platform in.
    Locale => stored::Locale { De, En });
mirror!(
    /// What kind of organisation.
    OrganisationKind => stored::OrganisationKind { Administration, CivilSociety, Education, Business, Other });
mirror!(
    /// Where a cohort stands.
    CohortStatus => stored::CohortStatus { Planned, Running, Completed, Archived });
mirror!(
    /// A person's role within one cohort.
    CohortRole => stored::CohortRole { Participant, Facilitator, Guest });
mirror!(
    /// Where an enrolment stands. Membership = INVITED, ACTIVE or COMPLETED.
    EnrollmentStatus => stored::EnrollmentStatus { Invited, Active, Completed, Withdrawn });
mirror!(
    /// What kind of curriculum block.
    ModuleKind => stored::ModuleKind { Input, Exercise, Reflection, PeerConsultation, InfluenceMapping, Feedback, Networking, Other });
mirror!(
    /// Whether a session took place.
    SessionStatus => stored::SessionStatus { Planned, Done, Skipped });
mirror!(
    /// What a feedback round asks for.
    FeedbackKind => stored::FeedbackKind { Rating, Text, RatingAndText });
mirror!(
    /// The circles of the sphere of influence: what I control, influence, or am only concerned by.
    InfluenceCircle => stored::InfluenceCircle { Control, Influence, Concern });
mirror!(
    /// Where in a person's world an influence area lies.
    InfluenceDomain => stored::InfluenceDomain { OwnRole, Team, Organisation, Municipality, CivilSociety, Network });
mirror!(
    /// How big a plan is.
    PlanScale => stored::PlanScale { Small, Large });
mirror!(
    /// Where a plan stands.
    PlanStatus => stored::PlanStatus { Idea, InProgress, Done, Dropped });
mirror!(
    /// Who may see a plan.
    Visibility => stored::Visibility { Private, Facilitators, Cohort, Community });
mirror!(
    /// How a follow-up meeting takes place.
    FollowUpFormat => stored::FollowUpFormat { Online, InPerson });
mirror!(
    /// Where a follow-up meeting stands.
    FollowUpStatus => stored::FollowUpStatus { Scheduled, Done, Cancelled });
mirror!(
    /// What kind of community post.
    PostKind => stored::PostKind { Experience, Question, ConsultationRequest, Idea, Event, Resource, Announcement });
mirror!(
    /// A reaction to a post or comment.
    ReactionKind => stored::ReactionKind { Like, Thanks, Insightful, Support });
mirror!(
    /// What an API token may do.
    Scope => auth::Scope { CohortsRead, EnrollmentsRead, EnrollmentsWrite, PeopleRead, CommunityRead, ReportsRead });
