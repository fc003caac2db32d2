//! Parse, don't validate: user input becomes trusted values here, or field errors.

use chrono::{DateTime, Utc};

use crate::{error::FieldError, i18n::Text};

/// Parses every named input; on any failure returns all field errors at once.
///
/// ```ignore
/// validate! { title = required(&input.title, "title", 200), ags = ags(&input.ags) }
/// ```
#[macro_export]
macro_rules! validate {
    ($($name:ident = $parse:expr),+ $(,)?) => {
        $(let $name: Result<_, $crate::error::FieldError> = $parse;)+
        let mut errors = Vec::new();
        $(if let Err(error) = &$name { errors.push(error.clone()); })+
        if !errors.is_empty() {
            return Err($crate::error::AppError::BadUserInput(errors));
        }
        $(
            #[allow(clippy::let_unit_value)]
            let $name = match $name { Ok(value) => value, Err(_) => unreachable!("checked above") };
        )+
    };
}

/// Trimmed, not empty, at most `max` characters.
pub fn required(value: &str, field: &str, max: usize) -> Result<String, FieldError> {
    let value = value.trim();
    if value.is_empty() {
        return Err(FieldError::new(
            field,
            Text::new("Darf nicht leer sein.", "Must not be empty."),
        ));
    }
    at_most(value, field, max).map(str::to_owned)
}

/// Trimmed; empty becomes `None`; at most `max` characters.
pub fn optional(
    value: Option<&str>,
    field: &str,
    max: usize,
) -> Result<Option<String>, FieldError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => at_most(value, field, max).map(|v| Some(v.to_owned())),
    }
}

fn at_most<'a>(value: &'a str, field: &str, max: usize) -> Result<&'a str, FieldError> {
    if value.chars().count() > max {
        return Err(FieldError::new(
            field,
            Text::owned(
                format!("Höchstens {max} Zeichen."),
                format!("At most {max} characters."),
            ),
        ));
    }
    Ok(value)
}

/// An email address, lower-cased.
pub fn email(value: &str, field: &str) -> Result<String, FieldError> {
    let value = value.trim().to_lowercase();
    let invalid = || {
        FieldError::new(
            field,
            Text::new(
                "Keine gültige E-Mail-Adresse.",
                "Not a valid email address.",
            ),
        )
    };
    let (local, domain) = value.split_once('@').ok_or_else(invalid)?;
    let ok = !local.is_empty()
        && local.len() <= 64
        && value.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c == ',' || c == ';')
        && !domain.contains('@');
    if ok { Ok(value) } else { Err(invalid()) }
}

/// An official municipality key (Amtlicher Gemeindeschlüssel): exactly 8 digits.
pub fn ags(value: &str, field: &str) -> Result<String, FieldError> {
    let value = value.trim();
    if value.len() == 8 && value.chars().all(|c| c.is_ascii_digit()) {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            Text::new(
                "Der Amtliche Gemeindeschlüssel (AGS) hat genau 8 Ziffern.",
                "The official municipality key (AGS) has exactly 8 digits.",
            ),
        ))
    }
}

/// An http(s) URL.
pub fn url(value: &str, field: &str) -> Result<String, FieldError> {
    let value = value.trim();
    let ok = (value.starts_with("https://") || value.starts_with("http://"))
        && value.len() > "https://".len()
        && value.len() <= 2000
        && !value.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok {
        Ok(value.to_owned())
    } else {
        Err(FieldError::new(
            field,
            Text::new(
                "Keine gültige Adresse (http:// oder https://).",
                "Not a valid address (http:// or https://).",
            ),
        ))
    }
}

/// An optional http(s) URL.
pub fn optional_url(value: Option<&str>, field: &str) -> Result<Option<String>, FieldError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => url(value, field).map(Some),
    }
}

