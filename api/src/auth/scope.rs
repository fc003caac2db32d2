//! What an API token may do.

use serde::{Deserialize, Serialize};

/// A permission of an API token. REST names are `cohorts:read` etc., GraphQL names `COHORTS_READ`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Scope {
    CohortsRead,
    EnrollmentsRead,
    EnrollmentsWrite,
    PeopleRead,
    CommunityRead,
    ReportsRead,
}

impl Scope {
    pub const ALL: [Scope; 6] = [
        Scope::CohortsRead,
        Scope::EnrollmentsRead,
        Scope::EnrollmentsWrite,
        Scope::PeopleRead,
        Scope::CommunityRead,
        Scope::ReportsRead,
    ];

    /// The REST spelling, e.g. `cohorts:read`.
    pub fn rest_name(self) -> &'static str {
        match self {
            Scope::CohortsRead => "cohorts:read",
            Scope::EnrollmentsRead => "enrollments:read",
            Scope::EnrollmentsWrite => "enrollments:write",
            Scope::PeopleRead => "people:read",
            Scope::CommunityRead => "community:read",
            Scope::ReportsRead => "reports:read",
        }
    }

    /// Parses either spelling.
    pub fn parse(name: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| {
            scope.rest_name() == name
                || scope
                    .rest_name()
                    .replace(':', "_")
                    .eq_ignore_ascii_case(name)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_spellings_parse() {
        assert_eq!(Scope::parse("people:read"), Some(Scope::PeopleRead));
        assert_eq!(
            Scope::parse("ENROLLMENTS_WRITE"),
            Some(Scope::EnrollmentsWrite)
        );
        assert_eq!(Scope::parse("admin"), None);
    }
}
