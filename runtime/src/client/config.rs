//! Client configuration: where to send requests, how long to wait, how often to retry.

use super::http::{HttpClient, SharedHttpClient};
use super::sigv4::Credentials;
use crate::profile::{self, ProfileError, ProfileFile, Section};
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
///
/// A `@streaming` body is bounded by silence instead: how long a healthy
/// stream takes grows with its size and the link's speed, so a fixed time
/// would cap the size of an upload. A call that streams its input is held to
/// the [stream idle timeout](Self::with_stream_idle_timeout) (the server must
/// keep taking the body, then answer), not to the attempt and operation
/// timeouts; a streamed output's body, which outlives the call, is held to it
/// too while its reader waits for a chunk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeoutConfig {
    connect: Option<Duration>,
    attempt: Option<Duration>,
    operation: Option<Duration>,
    stream_idle: Option<Duration>,
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
    ///
    /// A stream may be silent for 60 s, the AWS CLI's and boto3's read
    /// timeout, which is also the longest a socket read may wait there.
    pub fn standard() -> Self {
        Self {
            connect: Some(Duration::from_millis(3100)),
            attempt: Some(Duration::from_secs(30)),
            operation: Some(Duration::from_secs(60)),
            stream_idle: Some(Duration::from_secs(60)),
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

    /// The longest a `@streaming` body may go without moving (`None`: no
    /// limit). For a streamed input: from the last chunk the connection took,
    /// to the next one or to the answer's head. For a streamed output: from
    /// when its reader starts waiting for a chunk to when one arrives; time
    /// the reader spends elsewhere does not count.
    pub fn with_stream_idle_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.stream_idle = timeout;
        self
    }

    /// The stream idle timeout.
    pub fn stream_idle_timeout(&self) -> Option<Duration> {
        self.stream_idle
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
    pub(crate) idempotency_tokens: Option<TokenProvider>,
    pub(crate) disable_request_compression: bool,
    pub(crate) request_min_compression_size_bytes: u64,
    /// Whether to look up `AWS_ENDPOINT_URL_<SERVICE>` / `AWS_ENDPOINT_URL` when the
    /// client is made (the service part is only known then).
    pub(crate) endpoint_from_env: bool,
    /// The endpoint settings of the selected profile, for the same lookup.
    pub(crate) profile_endpoints: ProfileEndpoints,
}

/// Makes idempotency tokens (shared by clones of a config).
type TokenProvider = Arc<dyn Fn() -> String + Send + Sync>;

/// What the selected profile of the config file says about endpoints, kept until the
/// client is made and the service (hence its `services` sub-section key) is known.
#[derive(Clone, Debug, Default)]
pub(crate) struct ProfileEndpoints {
    /// The profile's `endpoint_url`.
    endpoint_url: Option<String>,
    /// The profile's `ignore_configured_endpoint_urls`, when it has one.
    ignore: Option<bool>,
    /// The `[services NAME]` section the profile's `services` names.
    services: Option<Section>,
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
            .field(
                "idempotency_tokens",
                &self.idempotency_tokens.as_ref().map(|_| "custom"),
            )
            .finish()
    }
}

/// The smallest body `@requestCompression` compresses by default: 10 KiB, as
/// the AWS SDKs.
pub const DEFAULT_REQUEST_MIN_COMPRESSION_SIZE_BYTES: u64 = 10_240;

impl Config {
    /// Whether operations with `@requestCompression` compress their bodies.
    pub fn request_compression_enabled(&self) -> bool {
        !self.disable_request_compression
    }

    /// The smallest body compressed, in bytes.
    pub fn request_min_compression_size_bytes(&self) -> u64 {
        self.request_min_compression_size_bytes
    }

    /// A token for an `@idempotencyToken` member the caller left unset: a
    /// random UUID (version 4), unless the configuration names a provider.
    pub fn idempotency_token(&self) -> String {
        match &self.idempotency_tokens {
            Some(provider) => provider(),
            None => random_uuid(),
        }
    }