/// Tags: trimmed, lower-cased, without `#`, unique, at most 20 of at most 40 characters.
pub fn tags(values: &[String], field: &str) -> Result<Vec<String>, FieldError> {
    let mut tags: Vec<String> = Vec::new();
    for value in values {
        let tag = value.trim().trim_start_matches('#').trim().to_lowercase();
        if tag.is_empty() {
            continue;
        }
        if tag.chars().count() > 40 {
            return Err(FieldError::new(
                field,
                Text::new(
                    "Ein Schlagwort hat höchstens 40 Zeichen.",
                    "A tag has at most 40 characters.",
                ),
            ));
        }
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    if tags.len() > 20 {
        return Err(FieldError::new(
            field,
            Text::new("Höchstens 20 Schlagworte.", "At most 20 tags."),
        ));
    }
    Ok(tags)
}

/// A list of short texts (learning goals, stakeholders): trimmed, empty ones dropped.
pub fn text_list(
    values: &[String],
    field: &str,
    max_items: usize,
    max_chars: usize,
) -> Result<Vec<String>, FieldError> {
    let mut out = Vec::new();
    for value in values {
        if let Some(value) = optional(Some(value), field, max_chars)? {
            out.push(value);
        }
    }
    if out.len() > max_items {
        return Err(FieldError::new(
            field,
            Text::owned(
                format!("Höchstens {max_items} Einträge."),
                format!("At most {max_items} entries."),
            ),
        ));
    }
    Ok(out)
}

/// A whole number in `min..=max`.
pub fn int_range(value: i32, field: &str, min: i32, max: i32) -> Result<i32, FieldError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(FieldError::new(
            field,
            Text::owned(
                format!("Muss zwischen {min} und {max} liegen."),
                format!("Must be between {min} and {max}."),
            ),
        ))
    }
}

/// `end` not before `start`, when both are given.
pub fn time_order(
    start: Option<DateTime<Utc>>,
    end: Option<DateTime<Utc>>,
    field: &str,
) -> Result<(), FieldError> {
    match (start, end) {
        (Some(start), Some(end)) if end < start => Err(FieldError::new(
            field,
            Text::new(
                "Das Ende liegt vor dem Beginn.",
                "The end lies before the start.",
            ),
        )),
        _ => Ok(()),
    }
}

/// Encodes a list for a JSON text column.
pub fn to_json_list<T: serde::Serialize>(values: &[T]) -> String {
    serde_json::to_string(values).unwrap_or_else(|_| "[]".to_owned())
}

/// Decodes a JSON text column; a damaged value reads as empty.
pub fn from_json_list<T: serde::de::DeserializeOwned>(stored: &str) -> Vec<T> {
    serde_json::from_str(stored).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ags_has_eight_digits() {
        assert!(ags("06411000", "ags").is_ok());
        assert!(ags("6411000", "ags").is_err());
        assert!(ags("0641100A", "ags").is_err());
    }

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(
            email(" Anna@Beispiel.DE ", "email").expect("valid"),
            "anna@beispiel.de"
        );
        assert!(email("anna", "email").is_err());
        assert!(email("anna@localhost", "email").is_err());
        assert!(email("a b@x.de", "email").is_err());
    }

    #[test]
    fn tags_are_normalised() {
        let parsed = tags(
            &[
                "#Inklusion".into(),
                " inklusion ".into(),
                "Verwaltung".into(),
            ],
            "tags",
        )
        .expect("valid");
        assert_eq!(parsed, vec!["inklusion", "verwaltung"]);
    }

    #[test]
    fn texts_are_trimmed_and_bounded() {
        assert_eq!(required("  Titel ", "title", 10).expect("ok"), "Titel");
        assert!(required("   ", "title", 10).is_err());
        assert!(required("elf Zeichen", "title", 10).is_err());
        assert_eq!(optional(Some("  "), "x", 5).expect("ok"), None);
    }

    #[test]
    fn only_web_urls() {
        assert!(url("https://beispiel.de/x", "url").is_ok());
        assert!(url("javascript:alert(1)", "url").is_err());
    }
}
