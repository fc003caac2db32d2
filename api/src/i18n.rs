//! The language of a request: German first, English on request. Error messages and mails follow it.

use std::borrow::Cow;

use entity::enums::Locale;

tokio::task_local! {
    static REQUEST_LOCALE: Locale;
}

/// Runs `future` with `locale` as the language of everything it says to the user.
pub async fn with_locale<F: Future>(locale: Locale, future: F) -> F::Output {
    REQUEST_LOCALE.scope(locale, future).await
}

/// The language of the current request; German outside of one.
pub fn current_locale() -> Locale {
    REQUEST_LOCALE
        .try_with(|locale| *locale)
        .unwrap_or(Locale::De)
}

/// Picks the locale from an `Accept-Language` header: English only when it is preferred over German.
pub fn locale_from_accept_language(header: Option<&str>) -> Locale {
    let Some(header) = header else {
        return Locale::De;
    };
    for range in header.split(',') {
        let tag = range
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        if tag.starts_with("de") {
            return Locale::De;
        }
        if tag.starts_with("en") {
            return Locale::En;
        }
    }
    Locale::De
}

/// A text a user reads, in German and English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub de: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl Text {
    /// A text known at compile time.
    pub const fn new(de: &'static str, en: &'static str) -> Self {
        Self {
            de: Cow::Borrowed(de),
            en: Cow::Borrowed(en),
        }
    }

    /// A text built at run time.
    pub fn owned(de: String, en: String) -> Self {
        Self {
            de: Cow::Owned(de),
            en: Cow::Owned(en),
        }
    }

    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::De => &self.de,
            Locale::En => &self.en,
        }
    }

    /// The text in the language of the current request.
    pub fn localized(&self) -> String {
        self.get(current_locale()).to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_only_when_preferred() {
        assert_eq!(
            locale_from_accept_language(Some("en-GB,en;q=0.9,de;q=0.8")),
            Locale::En
        );
        assert_eq!(
            locale_from_accept_language(Some("de-DE,en;q=0.5")),
            Locale::De
        );
        assert_eq!(
            locale_from_accept_language(Some("fr, en;q=0.5")),
            Locale::En
        );
        assert_eq!(locale_from_accept_language(None), Locale::De);
    }
}