    /// Starts a configuration; every setting has a default.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// Reads the standard AWS environment variables and the selected profile of the
    /// AWS config file, with the precedence of the AWS CLI and SDKs (the environment
    /// first):
    ///
    /// - the profile is `AWS_PROFILE`, else `AWS_DEFAULT_PROFILE`, else `default`, in
    ///   the file `AWS_CONFIG_FILE`, else `~/.aws/config` (see [`crate::profile`]);
    /// - the region is `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the profile's
    ///   `region`;
    /// - FIPS and dual-stack endpoints are `AWS_USE_FIPS_ENDPOINT` and
    ///   `AWS_USE_DUALSTACK_ENDPOINT` when set, else the profile's `use_fips_endpoint`
    ///   and `use_dualstack_endpoint` (`true` turns them on);
    /// - the endpoint, chosen when the client is made, is the first of
    ///   `AWS_ENDPOINT_URL_<SERVICE>` (such as `AWS_ENDPOINT_URL_SSO_OIDC`), the
    ///   `endpoint_url` under the service's key (`sso_oidc`) in the `[services NAME]`
    ///   section the profile's `services` names, `AWS_ENDPOINT_URL`, and the profile's
    ///   `endpoint_url`. `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` (or, when that
    ///   variable is unset, the profile's `ignore_configured_endpoint_urls = true`)
    ///   turns all four off; an [`endpoint_url`](ConfigBuilder::endpoint_url) set in
    ///   code always applies.
    ///
    /// A missing config file is no error. One that cannot be read or parsed is logged
    /// with a `tracing` warning and left out, so this never fails: use
    /// [`try_from_env`](Self::try_from_env) to get the error instead.
    pub fn from_env() -> Config {
        Self::builder_from_env().build()
    }

    /// Like [`from_env`](Self::from_env), as a builder to adjust further.
    pub fn builder_from_env() -> ConfigBuilder {
        Self::builder_from_vars(&|name| std::env::var(name).ok())
    }

    /// Like [`from_env`](Self::from_env), but a config file that cannot be read or
    /// parsed is an error (a missing one is still none).
    pub fn try_from_env() -> Result<Config, ProfileError> {
        Ok(Self::try_builder_from_env()?.build())
    }

    /// Like [`try_from_env`](Self::try_from_env), as a builder to adjust further.
    pub fn try_builder_from_env() -> Result<ConfigBuilder, ProfileError> {
        Self::try_builder_from_vars(&|name| std::env::var(name).ok())
    }

    /// [`builder_from_env`](Self::builder_from_env) with `var` for the environment.
    pub(crate) fn builder_from_vars(var: &dyn Fn(&str) -> Option<String>) -> ConfigBuilder {
        match Self::try_builder_from_vars(var) {
            Ok(builder) => builder,
            Err(error) => {
                tracing::warn!("the AWS config file is left out of the configuration: {error}");
                Self::builder_from_sources(var, None)
            }
        }
    }

    /// [`try_builder_from_env`](Self::try_builder_from_env) with `var` for the environment.
    pub(crate) fn try_builder_from_vars(
        var: &dyn Fn(&str) -> Option<String>,
    ) -> Result<ConfigBuilder, ProfileError> {
        let file = ProfileFile::load(var)?;
        Ok(Self::builder_from_sources(var, Some(&file)))
    }

    fn builder_from_sources(
        var: &dyn Fn(&str) -> Option<String>,
        file: Option<&ProfileFile>,
    ) -> ConfigBuilder {
        let env = |name: &str| non_empty(var(name));
        let name = profile::selected_profile(var);
        let profile = file.and_then(|file| file.profile(&name));
        if file.is_some() && profile.is_none() && name != "default" {
            tracing::warn!("the AWS config file has no profile `{name}`");
        }
        let setting = |key: &str| non_empty(profile.and_then(|p| p.get(key)).map(str::to_owned));
        let mut builder = Config::builder();
        builder.region = env("AWS_REGION")
            .or_else(|| env("AWS_DEFAULT_REGION"))
            .or_else(|| setting("region"));
        builder.use_fips = env("AWS_USE_FIPS_ENDPOINT")
            .or_else(|| setting("use_fips_endpoint"))
            .is_some_and(|v| is_true(&v));
        builder.use_dual_stack = env("AWS_USE_DUALSTACK_ENDPOINT")
            .or_else(|| setting("use_dualstack_endpoint"))
            .is_some_and(|v| is_true(&v));
        builder.disable_request_compression = env("AWS_DISABLE_REQUEST_COMPRESSION")
            .or_else(|| setting("disable_request_compression"))
            .is_some_and(|v| is_true(&v));
        let min_size = env("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES")
            .or_else(|| setting("request_min_compression_size_bytes"));
        builder.request_min_compression_size_bytes = match min_size {
            None => None,
            Some(text) => match text.parse::<u64>() {
                Ok(bytes) if bytes <= 10 * 1024 * 1024 => Some(bytes),
                _ => {
                    tracing::warn!(
                        "request_min_compression_size_bytes `{text}` is not a size from 0 to 10485760: using the default"
                    );
                    None
                }
            },
        };
        builder.endpoint_from_env = true;
        builder.profile_endpoints = ProfileEndpoints {
            endpoint_url: setting("endpoint_url"),
            ignore: setting("ignore_configured_endpoint_urls").map(|v| is_true(&v)),
            services: setting("services")
                .and_then(|services| file.and_then(|file| file.services(&services)))
                .cloned(),
        };
        builder
    }

