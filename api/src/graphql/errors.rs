//! AppError into GraphQL errors: a localised message, `extensions.code`, and for invalid input
//! `extensions.fields` with every invalid field.

use async_graphql::{ErrorExtensions, Value};

use crate::{error::AppError, i18n::current_locale};

impl From<AppError> for async_graphql::Error {
    fn from(error: AppError) -> Self {
        error.log_if_internal();
        let locale = current_locale();
        let message = error.text().get(locale).to_owned();
        async_graphql::Error::new(message).extend_with(|_, extensions| {
            extensions.set("code", error.code());
            match &error {
                AppError::BadUserInput(fields) => {
                    let list: Vec<Value> = fields
                        .iter()
                        .map(|field| {
                            let mut entry = async_graphql::indexmap::IndexMap::new();
                            entry.insert(
                                async_graphql::Name::new("field"),
                                Value::from(field.field.clone()),
                            );
                            entry.insert(
                                async_graphql::Name::new("message"),
                                Value::from(field.message.get(locale).to_owned()),
                            );
                            Value::Object(entry)
                        })
                        .collect();
                    extensions.set("fields", Value::List(list));
                }
                AppError::RateLimited { retry_after_secs } => {
                    extensions.set("retryAfter", *retry_after_secs);
                }
                _ => {}
            }
        })
    }
}

/// The result type of resolvers.
pub type GqlResult<T> = Result<T, async_graphql::Error>;
