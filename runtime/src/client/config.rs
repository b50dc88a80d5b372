//! Client configuration: where to send requests, how long to wait, how often to retry.

use super::http::{HttpClient, SharedHttpClient};
use super::sigv4::Credentials;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// How failed attempts are retried: the "standard" mode of the AWS SDKs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl RetryConfig {
    /// Standard mode: 3 attempts, exponential backoff with full jitter from 1 s, capped at 20 s.
    pub fn standard() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
        }
    }

    /// One attempt, no retries.
    pub fn disabled() -> Self {
        Self {
            max_attempts: 1,
            ..Self::standard()
        }
    }

    /// How many attempts at most, counting the first (at least 1).
    pub fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts.max(1);
        self
    }

    /// The backoff before the first retry; later ones double, up to the maximum.
    pub fn with_initial_backoff(mut self, initial_backoff: Duration) -> Self {
        self.initial_backoff = initial_backoff;
        self
    }

    /// The longest wait between attempts.
    pub fn with_max_backoff(mut self, max_backoff: Duration) -> Self {
        self.max_backoff = max_backoff;
        self
    }

    /// How many attempts at most.
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait before retry number `retry` (1 for the first retry): a random
    /// duration up to `initial * 2^(retry-1)`, capped ("full jitter").
    pub fn backoff(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(31);
        let ceiling = self
            .initial_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        ceiling.mul_f64(fastrand::f64())
    }
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self::standard()
    }
}

/// Timeouts. Connect, per-attempt and whole-operation timeouts are on by default,
/// so no call can hang forever, nor be held for long by a server that answers a
/// byte at a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeoutConfig {
    connect: Option<Duration>,
    attempt: Option<Duration>,
    operation: Option<Duration>,
}

impl TimeoutConfig {
    /// Connect in 3.1 s (as the AWS SDKs), each attempt in 30 s, the whole
    /// operation, retries and backoff included, in 60 s.
    ///
    /// Without the operation limit, a server that keeps each attempt alive by
    /// dripping bytes holds a call for every attempt's full 30 s plus the
    /// backoffs (90 s and more with the standard 3 attempts). 60 s is the read
    /// timeout the AWS CLI and boto3 use by default: it leaves a slow first
    /// attempt all of its 30 s and a retry most of another, which is far beyond
    /// what a healthy call takes (the SSO OIDC operations answer in milliseconds),
    /// and bounds the worst case at a minute.
    pub fn standard() -> Self {
        Self {
            connect: Some(Duration::from_millis(3100)),
            attempt: Some(Duration::from_secs(30)),
            operation: Some(Duration::from_secs(60)),
        }
    }

    /// The time allowed to open a connection (`None`: no limit).
    pub fn with_connect_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.connect = timeout;
        self
    }

    /// The time allowed for one attempt, from sending to the whole response read.
    pub fn with_attempt_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.attempt = timeout;
        self
    }

    /// The time allowed for the whole operation, retries and backoff included
    /// (`None`: no limit but the attempts' own).
    pub fn with_operation_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.operation = timeout;
        self
    }

    /// The connect timeout.
    pub fn connect_timeout(&self) -> Option<Duration> {
        self.connect
    }

    /// The per-attempt timeout.
    pub fn attempt_timeout(&self) -> Option<Duration> {
        self.attempt
    }

    /// The whole-operation timeout.
    pub fn operation_timeout(&self) -> Option<Duration> {
        self.operation
    }
}

impl Default for TimeoutConfig {
    fn default() -> Self {
        Self::standard()
    }
}

/// The default of [`ConfigBuilder::max_response_body`]: 32 MiB.
///
/// It fits the largest answers the models of `../shared/models/corpus` document
/// for operations that do not stream, as their JSON crosses the wire. The largest
/// is DynamoDB's BatchGetItem, up to 16 MB of item data: base64 alone turns
/// 16 MiB of binary attributes into 21.3 MiB, before the typed JSON wrappers, so
/// 16 MiB would refuse real answers. Then come Neptune's queries (10 MB), Lambda's
/// Invoke (6 MB) and SQS ReceiveMessage (ten 256 KiB messages); SSO OIDC's own
/// answers are under 10 KiB. A body's bytes never exceed the limit plus one
/// frame, so a hostile or broken server costs a call some tens of megabytes at
/// most (a client refusing an endless body peaks under 40 MB of RSS).
pub const DEFAULT_MAX_RESPONSE_BODY: u64 = 32 * 1024 * 1024;