    /// The endpoint the environment or the config file names for a service whose
    /// variable part is `service_env` (`SSO_OIDC`), when [`from_env`](Self::from_env)
    /// made this config; see there for the order.
    pub(crate) fn env_endpoint(
        &self,
        service_env: &str,
        var: impl Fn(&str) -> Option<String>,
    ) -> Option<String> {
        if !self.endpoint_from_env {
            return None;
        }
        let env = |name: &str| non_empty(var(name));
        let profile = &self.profile_endpoints;
        let ignore = match env("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") {
            Some(value) => is_true(&value),
            None => profile.ignore.unwrap_or(false),
        };
        if ignore {
            return None;
        }
        let service_key = service_env.to_ascii_lowercase();
        let service_setting = || {
            let services = profile.services.as_ref()?;
            non_empty(
                services
                    .sub(&service_key, "endpoint_url")
                    .map(str::to_owned),
            )
        };
        env(&format!("AWS_ENDPOINT_URL_{service_env}"))
            .or_else(service_setting)
            .or_else(|| env("AWS_ENDPOINT_URL"))
            .or_else(|| profile.endpoint_url.clone())
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
    idempotency_tokens: Option<TokenProvider>,
    disable_request_compression: bool,
    request_min_compression_size_bytes: Option<u64>,
    endpoint_from_env: bool,
    profile_endpoints: ProfileEndpoints,
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
    ///
    /// A `@streaming` output payload is not buffered, so not limited: it is
    /// handed over unread as a [`ByteStream`](crate::ByteStream), whose reader
    /// bounds it ([`collect_with_limit`](crate::ByteStream::collect_with_limit)).
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

    /// Makes the tokens filled into unset `@idempotencyToken` members (default:
    /// random UUIDs); tests give a fixed one.
    pub fn idempotency_token_provider(
        mut self,
        provider: impl Fn() -> String + Send + Sync + 'static,
    ) -> Self {
        self.idempotency_tokens = Some(Arc::new(provider));
        self
    }

    /// Turns off `@requestCompression` (as `AWS_DISABLE_REQUEST_COMPRESSION` does).
    pub fn disable_request_compression(mut self, disable: bool) -> Self {
        self.disable_request_compression = disable;
        self
    }

    /// The smallest body `@requestCompression` compresses (default
    /// [`DEFAULT_REQUEST_MIN_COMPRESSION_SIZE_BYTES`]; the AWS SDKs accept up to 10 MiB).
    pub fn request_min_compression_size_bytes(mut self, bytes: u64) -> Self {
        self.request_min_compression_size_bytes = Some(bytes.min(10 * 1024 * 1024));
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
            idempotency_tokens: self.idempotency_tokens,
            disable_request_compression: self.disable_request_compression,
            request_min_compression_size_bytes: self
                .request_min_compression_size_bytes
                .unwrap_or(DEFAULT_REQUEST_MIN_COMPRESSION_SIZE_BYTES),
            endpoint_from_env: self.endpoint_from_env,
            profile_endpoints: self.profile_endpoints,
        }
    }
}

