//! The generated client end to end over loopback: a hyper server on 127.0.0.1
//! checks what the client sends and answers with canned responses.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use sso_oidc::config::{RetryConfig, TimeoutConfig};
use sso_oidc::error::{ProvideErrorMetadata, SdkError};
use sso_oidc::{Client, Config};
use std::collections::VecDeque;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A request as the server received it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    path_and_query: String,
    headers: http::HeaderMap,
    body: String,
}

/// One canned answer; `None` status means "never answer".
#[derive(Clone)]
struct Reply {
    status: Option<u16>,
    headers: Vec<(&'static str, String)>,
    body: String,
}

fn reply(status: u16, body: &str) -> Reply {
    Reply {
        status: Some(status),
        headers: vec![("content-type", "application/json".into())],
        body: body.to_owned(),
    }
}

fn error_reply(status: u16, code: &str, body: &str) -> Reply {
    let mut r = reply(status, body);
    r.headers.push(("x-amzn-errortype", code.to_owned()));
    r
}

struct Server {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

/// Starts a server that answers with `replies` in order (the last one repeats).
async fn serve(replies: Vec<Reply>) -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let script = Arc::new(Mutex::new(VecDeque::from(replies)));
    let (seen_in, script_in) = (seen.clone(), script.clone());
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            let (seen, script) = (seen_in.clone(), script_in.clone());
            tokio::spawn(async move {
                let service = service_fn(move |request: http::Request<hyper::body::Incoming>| {
                    let (seen, script) = (seen.clone(), script.clone());
                    async move {
                        let (parts, body) = request.into_parts();
                        let body = body
                            .collect()
                            .await
                            .map(|b| b.to_bytes())
                            .unwrap_or_default();
                        seen.lock().expect("lock").push(Seen {
                            method: parts.method.to_string(),
                            path_and_query: parts
                                .uri
                                .path_and_query()
                                .map(|p| p.to_string())
                                .unwrap_or_default(),
                            headers: parts.headers,
                            body: String::from_utf8_lossy(&body).into_owned(),
                        });
                        let next = {
                            let mut script = script.lock().expect("lock");
                            if script.len() > 1 {
                                script.pop_front()
                            } else {
                                script.front().cloned()
                            }
                        };
                        let next = next.unwrap_or_else(|| reply(500, "{}"));
                        let Some(status) = next.status else {
                            tokio::time::sleep(Duration::from_secs(3600)).await;
                            return Ok::<_, Infallible>(http::Response::new(Full::new(
                                Bytes::new(),
                            )));
                        };
                        let mut response = http::Response::builder().status(status);
                        for (name, value) in &next.headers {
                            response = response.header(*name, value.as_str());
                        }
                        Ok(response
                            .body(Full::new(Bytes::from(next.body)))
                            .expect("valid response"))
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Server { url, seen }
}

/// A RegisterClient call with just the required members.
async fn register(
    client: &Client,
) -> Result<
    sso_oidc::operation::register_client::RegisterClientOutput,
    SdkError<sso_oidc::operation::register_client::RegisterClientError>,
> {
    client
        .register_client()
        .client_name("a")
        .client_type("public")
        .send()
        .await
}

fn client(server: &Server) -> Client {
    client_with(
        server,
        RetryConfig::standard().with_initial_backoff(Duration::from_millis(5)),
        TimeoutConfig::standard(),
    )
}

fn client_with(server: &Server, retry: RetryConfig, timeouts: TimeoutConfig) -> Client {
    Client::from_conf(
        Config::builder()
            .region("us-east-1")
            .endpoint_url(server.url.clone())
            .retry_config(retry)
            .timeout_config(timeouts)
            .credentials(sso_oidc::config::Credentials::new(
                "AKIDEXAMPLE",
                "test-secret",
                None,
            ))
            .build(),
    )
}

const REGISTERED: &str = r#"{"clientId": "cid", "clientSecret": "csecret", "clientIdIssuedAt": 1700000000,
    "clientSecretExpiresAt": 1707776000, "authorizationEndpoint": null, "tokenEndpoint": null}"#;

#[tokio::test]
async fn register_client_sends_the_documented_request_and_reads_the_response() {
    let server = serve(vec![reply(200, REGISTERED)]).await;
    let output = client(&server)
        .register_client()
        .client_name("my-app")
        .client_type("public")
        .scopes("sso:account:access")
        .send()
        .await
        .expect("success");
    assert_eq!(output.client_id(), Some("cid"));
    assert_eq!(output.client_secret_expires_at(), 1_707_776_000);

    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    let request = &seen[0];
    assert_eq!(
        (request.method.as_str(), request.path_and_query.as_str()),
        ("POST", "/client/register")
    );
    assert_eq!(request.headers["content-type"], "application/json");
    assert!(
        request.headers["user-agent"]
            .to_str()
            .is_ok_and(|ua| ua.starts_with("sso-oidc/")),
        "{:?}",
        request.headers
    );
    assert!(
        request.headers.get("authorization").is_none(),
        "RegisterClient is unsigned"
    );
    let body: serde_json::Value = serde_json::from_str(&request.body).expect("JSON body");
    assert_eq!(
        body,
        serde_json::json!({"clientName": "my-app", "clientType": "public", "scopes": ["sso:account:access"]})
    );
    // Every request with a body says its length, signed or not.
    assert_eq!(
        request.headers["content-length"],
        request.body.len().to_string().as_str()
    );
}

#[tokio::test]
async fn every_operation_reaches_its_route() {
    let server = serve(vec![reply(200, r#"{"accessToken": "at", "expiresIn": 5}"#)]).await;
    let client = client(&server);
    client
        .create_token()
        .client_id("c")
        .client_secret("s")
        .grant_type("refresh_token")
        .refresh_token("r")
        .send()
        .await
        .expect("ok");
    client
        .create_token_with_iam()
        .client_id("c")
        .grant_type("refresh_token")
        .send()
        .await
        .expect("ok");
    client
        .start_device_authorization()
        .client_id("c")
        .client_secret("s")
        .start_url("https://x/start")
        .send()
        .await
        .expect("ok");
    let paths: Vec<String> = server
        .seen()
        .into_iter()
        .map(|s| s.path_and_query)
        .collect();
    assert_eq!(
        paths,
        ["/token", "/token?aws_iam=t", "/device_authorization"]
    );
}

#[tokio::test]
async fn modeled_errors_map_to_their_variant_with_code_description_and_reason() {
    let real_code =
        "AuthorizationPendingException:http://internal.amazon.com/coral/com.amazonaws.sso.oidc/";
    let server = serve(vec![
        error_reply(
            400,
            real_code,
            r#"{"error": "authorization_pending", "error_description": "Pending approval"}"#,
        ),
        error_reply(
            400,
            "InvalidRequestException",
            r#"{"error": "invalid_request", "reason": "KMS_DisabledException"}"#,
        ),
        error_reply(
            401,
            "InvalidClientException",
            r#"{"error": "invalid_client"}"#,
        ),
    ])
    .await;
    let client = client(&server);
    let poll = || {
        client
            .create_token()
            .client_id("c")
            .client_secret("s")
            .grant_type("urn:ietf:params:oauth:grant-type:device_code")
            .device_code("d")
    };

    let error = poll().send().await.expect_err("pending");
    assert_eq!(error.code(), Some("AuthorizationPendingException"));
    assert_eq!(error.message(), Some("Pending approval"));
    assert_eq!(error.raw_response().map(|r| r.status()), Some(400));
    assert!(
        error
            .to_string()
            .contains("AuthorizationPendingException: Pending approval"),
        "{error}"
    );
    let service_error = error.into_service_error();
    assert!(service_error.is_authorization_pending_exception());

    let error = poll()
        .send()
        .await
        .expect_err("invalid request")
        .into_service_error();
    let sso_oidc::operation::create_token::CreateTokenError::InvalidRequestException(invalid) =
        &error
    else {
        panic!("expected InvalidRequestException, got {error:?}");
    };
    assert_eq!(
        invalid.reason(),
        Some(&sso_oidc::types::InvalidRequestExceptionReason::KmsDisabledKey)
    );

    let error = poll().send().await.expect_err("invalid client");
    assert!(error
        .as_service_error()
        .is_some_and(|e| e.is_invalid_client_exception()));
    assert_eq!(server.seen().len(), 3, "4xx errors are not retried");
}

#[tokio::test]
async fn unknown_error_codes_are_unhandled_with_code_message_and_status() {
    let server = serve(vec![error_reply(
        409,
        "BrandNewException",
        r#"{"message": "something new"}"#,
    )])
    .await;
    let error = register(&client(&server)).await.expect_err("error");
    let service_error = error.as_service_error().expect("a service error");
    assert!(service_error.is_unhandled());
    assert_eq!(
        ProvideErrorMetadata::code(service_error),
        Some("BrandNewException")
    );
    assert_eq!(
        ProvideErrorMetadata::message(service_error),
        Some("something new")
    );
    let sso_oidc::operation::register_client::RegisterClientError::Unhandled(unhandled) =
        service_error
    else {
        panic!("unhandled expected");
    };
    assert_eq!(unhandled.status(), Some(409));
}

#[tokio::test]
async fn unreadable_responses_are_errors_that_keep_status_and_body() {
    for body in [
        "<html>oops</html>",
        r#"{"clientId": "trunc"#,
        r#"{"clientId": 42}"#,
        "",
    ] {
        let server = serve(vec![reply(200, body)]).await;
        let error = register(&client(&server)).await.expect_err(body);
        assert!(
            matches!(error, SdkError::ResponseError(_)),
            "{body}: {error:?}"
        );
        let raw = error.raw_response().expect("raw response kept");
        assert_eq!((raw.status(), raw.body()), (200, body.as_bytes()));
    }
    // A modeled error whose body is broken is still an error, kept as unhandled with its cause.
    let server = serve(vec![error_reply(400, "SlowDownException", "not json")]).await;
    let error = register(&client(&server)).await.expect_err("error");
    let service_error = error.as_service_error().expect("service error");
    assert!(service_error.is_unhandled());
    assert!(
        std::error::Error::source(service_error).is_some(),
        "the parse failure is the cause"
    );
}

#[tokio::test]
async fn server_errors_are_retried_and_client_errors_are_not() {
    let server = serve(vec![
        error_reply(500, "InternalServerException", "{}"),
        reply(200, REGISTERED),
    ])
    .await;
    let output = register(&client(&server)).await.expect("retried");
    assert_eq!(output.client_id(), Some("cid"));
    assert_eq!(server.seen().len(), 2, "one retry");

    let server = serve(vec![error_reply(503, "ServiceUnavailable", "{}")]).await;
    let error = register(&client(&server)).await.expect_err("gives up");
    assert_eq!(error.raw_response().map(|r| r.status()), Some(503));
    assert_eq!(server.seen().len(), 3, "standard mode makes 3 attempts");

    let server = serve(vec![
        error_reply(400, "InvalidScopeException", "{}"),
        reply(200, REGISTERED),
    ])
    .await;
    register(&client(&server)).await.expect_err("not retried");
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_in_the_configured_time() {
    let server = serve(vec![Reply {
        status: None,
        headers: vec![],
        body: String::new(),
    }])
    .await;
    let timeouts = TimeoutConfig::standard().with_attempt_timeout(Some(Duration::from_millis(200)));
    let started = Instant::now();
    let error = register(&client_with(&server, RetryConfig::disabled(), timeouts))
        .await
        .expect_err("timeout");
    assert!(matches!(error, SdkError::TimeoutError(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn missing_required_members_fail_before_sending() {
    let server = serve(vec![reply(200, REGISTERED)]).await;
    let error = client(&server)
        .register_client()
        .client_name("a")
        .send()
        .await
        .expect_err("invalid");
    assert!(matches!(error, SdkError::ConstructionFailure(_)));
    assert!(error.to_string().contains("client_type"), "{error}");
    assert!(server.seen().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn the_region_resolves_the_aws_endpoint_without_touching_the_network() {
    use sso_oidc::config::test_util::{MockHttpClient, MockReply};
    let mock = MockHttpClient::new([MockReply::json(200, REGISTERED)]);
    let client = Client::from_conf(
        Config::builder()
            .region("eu-west-1")
            .use_fips(true)
            .http_client(mock.clone())
            .build(),
    );
    register(&client).await.expect("mocked");
    let requests = mock.requests();
    assert_eq!(
        requests[0].uri,
        "https://oidc-fips.eu-west-1.amazonaws.com/client/register"
    );

    let client = Client::from_conf(Config::builder().http_client(mock.clone()).build());
    let error = register(&client).await.expect_err("no region");
    assert!(error.to_string().contains("Missing Region"), "{error}");
}

#[tokio::test]
async fn scripted_device_flow_polls_until_success() {
    use sso_oidc::config::test_util::{MockHttpClient, MockReply};
    let pending = || {
        MockReply::error(
            400,
            "AuthorizationPendingException",
            r#"{"error": "authorization_pending"}"#,
        )
    };
    let mock = MockHttpClient::new([
        pending(),
        pending(),
        pending(),
        MockReply::error(400, "SlowDownException", r#"{"error": "slow_down"}"#),
        MockReply::json(
            200,
            r#"{"accessToken": "token", "tokenType": "Bearer", "expiresIn": 28800}"#,
        ),
    ]);
    let client = Client::from_conf(
        Config::builder()
            .region("us-east-1")
            .http_client(mock.clone())
            .build(),
    );
    let mut outcomes = Vec::new();
    let token = loop {
        let result = client
            .create_token()
            .client_id("c")
            .client_secret("s")
            .grant_type("urn:ietf:params:oauth:grant-type:device_code")
            .device_code("d")
            .send()
            .await;
        match result {
            Ok(output) => break output,
            Err(error) => outcomes.push(error.code().unwrap_or("?").to_owned()),
        }
    };
    assert_eq!(
        outcomes,
        [
            "AuthorizationPendingException",
            "AuthorizationPendingException",
            "AuthorizationPendingException",
            "SlowDownException"
        ]
    );
    assert_eq!(token.access_token(), Some("token"));
    assert_eq!(mock.requests().len(), 5);
    assert!(
        !format!("{token:?}").contains("token\""),
        "the access token is redacted"
    );
}

#[tokio::test]
async fn https_to_a_local_server_trusting_a_custom_root() {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer};
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).expect("test certificate");
    let cert = CertificateDer::from(certified.cert.der().to_vec());
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(certified.key_pair.serialize_der()));
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_no_client_auth()
        .with_single_cert(vec![cert.clone()], key)
        .expect("server config");
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(tls));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("address").port();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(tls_stream) = acceptor.accept(stream).await else {
                    return;
                };
                let service = service_fn(|_request: http::Request<hyper::body::Incoming>| async {
                    Ok::<_, Infallible>(http::Response::new(Full::new(Bytes::from_static(
                        REGISTERED.as_bytes(),
                    ))))
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(tls_stream), service)
                    .await;
            });
        }
    });

    let mut roots = rustls::RootCertStore::empty();
    roots.add(cert).expect("root added");
    let http = sso_oidc::config::HyperClient::with_roots(roots, Some(Duration::from_secs(2)));
    let config = Config::builder()
        .region("us-east-1")
        .endpoint_url(format!("https://localhost:{port}"))
        .http_client(http)
        .build();
    let output = register(&Client::from_conf(config))
        .await
        .expect("TLS works");
    assert_eq!(output.client_id(), Some("cid"));

    // Without the custom root the same server is not trusted.
    let config = Config::builder()
        .region("us-east-1")
        .endpoint_url(format!("https://localhost:{port}"))
        .retry_config(RetryConfig::disabled())
        .build();
    let error = register(&Client::from_conf(config))
        .await
        .expect_err("untrusted");
    assert!(matches!(error, SdkError::DispatchFailure(_)), "{error:?}");
}

#[tokio::test]
async fn create_token_with_iam_is_signed_with_sigv4_and_the_others_are_not() {
    let server = serve(vec![reply(200, r#"{"accessToken": "at"}"#)]).await;
    let config = Config::builder()
        .region("us-west-2")
        .endpoint_url(server.url.clone())
        .credentials(sso_oidc::config::Credentials::new(
            "AKIDEXAMPLE",
            "SECRET-KEY",
            Some("SESSION".into()),
        ))
        .build();
    let client = Client::from_conf(config);
    client
        .create_token_with_iam()
        .client_id("arn:app")
        .grant_type("refresh_token")
        .refresh_token("r")
        .send()
        .await
        .expect("signed call");
    client
        .create_token()
        .client_id("c")
        .client_secret("s")
        .grant_type("refresh_token")
        .send()
        .await
        .expect("unsigned call");
    let seen = server.seen();
    let authorization = seen[0].headers["authorization"].to_str().expect("text");
    assert!(
        authorization.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
            && authorization.contains("/us-west-2/sso-oauth/aws4_request"),
        "{authorization}"
    );
    assert!(
        authorization.contains(
            "SignedHeaders=content-length;content-type;host;x-amz-date;x-amz-security-token"
        ),
        "{authorization}"
    );
    assert_eq!(seen[0].headers["x-amz-security-token"], "SESSION");
    assert!(!authorization.contains("SECRET-KEY"));
    assert!(
        seen[1].headers.get("authorization").is_none(),
        "CreateToken carries @auth([])"
    );
}

#[tokio::test]
async fn a_signed_operation_without_credentials_fails_before_sending() {
    if std::env::var_os("AWS_ACCESS_KEY_ID").is_some() {
        eprintln!("skipping: AWS credentials are set in this environment");
        return;
    }
    let server = serve(vec![reply(200, "{}")]).await;
    let without_credentials = Config::builder()
        .region("us-east-1")
        .endpoint_url(server.url.clone())
        .build();
    let error = Client::from_conf(without_credentials)
        .create_token_with_iam()
        .client_id("c")
        .grant_type("g")
        .send()
        .await
        .expect_err("no credentials");
    assert!(matches!(error, SdkError::ConstructionFailure(_)));
    assert!(error.to_string().contains("AWS_ACCESS_KEY_ID"), "{error}");
    assert!(server.seen().is_empty());
}

#[test]
fn the_client_is_cheap_to_share_across_tasks() {
    fn shareable<T: Clone + Send + Sync + 'static>() {}
    shareable::<Client>();
    fn error_is_sendable<T: std::error::Error + Send + Sync + 'static>() {}
    error_is_sendable::<SdkError<sso_oidc::operation::create_token::CreateTokenError>>();
    error_is_sendable::<sso_oidc::Error>();
}

#[test]
fn each_attempt_is_traced_without_secrets() {
    use std::io::Write;
    #[derive(Clone, Default)]
    struct Buffer(Arc<Mutex<Vec<u8>>>);
    impl Write for Buffer {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("lock").extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buffer = Buffer::default();
    let writer = buffer.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::with_default(subscriber, || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let server = serve(vec![
                error_reply(500, "InternalServerException", "{}"),
                reply(
                    200,
                    r#"{"accessToken": "SECRET-ACCESS-TOKEN", "refreshToken": "SECRET-REFRESH"}"#,
                ),
            ])
            .await;
            client(&server)
                .create_token()
                .client_id("c")
                .client_secret("SECRET-CLIENT-SECRET")
                .grant_type("refresh_token")
                .refresh_token("SECRET-OLD-REFRESH")
                .send()
                .await
                .expect("second attempt succeeds");
        });
    });
    let log = String::from_utf8(buffer.0.lock().expect("lock").clone()).expect("utf-8");
    let closes: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("attempt") && l.contains("close"))
        .collect();
    assert_eq!(closes.len(), 2, "one span per attempt:\n{log}");
    assert!(
        closes[0].contains("operation=\"CreateToken\"")
            && closes[0].contains("attempt=1")
            && closes[0].contains("status=500"),
        "{log}"
    );
    assert!(
        closes[1].contains("attempt=2")
            && closes[1].contains("status=200")
            && closes[1].contains("duration_ms="),
        "{log}"
    );
    assert!(
        !log.contains("SECRET"),
        "a secret reached the trace:\n{log}"
    );
}

fn with_request_id(mut r: Reply, request_id: &str) -> Reply {
    r.headers.push(("x-amzn-requestid", request_id.to_owned()));
    r
}

#[tokio::test]
async fn outputs_and_errors_keep_the_request_id_and_errors_their_metadata() {
    use sso_oidc::operation::RequestId;
    let server = serve(vec![
        with_request_id(reply(200, REGISTERED), "req-ok"),
        with_request_id(
            error_reply(
                400,
                "InvalidClientMetadataException",
                r#"{"error": "invalid_client_metadata", "error_description": "bad name"}"#,
            ),
            "req-err",
        ),
        with_request_id(
            error_reply(409, "BrandNewException", r#"{"message": "new"}"#),
            "req-new",
        ),
        reply(200, REGISTERED),
    ])
    .await;
    let client = client(&server);

    let output = register(&client).await.expect("registered");
    assert_eq!(output.request_id(), Some("req-ok"));
    assert_eq!(RequestId::request_id(&output), Some("req-ok"));
    assert!(
        format!("{output:?}").contains("req-ok"),
        "Debug shows the request id"
    );
    let stored = serde_json::to_value(&output).expect("serde");
    assert!(
        stored.get("_request_id").is_none() && stored.get("client_id").is_some(),
        "serde leaves the request id out: {stored}"
    );

    let error = register(&client).await.expect_err("modeled error");
    assert_eq!(RequestId::request_id(&error), Some("req-err"));
    let error = error.into_service_error();
    let meta = error.meta();
    assert_eq!(
        (
            meta.code(),
            meta.message(),
            meta.status(),
            meta.request_id()
        ),
        (
            Some("InvalidClientMetadataException"),
            Some("bad name"),
            Some(400),
            Some("req-err")
        )
    );
    assert_eq!(error.request_id(), Some("req-err"));
    let sso_oidc::operation::register_client::RegisterClientError::InvalidClientMetadataException(
        modeled,
    ) = &error
    else {
        panic!("expected InvalidClientMetadataException, got {error:?}");
    };
    assert_eq!(modeled.request_id(), Some("req-err"));
    assert_eq!(modeled.meta(), meta);

    let error = register(&client)
        .await
        .expect_err("unknown code")
        .into_service_error();
    assert!(error.is_unhandled());
    assert_eq!(
        (
            error.meta().code(),
            error.meta().message(),
            error.request_id()
        ),
        (Some("BrandNewException"), Some("new"), Some("req-new"))
    );

    let output = register(&client).await.expect("registered");
    assert_eq!(output.request_id(), None, "no header, no request id");

    let built = sso_oidc::types::error::SlowDownException::builder()
        .error_description("wait")
        .build();
    assert_eq!(
        (
            built.meta().code(),
            built.meta().message(),
            built.request_id()
        ),
        (Some("SlowDownException"), Some("wait"), None),
        "a built error knows its code and message"
    );
}

/// Two calls in a row, returning the service-wide error with `?`.
async fn sign_in(client: &Client) -> Result<String, sso_oidc::Error> {
    let registered = register(client).await?;
    let token = client
        .create_token()
        .client_id(registered.client_id().unwrap_or_default())
        .client_secret(registered.client_secret().unwrap_or_default())
        .grant_type("urn:ietf:params:oauth:grant-type:device_code")
        .device_code("d")
        .send()
        .await?;
    Ok(token.access_token().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn question_mark_turns_any_sdk_error_into_the_service_error() {
    let server = serve(vec![
        reply(200, REGISTERED),
        with_request_id(
            error_reply(
                400,
                "AuthorizationPendingException",
                r#"{"error": "authorization_pending", "error_description": "not yet"}"#,
            ),
            "req-pending",
        ),
        reply(200, REGISTERED),
        with_request_id(reply(200, r#"{"accessToken": "#), "req-broken"),
        reply(200, REGISTERED),
        reply(200, r#"{"accessToken": "at", "expiresIn": 60}"#),
    ])
    .await;
    let client = client(&server);

    let error = sign_in(&client).await.expect_err("pending");
    assert!(
        matches!(error, sso_oidc::Error::AuthorizationPendingException(_)),
        "a service error converts as its operation error does: {error:?}"
    );
    assert_eq!(error.code(), Some("AuthorizationPendingException"));
    assert_eq!(error.request_id(), Some("req-pending"));
    assert_eq!(error.meta().status(), Some(400));

    let error = sign_in(&client).await.expect_err("unreadable");
    let sso_oidc::Error::Unhandled(unhandled) = &error else {
        panic!("a response error becomes Unhandled, got {error:?}");
    };
    assert_eq!(unhandled.status(), Some(200));
    assert_eq!(error.request_id(), Some("req-broken"));
    let source = std::error::Error::source(&error).expect("the SdkError is kept as source");
    let sdk_error = source
        .downcast_ref::<SdkError<sso_oidc::operation::create_token::CreateTokenError>>()
        .expect("the source is the operation's SdkError");
    assert!(
        matches!(sdk_error, SdkError::ResponseError(_)),
        "{sdk_error:?}"
    );

    assert_eq!(sign_in(&client).await.expect("signed in"), "at");

    let error: sso_oidc::Error = client
        .register_client()
        .send()
        .await
        .expect_err("missing members")
        .into();
    assert!(error.is_unhandled(), "{error:?}");
    assert!(
        error.to_string().contains("client_name"),
        "a construction failure says what is wrong: {error}"
    );
    assert_eq!((error.meta().status(), error.request_id()), (None, None));
}
