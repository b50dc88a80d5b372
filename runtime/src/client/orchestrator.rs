//! Runs one operation call: resolve the endpoint, send, time out, retry.
//!
//! Generated code builds the request parts and reads the final response; this
//! module owns everything in between, once for every operation.

use super::config::Config;
use super::deadline::Watch;
use super::error::{
    error_code, ConnectorError, ConnectorErrorKind, RawResponse, ResponseBodyTooLarge,
    ResponseError, SdkError,
};
use super::http::{HyperClient, ReadError, SharedHttpClient};
use super::sigv4::{sign, Credentials, Payload, Scope};
use super::stall::{IdleLimited, Moving, Progress};
use crate::endpoint::{Endpoint, Params, ResolveError, RuleSet};
use crate::ByteStream;
use bytes::Bytes;
use std::borrow::Cow;
use std::future::Future as _;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};
use tracing::Instrument;

/// What a generated crate tells the runtime about its service.
#[derive(Debug)]
pub struct ServiceInfo {
    /// The crate's package name, for the User-Agent.
    pub crate_name: &'static str,
    /// The crate's version, for the User-Agent.
    pub crate_version: &'static str,
    /// The `smithy.rules#endpointRuleSet` document, as JSON text.
    pub endpoint_rules: &'static str,
    /// The service's part of `AWS_ENDPOINT_URL_<SERVICE>` (`SSO_OIDC`).
    pub env_name: &'static str,
    /// The SigV4 signing name (`sso-oauth`), when the service signs requests.
    pub signing_name: Option<&'static str>,
    /// The codes of the service's errors the model marks `@retryable`: retried
    /// like throttling, whatever their status.
    pub retryable_errors: &'static [&'static str],
}

/// One request, as generated code builds it.
#[derive(Debug)]
pub struct OperationRequest {
    /// The operation's name, for traces.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: http::Method,
    /// The path and query, appended to the endpoint URL (`/token?aws_iam=t`);
    /// borrowed when it is the same for every call, so it is never copied.
    pub path_and_query: Cow<'static, str>,
    /// Headers besides the standard ones.
    pub headers: Vec<(http::HeaderName, http::HeaderValue)>,
    /// The body; empty for none. Bytes in memory for most operations; a
    /// `@streaming` payload is sent as it is read, with a `Content-Length` when
    /// its length is known (else chunked), and the request is retried only when
    /// the stream can be replayed ([`ByteStream::try_clone`]).
    pub body: ByteStream,
    /// The body's media type (`application/json`), sent when there is a body.
    pub content_type: &'static str,
    /// Whether the operation is safe to retry on any failure (idempotent).
    pub idempotent: bool,
    /// Whether the request is signed with SigV4.
    pub signed: bool,
    /// Put in front of the endpoint's host (`@endpoint(hostPrefix)`, labels
    /// already filled in): `data.` sends to `data.example.com`.
    pub host_prefix: Option<String>,
}

/// The shared state of a service client: configuration, HTTP client and the
/// endpoint, resolved once. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Handle {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    http: SharedHttpClient,
    endpoint: Result<Endpoint, ResolveError>,
    /// The endpoint URL parsed once, so each call parses only its path and query.
    endpoint_uri: Option<http::Uri>,
    literal_uris: LiteralUris,
    user_agent: http::HeaderValue,
    signing_name: Option<&'static str>,
    retryable_errors: &'static [&'static str],
}

impl std::fmt::Debug for dyn super::http::HttpClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HttpClient")
    }
}

/// Error codes that mean "slow down": retried with backoff.
const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Error codes of transient service faults: retried.
const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "InternalServerException",
    "InternalError",
];