/// Configuration shared by every operation of a client.
#[derive(Clone)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) endpoint_url: Option<String>,
    pub(crate) use_fips: bool,
    pub(crate) use_dual_stack: bool,
    pub(crate) retry: RetryConfig,
    pub(crate) timeouts: TimeoutConfig,
    pub(crate) max_response_body: u64,
    pub(crate) http_client: Option<SharedHttpClient>,
    pub(crate) credentials: Option<Credentials>,
    /// Whether to look up `AWS_ENDPOINT_URL_<SERVICE>` / `AWS_ENDPOINT_URL` when the
    /// client is made (the service part is only known then).
    pub(crate) endpoint_from_env: bool,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("region", &self.region)
            .field("endpoint_url", &self.endpoint_url)
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .field("max_response_body", &self.max_response_body)
            .field("http_client", &self.http_client.as_ref().map(|_| "custom"))
            .field("credentials", &self.credentials)
            .finish()
    }
}

impl Config {
    /// Starts a configuration; every setting has a default.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// Reads the standard AWS environment variables: `AWS_REGION` (or
    /// `AWS_DEFAULT_REGION`), `AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`,
    /// and, when the client is made, `AWS_ENDPOINT_URL_<SERVICE>` (such as
    /// `AWS_ENDPOINT_URL_SSO_OIDC`) or else `AWS_ENDPOINT_URL`.
    pub fn from_env() -> Config {
        Self::builder_from_env().build()
    }

    /// Like [`from_env`](Self::from_env), as a builder to adjust further.
    pub fn builder_from_env() -> ConfigBuilder {
        Self::builder_from_vars(|name| std::env::var(name).ok())
    }

    pub(crate) fn builder_from_vars(var: impl Fn(&str) -> Option<String>) -> ConfigBuilder {
        let non_empty = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let flag =
            |name: &str| non_empty(name).is_some_and(|v| v.trim().eq_ignore_ascii_case("true"));
        let mut builder = Config::builder();
        builder.region = non_empty("AWS_REGION").or_else(|| non_empty("AWS_DEFAULT_REGION"));
        builder.use_fips = flag("AWS_USE_FIPS_ENDPOINT");
        builder.use_dual_stack = flag("AWS_USE_DUALSTACK_ENDPOINT");
        builder.endpoint_from_env = true;
        builder
    }

    /// The endpoint the environment names for a service whose variable part is
    /// `service_env` (`SSO_OIDC`), when [`from_env`](Self::from_env) made this config.
    pub(crate) fn env_endpoint(
        &self,
        service_env: &str,
        var: impl Fn(&str) -> Option<String>,
    ) -> Option<String> {
        if !self.endpoint_from_env {
            return None;
        }
        let non_empty = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        non_empty(&format!("AWS_ENDPOINT_URL_{service_env}"))
            .or_else(|| non_empty("AWS_ENDPOINT_URL"))
    }

    /// The region.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The endpoint override.
    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url.as_deref()
    }

    /// Whether FIPS endpoints are used.
    pub fn use_fips(&self) -> bool {
        self.use_fips
    }

    /// Whether dual-stack endpoints are used.
    pub fn use_dual_stack(&self) -> bool {
        self.use_dual_stack
    }

    /// The retry configuration.
    pub fn retry_config(&self) -> &RetryConfig {
        &self.retry
    }

    /// The timeouts.
    pub fn timeout_config(&self) -> &TimeoutConfig {
        &self.timeouts
    }

    /// The largest response body read, in bytes; see [`ConfigBuilder::max_response_body`].
    pub fn max_response_body(&self) -> u64 {
        self.max_response_body
    }
}

/// Builds a [`Config`]; building never fails.
#[derive(Default, Clone)]
pub struct ConfigBuilder {
    region: Option<String>,
    endpoint_url: Option<String>,
    use_fips: bool,
    use_dual_stack: bool,
    retry: Option<RetryConfig>,
    timeouts: Option<TimeoutConfig>,
    max_response_body: Option<u64>,
    http_client: Option<SharedHttpClient>,
    credentials: Option<Credentials>,
    endpoint_from_env: bool,
}

impl ConfigBuilder {
    /// The AWS Region to send requests to (`us-east-1`).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// A URL to send requests to instead of the resolved endpoint (a local server, a proxy).
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// Use FIPS endpoints.
    pub fn use_fips(mut self, use_fips: bool) -> Self {
        self.use_fips = use_fips;
        self
    }

