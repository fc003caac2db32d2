//! Small futures for every field of an object.
//!
//! async-graphql resolves each field of an object through one generated `resolve_field` future
//! whose size is that of the object's *largest* field resolver, and it allocates one such future
//! per field it resolves. A cohort's `plans` resolver awaited a domain call several KiB deep, so
//! every `id` and `title` of every cohort in a list paid for it in memory (about 5 MiB per
//! request for 20 cohorts with their participants). Resolvers that await a lot put their body
//! behind [`boxed`], which costs one allocation when that field is asked for and keeps every
//! other field's future small. `docs/performance.md` has the measurement.

use futures_util::future::BoxFuture;

/// The future on the heap: the caller's state holds a pointer instead of the whole future.
pub fn boxed<'a, T>(future: impl Future<Output = T> + Send + 'a) -> BoxFuture<'a, T> {
    Box::pin(future)
}
