//! Enumerations stored as upper-case text; the migrations hold the same values in CHECK constraints.

use sea_orm::entity::prelude::*;

macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum, serde::Serialize, serde::Deserialize)]
        #[sea_orm(rs_type = "String", db_type = "Text", rename_all = "SCREAMING_SNAKE_CASE")]
        #[serde(rename_all = "SCREAMING_SNAKE_CASE")]
        pub enum $name { $($variant),+ }
    };
}

text_enum!(Role {
    Admin,
    Facilitator,
    Participant
});
text_enum!(Locale { De, En });
text_enum!(OrganisationKind {
    Administration,
    CivilSociety,
    Education,
    Business,
    Other
});
text_enum!(CohortStatus {
    Planned,
    Running,
    Completed,
    Archived
});
text_enum!(CohortRole {
    Participant,
    Facilitator,
    Guest
});
text_enum!(EnrollmentStatus {
    Invited,
    Active,
    Completed,
    Withdrawn
});
text_enum!(ModuleKind {
    Input,
    Exercise,
    Reflection,
    PeerConsultation,
    InfluenceMapping,
    Feedback,
    Networking,
    Other
});
text_enum!(SessionStatus {
    Planned,
    Done,
    Skipped
});
text_enum!(AttendanceSource {
    Facilitator,
    CheckInCode
});
text_enum!(FeedbackKind {
    Rating,
    Text,
    RatingAndText
});
text_enum!(InfluenceCircle {
    Control,
    Influence,
    Concern
});
text_enum!(InfluenceDomain {
    OwnRole,
    Team,
    Organisation,
    Municipality,
    CivilSociety,
    Network
});
text_enum!(PlanScale { Small, Large });
text_enum!(PlanStatus {
    Idea,
    InProgress,
    Done,
    Dropped
});
text_enum!(Visibility {
    Private,
    Facilitators,
    Cohort,
    Community
});
text_enum!(FollowUpFormat { Online, InPerson });
text_enum!(FollowUpStatus {
    Scheduled,
    Done,
    Cancelled
});
text_enum!(PostKind {
    Experience,
    Question,
    ConsultationRequest,
    Idea,
    Event,
    Resource,
    Announcement
});
text_enum!(ReactionKind {
    Like,
    Thanks,
    Insightful,
    Support
});
text_enum!(MailKind {
    Invitation,
    CheckInInvitation,
    CheckInReminder
});
text_enum!(NotificationKind {
    Reply,
    Reaction,
    Mention
});
text_enum!(DeliveryStatus {
    Pending,
    Delivered,
    Failed
});