    /// Use dual-stack (IPv4 and IPv6) endpoints.
    pub fn use_dual_stack(mut self, use_dual_stack: bool) -> Self {
        self.use_dual_stack = use_dual_stack;
        self
    }

    /// How failed attempts are retried.
    pub fn retry_config(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Timeouts.
    pub fn timeout_config(mut self, timeouts: TimeoutConfig) -> Self {
        self.timeouts = Some(timeouts);
        self
    }

    /// The largest response body the client reads, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BODY`], 32 MiB).
    ///
    /// A response announcing a longer body (`Content-Length`) is refused before
    /// any of it is read; one without a length is read until it passes the limit,
    /// so no more than the limit is ever buffered. Either way the call fails with
    /// an [`SdkError::ResponseError`](super::SdkError::ResponseError) whose cause is
    /// [`ResponseBodyTooLarge`](super::ResponseBodyTooLarge), naming the limit, and
    /// is not retried: the same request would most likely get the same answer.
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.max_response_body = Some(bytes);
        self
    }

    /// The HTTP client requests go through (default: hyper over rustls, with pooling).
    pub fn http_client(mut self, client: impl HttpClient + 'static) -> Self {
        self.http_client = Some(Arc::new(client));
        self
    }

    /// Credentials for operations signed with SigV4 (default: the
    /// `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN` variables,
    /// read when a signed operation is sent).
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// The configuration.
    pub fn build(self) -> Config {
        Config {
            region: self.region,
            endpoint_url: self.endpoint_url,
            use_fips: self.use_fips,
            use_dual_stack: self.use_dual_stack,
            retry: self.retry.unwrap_or_default(),
            timeouts: self.timeouts.unwrap_or_default(),
            max_response_body: self.max_response_body.unwrap_or(DEFAULT_MAX_RESPONSE_BODY),
            http_client: self.http_client,
            credentials: self.credentials,
            endpoint_from_env: self.endpoint_from_env,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_jittered_under_an_exponential_capped_ceiling() {
        let retry = RetryConfig::standard()
            .with_initial_backoff(Duration::from_millis(100))
            .with_max_backoff(Duration::from_millis(350));
        for _ in 0..100 {
            assert!(retry.backoff(1) <= Duration::from_millis(100));
            assert!(retry.backoff(2) <= Duration::from_millis(200));
            assert!(retry.backoff(10) <= Duration::from_millis(350));
        }
        assert_eq!(
            RetryConfig::standard().with_max_attempts(0).max_attempts(),
            1
        );
    }

    #[test]
    fn environment_variables_follow_the_sdk_conventions() {
        fn vars(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
            move |name| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        }
        let env = vars(&[
            ("AWS_DEFAULT_REGION", "eu-west-1"),
            ("AWS_ENDPOINT_URL", "http://general"),
            ("AWS_ENDPOINT_URL_SSO_OIDC", "http://specific"),
            ("AWS_USE_FIPS_ENDPOINT", "TRUE"),
        ]);
        let config = Config::builder_from_vars(&env).build();
        assert_eq!(config.region(), Some("eu-west-1"));
        assert!(config.use_fips() && !config.use_dual_stack());
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &env).as_deref(),
            Some("http://specific")
        );
        assert_eq!(
            config.env_endpoint("OTHER", &env).as_deref(),
            Some("http://general")
        );
        let env = vars(&[("AWS_REGION", "us-west-2"), ("AWS_DEFAULT_REGION", "x")]);
        assert_eq!(
            Config::builder_from_vars(&env).build().region(),
            Some("us-west-2")
        );
        let plain = Config::builder().build();
        assert_eq!(
            plain.env_endpoint("SSO_OIDC", vars(&[("AWS_ENDPOINT_URL", "http://x")])),
            None,
            "only from_env reads it"
        );
        assert_eq!(
            plain.timeout_config().connect_timeout(),
            Some(Duration::from_millis(3100))
        );
        assert_eq!(
            plain.timeout_config().attempt_timeout(),
            Some(Duration::from_secs(30)),
            "no call can hang forever"
        );
        assert_eq!(
            plain.timeout_config().operation_timeout(),
            Some(Duration::from_secs(60)),
            "nor be held by a dripping server for every attempt's full timeout"
        );
        assert_eq!(plain.max_response_body(), 32 * 1024 * 1024);
    }
}