/// A random UUID, version 4 (RFC 9562): 122 random bits from the system's
/// generator, with the version and variant bits set.
fn random_uuid() -> String {
    let mut bytes = [0u8; 16];
    if ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes).is_err() {
        // No system randomness: a token need only be unlikely to repeat.
        for byte in &mut bytes {
            *byte = fastrand::u8(..);
        }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// `value` trimmed, unless it is empty.
fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Whether a setting's text means `true` (in any case), as the AWS tools read flags.
fn is_true(value: &str) -> bool {
    value.trim().eq_ignore_ascii_case("true")
}

#[cfg(test)]
mod tests {
    #[test]
    fn idempotency_tokens_are_v4_uuids_unless_a_provider_is_set() {
        let config = super::Config::builder().build();
        let (a, b) = (config.idempotency_token(), config.idempotency_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4", "{a}");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"), "{a}");
        let fixed = super::Config::builder()
            .idempotency_token_provider(|| "00000000-0000-4000-8000-000000000000".to_owned())
            .build();
        assert_eq!(
            fixed.idempotency_token(),
            "00000000-0000-4000-8000-000000000000"
        );
    }

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
        assert_eq!(
            plain.timeout_config().stream_idle_timeout(),
            Some(Duration::from_secs(60)),
            "a stream has no fixed limit, but cannot stall forever"
        );
        assert_eq!(plain.max_response_body(), 32 * 1024 * 1024);
    }

    /// A config file with `text` in a directory of its own; the directory is removed on drop.
    struct ConfigFile {
        dir: std::path::PathBuf,
        path: String,
    }

    impl ConfigFile {
        fn new(name: &str, text: &str) -> Self {
            let dir = std::env::temp_dir()
                .join(format!("sdk-runtime-config-{}-{name}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("scratch directory");
            let path = dir.join("config");
            std::fs::write(&path, text).expect("write the config file");
            let path = path.to_str().expect("utf-8 path").to_owned();
            Self { dir, path }
        }

        /// The environment `pairs` with `AWS_CONFIG_FILE` naming this file.
        fn env(&self, pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
            let mut pairs: Vec<(String, String)> = pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
            pairs.push(("AWS_CONFIG_FILE".to_owned(), self.path.clone()));
            move |name| {
                pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            }
        }
    }

    impl Drop for ConfigFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    const PROFILES: &str = concat!(
        "[default]\n",
        "region = us-east-1\n",
        "[profile dev]\n",
        "region = eu-central-1\n",
        "use_fips_endpoint = true\n",
        "use_dualstack_endpoint = TRUE\n",
        "endpoint_url = http://profile-global\n",
        "services = local\n",
        "[profile plain]\n",
        "endpoint_url = http://plain-global\n",
        "[profile ignoring]\n",
        "endpoint_url = http://ignored\n",
        "ignore_configured_endpoint_urls = true\n",
        "[services local]\n",
        "sso_oidc =\n",
        "  endpoint_url = http://profile-sso-oidc\n",
    );

    #[test]
    fn the_selected_profile_gives_region_and_flags() {
        let file = ConfigFile::new("region", PROFILES);
        let config = Config::builder_from_vars(&file.env(&[("AWS_PROFILE", "dev")])).build();
        assert_eq!(config.region(), Some("eu-central-1"));
        assert!(config.use_fips() && config.use_dual_stack());
        let config = Config::builder_from_vars(&file.env(&[])).build();
        assert_eq!(config.region(), Some("us-east-1"), "the default profile");
        assert!(!config.use_fips() && !config.use_dual_stack());
        let config =
            Config::builder_from_vars(&file.env(&[("AWS_DEFAULT_PROFILE", "dev")])).build();
        assert_eq!(config.region(), Some("eu-central-1"));
        let config = Config::builder_from_vars(&file.env(&[("AWS_PROFILE", "nope")])).build();
        assert_eq!(
            config.region(),
            None,
            "a profile the file lacks has no settings"
        );
    }

    #[test]
    fn the_environment_overrides_the_profile() {
        let file = ConfigFile::new("override", PROFILES);
        let env = file.env(&[
            ("AWS_PROFILE", "dev"),
            ("AWS_DEFAULT_REGION", "ap-south-1"),
            ("AWS_USE_FIPS_ENDPOINT", "false"),
            ("AWS_ENDPOINT_URL_SSO_OIDC", "http://env-sso-oidc"),
        ]);
        let config = Config::builder_from_vars(&env).build();
        assert_eq!(config.region(), Some("ap-south-1"));
        assert!(!config.use_fips(), "the variable set to false wins");
        assert!(
            config.use_dual_stack(),
            "unset variables leave the profile's"
        );
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &env).as_deref(),
            Some("http://env-sso-oidc")
        );
        let env = file.env(&[("AWS_PROFILE", "dev"), ("AWS_REGION", "us-west-2")]);
        assert_eq!(
            Config::builder_from_vars(&env).build().region(),
            Some("us-west-2")
        );
    }

    #[test]
    fn endpoints_follow_service_then_global_env_then_profile() {
        let file = ConfigFile::new("endpoints", PROFILES);
        let dev = file.env(&[("AWS_PROFILE", "dev")]);
        let config = Config::builder_from_vars(&dev).build();
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &dev).as_deref(),
            Some("http://profile-sso-oidc"),
            "the services section's entry for the service"
        );
        assert_eq!(
            config.env_endpoint("S3", &dev).as_deref(),
            Some("http://profile-global"),
            "no entry for the service: the profile's endpoint_url"
        );
        let dev_global = file.env(&[
            ("AWS_PROFILE", "dev"),
            ("AWS_ENDPOINT_URL", "http://env-global"),
        ]);
        let config = Config::builder_from_vars(&dev_global).build();
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &dev_global).as_deref(),
            Some("http://profile-sso-oidc"),
            "a service's own setting beats the global variable"
        );
        assert_eq!(
            config.env_endpoint("S3", &dev_global).as_deref(),
            Some("http://env-global"),
            "the global variable beats the profile's global setting"
        );
        let plain = file.env(&[("AWS_PROFILE", "plain")]);
        let config = Config::builder_from_vars(&plain).build();
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &plain).as_deref(),
            Some("http://plain-global")
        );
        let config = Config::builder().region("x").build();
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &plain),
            None,
            "only from_env reads it"
        );
    }

    #[test]
    fn the_ignore_flag_turns_off_configured_endpoints() {
        let file = ConfigFile::new("ignore", PROFILES);
        let env = file.env(&[
            ("AWS_PROFILE", "dev"),
            ("AWS_ENDPOINT_URL_SSO_OIDC", "http://env-sso-oidc"),
            ("AWS_ENDPOINT_URL", "http://env-global"),
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
        ]);
        let config = Config::builder_from_vars(&env).build();
        assert_eq!(config.env_endpoint("SSO_OIDC", &env), None);
        assert_eq!(config.env_endpoint("S3", &env), None);

        let ignoring = file.env(&[
            ("AWS_PROFILE", "ignoring"),
            ("AWS_ENDPOINT_URL", "http://env-global"),
        ]);
        let config = Config::builder_from_vars(&ignoring).build();
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &ignoring),
            None,
            "the profile's flag"
        );

        let unignored = file.env(&[
            ("AWS_PROFILE", "ignoring"),
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false"),
        ]);
        let config = Config::builder_from_vars(&unignored).build();
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &unignored).as_deref(),
            Some("http://ignored"),
            "the variable, when set, beats the profile's flag"
        );

        let config = Config::builder_from_vars(&env)
            .endpoint_url("http://code")
            .build();
        assert_eq!(
            config.endpoint_url(),
            Some("http://code"),
            "code always applies"
        );
    }

    #[test]
    fn a_broken_config_file_is_left_out_or_reported() {
        let file = ConfigFile::new("broken", "[profile dev]\nregion = eu-west-3\n[oops\n");
        let env = file.env(&[
            ("AWS_PROFILE", "dev"),
            ("AWS_DEFAULT_REGION", "us-west-1"),
            ("AWS_ENDPOINT_URL", "http://env-global"),
        ]);
        let config = Config::builder_from_vars(&env).build();
        assert_eq!(
            config.region(),
            Some("us-west-1"),
            "the environment still applies"
        );
        assert_eq!(
            config.env_endpoint("SSO_OIDC", &env).as_deref(),
            Some("http://env-global")
        );
        let error = Config::try_builder_from_vars(&env)
            .err()
            .expect("the file is broken");
        assert_eq!(error.line(), Some(3));
        assert!(error.to_string().contains(&file.path), "{error}");

        let dir = file.dir.to_str().expect("utf-8 path").to_owned();
        let unreadable = move |name: &str| (name == "AWS_CONFIG_FILE").then(|| dir.clone());
        let error = Config::try_builder_from_vars(&unreadable)
            .err()
            .expect("a directory cannot be read");
        assert_eq!(error.line(), None);
        assert_eq!(
            Config::builder_from_vars(&unreadable).build().region(),
            None
        );
    }
}
