//! Typed settings from the environment. A wrong value stops start-up with one clear line;
//! secrets are never printed.

use std::{env, fmt, fs, path::PathBuf};

use rand::RngCore;

/// Where the service runs: development adds conveniences, production insists on real secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
}

/// Key material, redacted in `Debug`.
#[derive(Clone)]
pub struct Secret(Vec<u8>);

impl Secret {
    pub fn new(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Everything the service needs to know to start.
#[derive(Debug, Clone)]
pub struct Settings {
    pub database_url: String,
    pub bind: String,
    pub environment: Environment,
    pub demo: bool,
    pub log_format: LogFormat,
    /// Signs access tokens (HS256).
    pub jwt_secret: Secret,
    /// Keys the pseudonyms that deduplicate anonymous feedback.
    pub pseudonym_key: Secret,
    /// The address people reach the service at, for absolute links (no trailing slash).
    pub public_url: Option<String>,
    /// Lifetime of access tokens in seconds (at most 15 minutes).
    pub access_token_seconds: i64,
    /// Lifetime of refresh tokens in days.
    pub refresh_token_days: i64,
    /// Upper limit of a request body, in bytes.
    pub max_body_bytes: usize,
    /// HTTP worker threads; `None` uses one per core.
    pub workers: Option<usize>,
    /// How long a subscription socket may wait for `connection_init`.
    pub subscription_init_timeout: std::time::Duration,
    /// Where mail goes out (`smtp://…`); without it mail stays in the outbox.
    pub smtp_url: Option<String>,
    /// How often background jobs (reminders, mail) run.
    pub job_interval: std::time::Duration,
    /// The first wait before a failed webhook delivery is retried (doubling after each try).
    pub webhook_retry_base: std::time::Duration,
    /// Requests per minute one caller may send to `/api/v1`.
    pub rest_rate_limit: u32,
    /// Months after a cohort is archived until its participants' personal data is purged.
    pub retention_months: i64,
    /// A built web client to serve at `/` (a folder with `index.html`).
    pub web_dir: Option<PathBuf>,
    /// Behind a proxy that sets `Forwarded`/`X-Forwarded-For`: use it for the client address.
    pub trust_forwarded: bool,
    /// Origins whose web pages may call the API (CORS); none by default.
    pub cors_origins: Vec<String>,
    /// Requests per minute one caller may send to `/graphql`.
    pub graphql_rate_limit: u32,
    /// GraphQL operations executed at once; more wait their turn. Execution is CPU-bound, so a
    /// few per core keep every core busy while memory stays bounded under load.
    pub graphql_concurrency: usize,
}

/// The smallest secret we accept: 32 bytes, as HS256 wants.
const MIN_SECRET_BYTES: usize = 32;

impl Settings {
    /// Reads the environment. The error is one line, meant for an operator.
    pub fn from_env() -> Result<Self, String> {
        Self::from_lookup(|name| env::var(name).ok())
    }

    /// Reads settings through `lookup` (the environment, or a map in tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let var = |name: &str| lookup(name).filter(|value| !value.trim().is_empty());
        let environment = match var("VIELFALT_ENV").as_deref() {
            None | Some("development") => Environment::Development,
            Some("production") => Environment::Production,
            Some(other) => {
                return Err(format!(
                    "VIELFALT_ENV must be 'development' or 'production', not '{other}'"
                ));
            }
        };
        let database_url =
            var("DATABASE_URL").unwrap_or_else(|| "sqlite://data/vielfalt.db?mode=rwc".to_owned());
        if !(database_url.starts_with("sqlite:") || database_url.starts_with("postgres")) {
            return Err("DATABASE_URL must start with 'sqlite:' or 'postgres://'".to_owned());
        }
        let bind = var("VIELFALT_BIND").unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        if bind.parse::<std::net::SocketAddr>().is_err() {
            return Err(format!(
                "VIELFALT_BIND must be an address like 127.0.0.1:8080, not '{bind}'"
            ));
        }
        let demo = match var("VIELFALT_DEMO").as_deref() {
            None => environment == Environment::Development,
            Some("1" | "true" | "yes" | "on") => true,
            Some("0" | "false" | "no" | "off") => false,
            Some(other) => return Err(format!("VIELFALT_DEMO must be 0 or 1, not '{other}'")),
        };
        let log_format = match var("VIELFALT_LOG_FORMAT").as_deref() {
            None if environment == Environment::Production => LogFormat::Json,
            None | Some("pretty") => LogFormat::Pretty,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(format!(
                    "VIELFALT_LOG_FORMAT must be 'pretty' or 'json', not '{other}'"
                ));
            }
        };
        let data_dir = data_dir(&database_url);
        let jwt_secret = secret(
            "VIELFALT_JWT_SECRET",
            var("VIELFALT_JWT_SECRET"),
            "jwt-secret",
            environment,
            &data_dir,
        )?;
        let pseudonym_key = secret(
            "VIELFALT_PSEUDONYM_KEY",
            var("VIELFALT_PSEUDONYM_KEY"),
            "pseudonym-key",
            environment,
            &data_dir,
        )?;
        let public_url = var("VIELFALT_PUBLIC_URL").map(|url| url.trim_end_matches('/').to_owned());
        if let Some(url) = &public_url
            && !(url.starts_with("http://") || url.starts_with("https://"))
        {
            return Err(format!(
                "VIELFALT_PUBLIC_URL must start with http:// or https://, not '{url}'"
            ));
        }
        let workers = positive(&var, "VIELFALT_WORKERS")?;
        let smtp_url = var("VIELFALT_SMTP_URL");
        if let Some(url) = &smtp_url
            && !(url.starts_with("smtp://") || url.starts_with("smtps://"))
        {
            return Err("VIELFALT_SMTP_URL must start with smtp:// or smtps://".to_owned());
        }
        let job_interval = std::time::Duration::from_secs(
            positive(&var, "VIELFALT_JOB_INTERVAL_SECS")?.unwrap_or(60),
        );
        let rest_rate_limit = positive(&var, "VIELFALT_REST_RATE_LIMIT")?.unwrap_or(300);
        let retention_months = match var("VIELFALT_RETENTION_MONTHS") {
            None => 24,
            Some(value) => value.parse::<i64>().ok().filter(|n| (1..=240).contains(n)).ok_or_else(|| {
                format!("VIELFALT_RETENTION_MONTHS must be a number of months from 1 to 240, not '{value}'")
            })?,
        };
        let web_dir = match var("VIELFALT_WEB_DIR") {
            None => None,
            Some(dir) => {
                let path = PathBuf::from(&dir);
                if !path.join("index.html").is_file() {
                    return Err(format!(
                        "VIELFALT_WEB_DIR must be a folder with index.html (a built web client), not '{dir}'"
                    ));
                }
                Some(path)
            }
        };
        let trust_forwarded = matches!(
            var("VIELFALT_TRUST_FORWARDED").as_deref(),
            Some("1" | "true" | "yes")
        );
        let cors_origins: Vec<String> = var("VIELFALT_CORS_ORIGINS")
            .map(|list| {
                list.split(',')
                    .map(|o| o.trim().trim_end_matches('/').to_owned())
                    .filter(|o| !o.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        if let Some(bad) = cors_origins
            .iter()
            .find(|o| !(o.starts_with("https://") || o.starts_with("http://")) || o.contains('*'))
        {
            return Err(format!(
                "VIELFALT_CORS_ORIGINS takes exact origins like https://intranet.example, not '{bad}'"
            ));
        }
        let graphql_rate_limit = positive(&var, "VIELFALT_GRAPHQL_RATE_LIMIT")?.unwrap_or(1200);
        let graphql_concurrency = match positive(&var, "VIELFALT_GRAPHQL_CONCURRENCY")? {
            Some(n) => n,
            None => {
                let cores = workers.unwrap_or_else(|| {
                    std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
                });
                cores * 8
            }
        };
        Ok(Self {
            database_url,
            bind,
            environment,
            demo,
            log_format,
            jwt_secret,
            pseudonym_key,
            public_url,
            access_token_seconds: 15 * 60,
            refresh_token_days: 30,
            max_body_bytes: 256 * 1024,
            workers,
            subscription_init_timeout: std::time::Duration::from_secs(10),
            smtp_url,
            job_interval,
            webhook_retry_base: std::time::Duration::from_secs(30),
            rest_rate_limit,
            retention_months,
            web_dir,
            trust_forwarded,
            cors_origins,
            graphql_rate_limit,
            graphql_concurrency,
        })
    }

    /// Settings for a test server: given database, port 0, no demo data, fresh secrets.
    pub fn for_tests(database_url: impl Into<String>) -> Self {
        Self {
            database_url: database_url.into(),
            bind: "127.0.0.1:0".to_owned(),
            environment: Environment::Development,
            demo: false,
            log_format: LogFormat::Pretty,
            jwt_secret: Secret(random_bytes(48)),
            pseudonym_key: Secret(random_bytes(48)),
            public_url: None,
            access_token_seconds: 15 * 60,
            refresh_token_days: 30,
            max_body_bytes: 256 * 1024,
            workers: Some(1),
            subscription_init_timeout: std::time::Duration::from_secs(10),
            smtp_url: None,
            job_interval: std::time::Duration::from_secs(3600),
            webhook_retry_base: std::time::Duration::from_secs(30),
            rest_rate_limit: 600,
            retention_months: 24,
            web_dir: None,
            trust_forwarded: false,
            cors_origins: vec![],
            graphql_rate_limit: 10_000,
            graphql_concurrency: 64,
        }
    }

    pub fn is_production(&self) -> bool {
        self.environment == Environment::Production
    }
}

/// The folder next to the SQLite file, or `data/` for PostgreSQL: where development secrets live.
fn data_dir(database_url: &str) -> PathBuf {
    if let Some(rest) = database_url.strip_prefix("sqlite:") {
        let path = rest
            .trim_start_matches("//")
            .split('?')
            .next()
            .unwrap_or("");
        if !path.is_empty()
            && !path.starts_with(":memory:")
            && let Some(parent) = PathBuf::from(path).parent()
            && !parent.as_os_str().is_empty()
        {
            return parent.to_path_buf();
        }
    }
    PathBuf::from("data")
}

/// A secret from the environment; in development, generated once and kept in the data folder.
fn secret(
    name: &str,
    given: Option<String>,
    file: &str,
    environment: Environment,
    data_dir: &std::path::Path,
) -> Result<Secret, String> {
    if let Some(value) = given {
        if value.len() < MIN_SECRET_BYTES {
            return Err(format!(
                "{name} must be at least {MIN_SECRET_BYTES} bytes long"
            ));
        }
        return Ok(Secret(value.into_bytes()));
    }
    if environment == Environment::Production {
        return Err(format!(
            "{name} is required in production (at least {MIN_SECRET_BYTES} bytes)"
        ));
    }
    let path = data_dir.join(file);
    if let Ok(existing) = fs::read(&path)
        && existing.len() >= MIN_SECRET_BYTES
    {
        return Ok(Secret(existing));
    }
    fs::create_dir_all(data_dir)
        .map_err(|e| format!("cannot create the data folder {}: {e}", data_dir.display()))?;
    let bytes = hex(&random_bytes(32)).into_bytes();
    write_private(&path, &bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    eprintln!(
        "WARNUNG/WARNING: {name} is not set; a development secret was generated and kept in {}",
        path.display()
    );
    Ok(Secret(bytes))
}

fn write_private(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}

/// Cryptographically random bytes.
pub fn random_bytes(len: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; len];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A setting that must be a number above zero, if it is set.
fn positive<T: std::str::FromStr + PartialOrd + Default>(
    var: &impl Fn(&str) -> Option<String>,
    name: &str,
) -> Result<Option<T>, String> {
    var(name)
        .map(|value| {
            value
                .parse::<T>()
                .ok()
                .filter(|n| *n > T::default())
                .ok_or_else(|| format!("{name} must be a positive number, not '{value}'"))
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> Result<Settings, String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|name| map.get(name).cloned())
    }

    const SECRETS: [(&str, &str); 2] = [
        ("VIELFALT_JWT_SECRET", "0123456789abcdef0123456789abcdef"),
        ("VIELFALT_PSEUDONYM_KEY", "fedcba9876543210fedcba9876543210"),
    ];

    #[test]
    fn defaults_are_development_on_sqlite() {
        let s = settings(&SECRETS).expect("valid");
        assert_eq!(s.environment, Environment::Development);
        assert_eq!(s.database_url, "sqlite://data/vielfalt.db?mode=rwc");
        assert_eq!(s.bind, "127.0.0.1:8080");
        assert!(s.demo);
        assert_eq!(
            s.subscription_init_timeout,
            std::time::Duration::from_secs(10)
        );
    }

    #[test]
    fn wrong_values_stop_start_up_with_one_line() {
        for (pairs, expected) in [
            (vec![("VIELFALT_ENV", "staging")], "VIELFALT_ENV"),
            (vec![("VIELFALT_BIND", "localhost")], "VIELFALT_BIND"),
            (vec![("VIELFALT_DEMO", "maybe")], "VIELFALT_DEMO"),
            (vec![("VIELFALT_LOG_FORMAT", "xml")], "VIELFALT_LOG_FORMAT"),
            (vec![("DATABASE_URL", "mysql://x")], "DATABASE_URL"),
            (
                vec![("VIELFALT_GRAPHQL_CONCURRENCY", "0")],
                "VIELFALT_GRAPHQL_CONCURRENCY",
            ),
            (
                vec![("VIELFALT_JWT_SECRET", "short")],
                "VIELFALT_JWT_SECRET",
            ),
        ] {
            let mut all: Vec<(&str, &str)> = SECRETS.to_vec();
            all.retain(|(k, _)| !pairs.iter().any(|(p, _)| p == k));
            all.extend(pairs);
            let error = settings(&all).expect_err("refused");
            assert!(error.contains(expected), "{error}");
            assert!(!error.contains('\n'));
        }
    }

    #[test]
    fn graphql_turns_default_to_eight_per_worker() {
        let mut pairs = SECRETS.to_vec();
        pairs.push(("VIELFALT_WORKERS", "3"));
        assert_eq!(settings(&pairs).expect("valid").graphql_concurrency, 24);
        pairs.push(("VIELFALT_GRAPHQL_CONCURRENCY", "5"));
        assert_eq!(settings(&pairs).expect("valid").graphql_concurrency, 5);
    }

    #[test]
    fn production_requires_real_secrets_and_turns_demo_off() {
        let error = settings(&[("VIELFALT_ENV", "production")]).expect_err("refused");
        assert!(error.contains("VIELFALT_JWT_SECRET"));
        let mut pairs = SECRETS.to_vec();
        pairs.push(("VIELFALT_ENV", "production"));
        let s = settings(&pairs).expect("valid");
        assert!(!s.demo);
        assert_eq!(s.log_format, LogFormat::Json);
    }

    #[test]
    fn data_dir_follows_the_sqlite_file() {
        assert_eq!(
            data_dir("sqlite://data/vielfalt.db?mode=rwc"),
            PathBuf::from("data")
        );
        assert_eq!(
            data_dir("sqlite:///var/lib/v/x.db"),
            PathBuf::from("/var/lib/v")
        );
        assert_eq!(data_dir("postgres://localhost/v"), PathBuf::from("data"));
    }
}