impl Handle {
    /// Prepares a client for `service` with `config`.
    pub fn new(config: Config, service: &ServiceInfo) -> Self {
        let http = config
            .http_client
            .clone()
            .unwrap_or_else(|| Arc::new(HyperClient::new(config.timeouts.connect_timeout())));
        let env_endpoint = config.env_endpoint(service.env_name, |name| std::env::var(name).ok());
        let endpoint = resolve_endpoint(&config, env_endpoint, service.endpoint_rules);
        let endpoint_uri = endpoint.as_ref().ok().and_then(|e| e.url.parse().ok());
        let user_agent = format!(
            "{}/{} sdk-runtime/{}",
            service.crate_name,
            service.crate_version,
            env!("CARGO_PKG_VERSION")
        );
        let user_agent = http::HeaderValue::from_str(&user_agent)
            .unwrap_or(http::HeaderValue::from_static("sdk-runtime"));
        Self {
            inner: Arc::new(Inner {
                config,
                http,
                endpoint,
                endpoint_uri,
                literal_uris: LiteralUris::default(),
                user_agent,
                signing_name: service.signing_name,
                retryable_errors: service.retryable_errors,
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The endpoint requests go to, or why there is none.
    pub fn endpoint(&self) -> Result<&Endpoint, &ResolveError> {
        self.inner.endpoint.as_ref()
    }

    /// Sends `request`, retrying as configured; returns the last response,
    /// whatever its status, or the failure that prevented one.
    ///
    /// The futures of one attempt are built in place where they are awaited:
    /// a future is moved whole, so each layer that builds one and hands it on
    /// copies it again (they are kilobytes here, and most of a call's copying).
    pub async fn invoke<E>(&self, request: OperationRequest) -> Result<RawResponse, SdkError<E>> {
        let (raw, _) = self.call(request, Read::Whole).await?;
        Ok(raw)
    }

    /// Sends `request` as [`invoke`](Self::invoke) does, for an operation whose
    /// output payload is `@streaming`: a successful (2xx) response's body is
    /// not read but handed back as a stream, and the [`RawResponse`] holds its
    /// head only. Any other response is read whole, as `invoke` reads it.
    ///
    /// The stream is past the body limit (`max_response_body`, which protects
    /// buffered bodies) and past the attempt and operation timeouts, which end
    /// when the response head has arrived; a read that waits the stream idle
    /// timeout for a chunk fails (`TimeoutConfig::with_stream_idle_timeout`).
    /// A caller that wants the whole body within a time bounds its reads
    /// itself (`tokio::time::timeout` around [`ByteStream::next`]). Dropping
    /// the stream unread closes the connection rather than returning it to the pool.
    pub async fn invoke_streaming<E>(
        &self,
        request: OperationRequest,
    ) -> Result<StreamingResponse, SdkError<E>> {
        Ok(match self.call(request, Read::StreamSuccess).await? {
            (head, Some(body)) => StreamingResponse::Success { head, body },
            (raw, None) => StreamingResponse::Failure(raw),
        })
    }

    async fn call<E>(
        &self,
        mut request: OperationRequest,
        read: Read,
    ) -> Result<Received, SdkError<E>> {
        // The operation timeout is a deadline each attempt's own timer also
        // watches, so a call arms one timer per attempt, not two.
        let start = Instant::now();
        let timeouts = &self.inner.config.timeouts;
        // A streamed input is bounded by its silences, not by a fixed time,
        // which would cap its size (`TimeoutConfig`).
        let streams_up = request.body.as_bytes().is_none();
        let deadline = timeouts
            .operation_timeout()
            .filter(|_| !streams_up)
            .and_then(|limit| {
                let at = start.checked_add(limit)?;
                Some(Deadline { at, limit })
            });
        let endpoint = self
            .inner
            .endpoint
            .as_ref()
            .map_err(|e| SdkError::ConstructionFailure(Box::new(e.clone())))?;
        // The path is handed over, not copied: the URI keeps its bytes. A
        // literal path's URI is made once per client.
        let make = |path| {
            request_uri(
                self.inner.endpoint_uri.as_ref(),
                &endpoint.url,
                path,
                request.host_prefix.as_deref(),
            )
        };
        let uri = match std::mem::take(&mut request.path_and_query) {
            Cow::Borrowed(path) if request.host_prefix.is_none() => {
                self.inner.literal_uris.get_or_make(path, make)
            }
            path => make(path),
        }
        .map_err(|e| {
            SdkError::ConstructionFailure(
                format!(
                    "invalid request URL for `{}` at `{}`: {e}",
                    request.operation, endpoint.url
                )
                .into(),
            )
        })?;
        let retry = &self.inner.config.retry;
        let signer = if request.signed {
            Some(self.signer(request.operation)?)
        } else {
            None
        };
        let mut attempt = 1;
        loop {
            // Each attempt sends its own copy of the body while one can be had;
            // a stream that cannot be replayed is sent once, and never retried.
            let (body, replayable) = match request.body.try_clone() {
                Some(copy) => (copy, true),
                None => (std::mem::take(&mut request.body), false),
            };
            let mut http_request = self.build(&request, body, &uri, endpoint);
            // The first attempt starts with the call: no second clock read.
            let now = if attempt == 1 { start } else { Instant::now() };
            let limit = if streams_up {
                self.inner
                    .config
                    .timeouts
                    .stream_idle_timeout()
                    .and_then(|idle| {
                        let progress = Progress::starting(now, idle);
                        let body = std::mem::take(http_request.body_mut());
                        *http_request.body_mut() =
                            ByteStream::from_body(Moving::new(body, progress.clone()));
                        Some((progress.next()?, Limit::Stalled(progress)))
                    })
            } else {
                self.limit(now, deadline)
            };
            if let Some((credentials, region, service)) = &signer {
                // Each attempt is signed anew: the signature covers the time.
                let scope = Scope {
                    region,
                    service,
                    time: std::time::SystemTime::now(),
                };
                // A stream is signed as `UNSIGNED-PAYLOAD`: hashing it would read it whole.
                let body = http_request.body().as_bytes().cloned();
                let payload = body.as_deref().map_or(Payload::Unsigned, Payload::Bytes);
                sign(&mut http_request, payload, credentials, scope).map_err(|e| {
                    SdkError::ConstructionFailure(
                        format!("cannot sign `{}`: {e}", request.operation).into(),
                    )
                })?;
            }
            let span = tracing::debug_span!(
                "attempt",
                operation = request.operation,
                attempt,
                status = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
            );
            // The attempt is only wrapped in its span, and the clock only read,
            // when someone listens to the span.
            let outcome = if span.is_disabled() {
                self.attempt(http_request, limit, read).await
            } else {
                // Boxed: the traced attempt is rare, and inline it would make
                // every call's future larger, so every call would copy more.
                let started = Instant::now();
                let outcome = Box::pin(
                    self.attempt(http_request, limit, read)
                        .instrument(span.clone()),
                )
                .await;
                span.record("duration_ms", started.elapsed().as_millis() as u64);
                if let Ok((raw, _)) = &outcome {
                    span.record("status", raw.status());
                }
                outcome
            };
            let retryable = match &outcome {
                Ok((raw, _)) => retryable_response(raw, self.inner.retryable_errors),
                Err(SdkError::DispatchFailure(e)) => {
                    e.kind() == ConnectorErrorKind::Io || request.idempotent
                }
                Err(SdkError::TimeoutError(_)) => true,
                Err(_) => false,
            };
            if !retryable || !replayable || attempt >= retry.max_attempts() {
                return outcome;
            }
            let wait = retry.backoff(attempt);
            if deadline.is_some_and(|d| Instant::now() + wait >= d.at) {
                // No retry could start before the operation's deadline: the
                // last attempt's outcome is the answer.
                return outcome;
            }
            // Not kept across the wait: the future holds no response while it sleeps.
            drop(outcome);
            tracing::debug!(operation = request.operation, attempt, ?wait, "retrying");
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// Credentials, region and signing name for a signed operation, or why there are none.
    fn signer<E>(
        &self,
        operation: &str,
    ) -> Result<(Credentials, String, &'static str), SdkError<E>> {
        let config = &self.inner.config;
        let credentials = config.credentials.clone().or_else(Credentials::from_env).ok_or_else(|| {
            SdkError::ConstructionFailure(
                format!(
                    "`{operation}` is signed with SigV4 and needs AWS credentials: set them with \
                     Config::builder().credentials(..) or in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
                )
                .into(),
            )
        })?;
        let region = config.region.clone().ok_or_else(|| {
            SdkError::ConstructionFailure(
                format!("`{operation}` is signed with SigV4, which needs a region").into(),
            )
        })?;
        let service = self.inner.signing_name.ok_or_else(|| {
            SdkError::ConstructionFailure(
                format!("`{operation}` is signed but the service has no signing name").into(),
            )
        })?;
        Ok((credentials, region, service))
    }

    /// One attempt's request. The URI is parsed once per call by the caller and
    /// the headers are inserted directly, without the request builder's checks,
    /// since every name and value here is already valid.
    fn build(
        &self,
        request: &OperationRequest,
        body: ByteStream,
        uri: &http::Uri,
        endpoint: &Endpoint,
    ) -> http::Request<ByteStream> {
        // A stream of unknown length is sent chunked, with no Content-Length.
        let length = body.known_length();
        let empty = length == Some(0);
        let mut http_request = http::Request::new(body);
        *http_request.method_mut() = request.method.clone();
        *http_request.uri_mut() = uri.clone();
        let headers = http_request.headers_mut();
        headers.insert(http::header::USER_AGENT, self.inner.user_agent.clone());
        // A member bound to `Content-Type` (a blob payload's media type) wins
        // over the protocol's default: one header, not two.
        let typed_by_member = request
            .headers
            .iter()
            .any(|(name, _)| name == http::header::CONTENT_TYPE);
        // Content-Length on every request that has a body or whose method
        // carries one, so that it is signed and seen by any HTTP client.
        let carries_body = matches!(
            request.method,
            http::Method::POST | http::Method::PUT | http::Method::PATCH
        );
        if let Some(length) = length.filter(|_| !empty || carries_body) {
            // Digits copied into bytes of their own: one allocation, where
            // `HeaderValue::from(u64)` makes a buffer and then shares it (two).
            let digits = Bytes::copy_from_slice(itoa::Buffer::new().format(length).as_bytes());
            let value = http::HeaderValue::from_maybe_shared(digits)
                .unwrap_or_else(|_| http::HeaderValue::from(length));
            headers.insert(http::header::CONTENT_LENGTH, value);
        }
        if !empty && !typed_by_member {
            headers.insert(
                http::header::CONTENT_TYPE,
                http::HeaderValue::from_static(request.content_type),
            );
        }
        for (name, values) in &endpoint.headers {
            let Ok(name) = http::HeaderName::from_bytes(name.as_bytes()) else {
                continue;
            };
            for value in values {
                if let Ok(value) = http::HeaderValue::from_str(value) {
                    headers.append(name.clone(), value);
                }
            }
        }
        for (name, value) in &request.headers {
            headers.append(name.clone(), value.clone());
        }
        http_request
    }

    /// What bounds an attempt that sends bytes in memory: its own timeout or
    /// the operation's deadline, whichever comes first.
    #[inline]
    fn limit(&self, now: Instant, deadline: Option<Deadline>) -> Option<(Instant, Limit)> {
        let own = self
            .inner
            .config
            .timeouts
            .attempt_timeout()
            .and_then(|limit| Some((now.checked_add(limit)?, limit)));
        match (own, deadline) {
            (Some((at, limit)), Some(deadline)) if at < deadline.at => {
                Some((at, Limit::Attempt(limit)))
            }
            (_, Some(deadline)) => Some((deadline.at, Limit::Operation(deadline.limit))),
            (Some((at, limit)), None) => Some((at, Limit::Attempt(limit))),
            (None, None) => None,
        }
    }

    /// One attempt, under its limit. A fixed limit covers the head and the
    /// whole body, or the head only when a successful body is streamed.
    async fn attempt<E>(
        &self,
        request: http::Request<ByteStream>,
        limit: Option<(Instant, Limit)>,
        read: Read,
    ) -> Result<Received, SdkError<E>> {
        let mut watch = limit.map(|(at, limit)| (Watch::new(at), limit));
        let mut send = std::pin::pin!(self.send_and_read(request, read));
        std::future::poll_fn(|cx| {
            if let Poll::Ready(outcome) = send.as_mut().poll(cx) {
                return Poll::Ready(outcome);
            }
            let Some((watch, limit)) = &mut watch else {
                return Poll::Pending;
            };
            if !watch.expired(cx) {
                return Poll::Pending;
            }
            // A stream that moved since the watch was set is watched again
            // from its last move.
            if let Some(next) = limit.rearm().filter(|next| *next > Instant::now()) {
                *watch = Watch::new(next);
                if !watch.expired(cx) {
                    return Poll::Pending;
                }
            }
            Poll::Ready(Err(SdkError::TimeoutError(limit.to_string().into())))
        })
        .await
    }

    /// Sends `request` and reads its body, up to the configured limit, or
    /// hands a successful one back unread when `read` says so.
    async fn send_and_read<E>(
        &self,
        request: http::Request<ByteStream>,
        read: Read,
    ) -> Result<Received, SdkError<E>> {
        let response = match self.inner.http.send(request).await {
            Ok(response) => response,
            Err(e) if e.kind() == ConnectorErrorKind::Timeout => {
                return Err(SdkError::TimeoutError(Box::new(e)))
            }
            Err(e) => return Err(SdkError::DispatchFailure(e)),
        };
        let (parts, body) = response.into_parts();
        let status = parts.status.as_u16();
        if read == Read::StreamSuccess && parts.status.is_success() {
            let head = RawResponse::new(status, parts.headers, Bytes::new());
            let body = ByteStream::from(body);
            let body = match self.inner.config.timeouts.stream_idle_timeout() {
                Some(idle) => ByteStream::from_body(IdleLimited::new(body, idle)),
                None => body,
            };
            return Ok((head, Some(body)));
        }
        let limit = self.inner.config.max_response_body;
        // The body knows its announced length (hyper has parsed Content-Length).
        let announced = body.exact_length();
        let read = match announced {
            // Refused before reading: dropping the body closes the connection.
            Some(length) if length > limit => Err(ReadError::TooLarge(ResponseBodyTooLarge::new(
                limit,
                Some(length),
            ))),
            _ => body.read(limit, announced).await,
        };
        match read {
            Ok(body) => Ok((RawResponse::new(status, parts.headers, body), None)),
            Err(ReadError::TooLarge(error)) => Err(SdkError::ResponseError(ResponseError::new(
                error,
                RawResponse::new(status, parts.headers, Bytes::new()),
            ))),
            Err(ReadError::Stream(error)) => Err(SdkError::DispatchFailure(ConnectorError::new(
                ConnectorErrorKind::Io,
                error,
            ))),
        }
    }
}

/// What a call answers: a streaming successful response. Any other
/// response is read whole.
#[derive(Debug)]
pub enum StreamingResponse {
    /// A 2xx response: its head, and its body as a stream, unread.
    Success {
        /// The status and headers (the body is in `body`).
        head: RawResponse,
        /// The body, unread.
        body: ByteStream,
    },
    /// Any other response, read whole: the service's error.
    Failure(RawResponse),
}

/// How an attempt reads its response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Read {
    /// Every body whole, under the limit.
    Whole,
    /// A successful response's body as a stream; any other whole.
    StreamSuccess,
}

/// A response read whole, or a head with its body as a stream.
type Received = (RawResponse, Option<ByteStream>);

/// When a whole operation must have finished, and the limit that set it.
#[derive(Debug, Clone, Copy)]
struct Deadline {
    at: Instant,
    limit: Duration,
}

/// What bounds one attempt, and what its timeout error says.
enum Limit {
    /// The attempt's own timeout.
    Attempt(Duration),
    /// The operation's deadline, which comes before the attempt's own.
    Operation(Duration),
    /// A streamed input's silences, from the body's last move (the attempt's
    /// start, then each chunk the connection takes).
    Stalled(Progress),
}

impl Limit {
    /// When to watch again after the watch expired: a stream that moved
    /// since it was set has its silence counted from the last move.
    fn rearm(&self) -> Option<Instant> {
        match self {
            Limit::Stalled(progress) => progress.next(),
            Limit::Attempt(_) | Limit::Operation(_) => None,
        }
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Limit::Attempt(limit) => write!(f, "no response within {limit:?}"),
            Limit::Operation(limit) => write!(f, "the operation did not finish within {limit:?}"),
            Limit::Stalled(progress) => write!(
                f,
                "the streamed request did not move for {:?}: the server stopped taking \
                 its body, or did not answer after the last of it",
                progress.idle()
            ),
        }
    }
}

/// 5xx, 429, throttling or transient error codes, and the errors the model
/// marks `@retryable` are worth another attempt; any other 4xx is the caller's to fix.
fn retryable_response(raw: &RawResponse, retryable_errors: &[&str]) -> bool {
    match raw.status() {
        200..=399 => false,
        429 | 500..=599 => true,
        _ => error_code(raw).is_some_and(|code| {
            THROTTLING_CODES.contains(&code.as_str())
                || TRANSIENT_CODES.contains(&code.as_str())
                || retryable_errors.contains(&code.as_str())
        }),
    }
}

/// The request URIs of operations whose path and query are literals, made
/// once per client: parsing the path and joining it to the endpoint cost ~500
/// instructions per call (`cargo xtask bench-client`), a lookup here ~100.
#[derive(Debug, Default)]
struct LiteralUris(std::sync::Mutex<Vec<(&'static str, http::Uri)>>);

impl LiteralUris {
    /// A generated crate has one literal path per operation at most; past this
    /// many (paths handed to [`Handle::invoke`] by hand), URIs are made each time.
    const MAX: usize = 256;

    /// The URI for `path`, made by `make` the first time.
    fn get_or_make(
        &self,
        path: &'static str,
        make: impl FnOnce(Cow<'static, str>) -> Result<http::Uri, String>,
    ) -> Result<http::Uri, String> {
        let lock = || {
            self.0
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
        };
        if let Some((_, uri)) = lock().iter().find(|(known, _)| *known == path) {
            return Ok(uri.clone());
        }
        // Made outside the lock; a call racing this one makes it too, harmlessly.
        let uri = make(Cow::Borrowed(path))?;
        let mut uris = lock();
        if uris.len() < Self::MAX && !uris.iter().any(|(known, _)| *known == path) {
            uris.push((path, uri.clone()));
        }
        Ok(uri)
    }
}

/// The endpoint URL (already parsed as `base` when it parses) joined with an
/// operation's path and query. Only the path and query are parsed per call:
/// the scheme and authority are shared, reference-counted, with `base`, and
/// the path's text becomes the URI's without a copy when the base has no path
/// (and without an allocation when it is a literal).
fn request_uri(
    base: Option<&http::Uri>,
    endpoint_url: &str,
    path_and_query: Cow<'static, str>,
    host_prefix: Option<&str>,
) -> Result<http::Uri, String> {
    let Some(base) = base else {
        return Err(format!(
            "the endpoint URL `{endpoint_url}` is not a valid URI"
        ));
    };
    let base_path = base.path().trim_end_matches('/');
    let path_and_query = match path_and_query {
        _ if !base_path.is_empty() => Bytes::from(format!("{base_path}{path_and_query}")),
        Cow::Borrowed(text) => Bytes::from_static(text.as_bytes()),
        Cow::Owned(text) => Bytes::from(text),
    };
    let path_and_query =
        http::uri::PathAndQuery::from_maybe_shared(path_and_query).map_err(|e| e.to_string())?;
    let mut parts = http::uri::Parts::default();
    parts.scheme = base.scheme().cloned();
    parts.authority = match (host_prefix, base.authority()) {
        (Some(prefix), Some(authority)) => Some(
            http::uri::Authority::try_from(format!("{prefix}{authority}"))
                .map_err(|e| format!("host prefix `{prefix}`: {e}"))?,
        ),
        (_, authority) => authority.cloned(),
    };
    parts.path_and_query = Some(path_and_query);
    http::Uri::from_parts(parts).map_err(|e| e.to_string())
}

fn resolve_endpoint(
    config: &Config,
    env_endpoint: Option<String>,
    rules: &str,
) -> Result<Endpoint, ResolveError> {
    let rules = RuleSet::from_json(rules)?;
    let mut params = Params::new();
    if let Some(region) = &config.region {
        params.insert("Region".to_owned(), region.clone().into());
    }
    if let Some(url) = config.endpoint_url.clone().or(env_endpoint) {
        params.insert("Endpoint".to_owned(), url.into());
    }
    params.insert("UseFIPS".to_owned(), config.use_fips.into());
    params.insert("UseDualStack".to_owned(), config.use_dual_stack.into());
    rules.resolve(&params)
}

#[cfg(test)]
mod tests {
    use super::{request_uri, retryable_response, LiteralUris};
    use crate::client::RawResponse;

    #[test]
    fn errors_the_model_marks_retryable_are_retried_whatever_their_status() {
        let response = |status: u16, code: &str| {
            let mut headers = http::HeaderMap::new();
            headers.insert(
                "x-amzn-errortype",
                http::HeaderValue::from_str(code).unwrap(),
            );
            RawResponse::new(status, headers, bytes::Bytes::new())
        };
        assert!(retryable_response(
            &response(400, "BusyException"),
            &["BusyException"]
        ));
        assert!(!retryable_response(&response(400, "BusyException"), &[]));
        assert!(!retryable_response(
            &response(400, "ValidationException"),
            &["BusyException"]
        ));
        assert!(retryable_response(
            &response(400, "ThrottlingException"),
            &[]
        ));
        assert!(retryable_response(&response(503, "Anything"), &[]));
    }

    #[test]
    fn request_uris_join_the_endpoint_and_the_operation_path() {
        let base: http::Uri = "http://127.0.0.1:8080".parse().expect("uri");
        assert_eq!(
            request_uri(Some(&base), "", "/client/register".into(), None).expect("joined"),
            "http://127.0.0.1:8080/client/register"
        );
        let base: http::Uri = "https://proxy.example/sso/".parse().expect("uri");
        assert_eq!(
            request_uri(Some(&base), "", "/token?aws_iam=t".into(), None).expect("joined"),
            "https://proxy.example/sso/token?aws_iam=t"
        );
        let error = request_uri(None, "not a url", "/token".into(), None).expect_err("no base");
        assert!(error.contains("not a url"), "{error}");
        let base: http::Uri = "https://a.example".parse().expect("uri");
        assert!(request_uri(Some(&base), "", "/bad path".into(), None).is_err());
        assert_eq!(
            request_uri(Some(&base), "", "/x".into(), Some("data-1."))
                .expect("prefixed")
                .to_string(),
            "https://data-1.a.example/x"
        );
        assert!(request_uri(Some(&base), "", "/x".into(), Some("bad host/")).is_err());
    }

    #[test]
    fn a_literal_paths_uri_is_made_once_and_a_failure_is_not_kept() {
        let uris = LiteralUris::default();
        let made = std::cell::Cell::new(0);
        let make = |path: std::borrow::Cow<'static, str>| {
            made.set(made.get() + 1);
            format!("https://example.com{path}")
                .parse::<http::Uri>()
                .map_err(|e| e.to_string())
        };
        let first = uris.get_or_make("/token", make).expect("made");
        let again = uris.get_or_make("/token", make).expect("kept");
        assert_eq!((first.to_string(), made.get()), (again.to_string(), 1));
        assert_eq!(again.to_string(), "https://example.com/token");
        uris.get_or_make("/other", make).expect("made");
        assert_eq!(made.get(), 2);
        // A path that does not make a URI is tried again each time, not kept.
        assert!(uris.get_or_make("/bad path", make).is_err());
        assert!(uris.get_or_make("/bad path", make).is_err());
        assert_eq!(made.get(), 4);
    }
}
