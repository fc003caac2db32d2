//! Counting failed attempts per key in a sliding window (wrong check-in codes, later logins).
//! Kept in memory per process: each replica counts on its own.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

use crate::error::{AppError, AppResult};

/// Failed attempts per key.
#[derive(Default)]
pub struct AttemptLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl AttemptLimiter {
    /// Fails with `RATE_LIMITED` when `key` has `max` failures within `window`.
    pub fn check(&self, key: &str, max: usize, window: Duration) -> AppResult<()> {
        let now = Instant::now();
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(times) = failures.get_mut(key) else {
            return Ok(());
        };
        times.retain(|t| now.duration_since(*t) < window);
        if times.len() >= max {
            let oldest = times.iter().min().copied().unwrap_or(now);
            let wait = window.saturating_sub(now.duration_since(oldest));
            return Err(AppError::RateLimited {
                retry_after_secs: wait.as_secs().max(1),
            });
        }
        Ok(())
    }

    /// Records a failure of `key`.
    pub fn fail(&self, key: &str) {
        let now = Instant::now();
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if failures.len() > 100_000 {
            failures.retain(|_, times| {
                times
                    .iter()
                    .any(|t| now.duration_since(*t) < Duration::from_secs(3600))
            });
        }
        failures.entry(key.to_owned()).or_default().push(now);
    }

    /// Forgets the failures of `key` (after a success).
    pub fn clear(&self, key: &str) {
        let mut failures = self
            .failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        failures.remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_after_max_failures_until_cleared() {
        let limiter = AttemptLimiter::default();
        let window = Duration::from_secs(60);
        for _ in 0..3 {
            assert!(limiter.check("k", 3, window).is_ok());
            limiter.fail("k");
        }
        assert!(matches!(
            limiter.check("k", 3, window),
            Err(AppError::RateLimited { .. })
        ));
        assert!(limiter.check("other", 3, window).is_ok());
        limiter.clear("k");
        assert!(limiter.check("k", 3, window).is_ok());
    }
}
