//! The generated client against hostile or broken servers on 127.0.0.1: raw
//! sockets writing HTTP by hand, so nothing in a server library tidies up what
//! they send. A body larger than the client accepts is refused (from its
//! `Content-Length`, or as the stream passes the limit) with a typed error and
//! without retries; an unreadable 200 never shows its tokens in `Debug` or
//! `Display`; a server that drips bytes cannot hold a call past the operation
//! timeout.

use sso_oidc::config::{RetryConfig, TimeoutConfig, DEFAULT_MAX_RESPONSE_BODY};
use sso_oidc::error::{ResponseBodyTooLarge, SdkError};
use sso_oidc::{Client, Config};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

/// What the server does once it has read a request head.
#[derive(Clone)]
enum Behaviour {
    /// Sends `head`, then writes body bytes until the client goes away.
    Flood { head: String },
    /// Sends `response` one byte every `interval`.
    Drip {
        response: String,
        interval: Duration,
    },
    /// Sends `response` at once.
    Answer { response: String },
}

struct Hostile {
    url: String,
    /// How many connections were accepted.
    connections: Arc<AtomicUsize>,
    /// The number of bytes each finished connection managed to write.
    finished: mpsc::UnboundedReceiver<u64>,
}

impl Hostile {
    /// The bytes the next connection to finish wrote, waiting up to 10 s for it
    /// to notice that the client is gone.
    async fn bytes_written(&mut self) -> u64 {
        tokio::time::timeout(Duration::from_secs(10), self.finished.recv())
            .await
            .expect("the client closed the connection")
            .expect("the server is running")
    }
}

/// The server's send buffer: small, so that what the server counts as written
/// is close to what left it.
const SEND_BUFFER: u32 = 64 * 1024;

/// What the kernels may hold between a write the server counts and a read by
/// the client: the server's send buffer and the client's receive buffer, which
/// Linux grows with the reading rate (`net.ipv4.tcp_rmem`).
const IN_FLIGHT: u64 = 8 * 1024 * 1024;

async fn hostile(behaviour: Behaviour) -> Hostile {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .set_send_buffer_size(SEND_BUFFER)
        .expect("send buffer");
    socket
        .bind("127.0.0.1:0".parse().expect("address"))
        .expect("bind loopback");
    let listener = socket.listen(64).expect("listen");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let connections = Arc::new(AtomicUsize::new(0));
    let (done, finished) = mpsc::unbounded_channel();
    let accepted = connections.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            accepted.fetch_add(1, Ordering::SeqCst);
            let (behaviour, done) = (behaviour.clone(), done.clone());
            tokio::spawn(async move {
                let written = misbehave(stream, behaviour).await;
                let _ = done.send(written);
            });
        }
    });
    Hostile {
        url,
        connections,
        finished,
    }
}

/// Reads what has arrived (0: the peer closed).
async fn read_some(stream: &TcpStream, buffer: &mut [u8]) -> std::io::Result<usize> {
    loop {
        stream.readable().await?;
        match stream.try_read(buffer) {
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
            result => return result,
        }
    }
}

/// Writes all of `data`.
async fn write_all(stream: &TcpStream, mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        stream.writable().await?;
        match stream.try_write(data) {
            Ok(n) => data = &data[n..],
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Reads one request head, then does `behaviour`; returns the bytes written.
async fn misbehave(stream: TcpStream, behaviour: Behaviour) -> u64 {
    let mut request = Vec::new();
    let mut buffer = [0u8; 4096];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match read_some(&stream, &mut buffer).await {
            Ok(0) | Err(_) => return 0,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
    let mut written = 0u64;
    match behaviour {
        Behaviour::Answer { response } => {
            if write_all(&stream, response.as_bytes()).await.is_ok() {
                written += response.len() as u64;
            }
            // Let the client read before the socket closes.
            let _ = read_some(&stream, &mut buffer).await;
        }
        Behaviour::Drip { response, interval } => {
            for byte in response.as_bytes() {
                if write_all(&stream, &[*byte]).await.is_err() {
                    break;
                }
                written += 1;
                tokio::time::sleep(interval).await;
            }
        }
        Behaviour::Flood { head } => {
            if write_all(&stream, head.as_bytes()).await.is_err() {
                return 0;
            }
            written += head.len() as u64;
            let chunked = head.contains("chunked");
            let payload = vec![b'a'; 64 * 1024];
            let mut frame = Vec::new();
            if chunked {
                frame.extend_from_slice(format!("{:x}\r\n", payload.len()).as_bytes());
            }
            frame.extend_from_slice(&payload);
            if chunked {
                frame.extend_from_slice(b"\r\n");
            }
            // Endless: until the client goes away (or 2 GiB, should it never).
            while written < 2 << 30 {
                if write_all(&stream, &frame).await.is_err() {
                    break;
                }
                written += frame.len() as u64;
            }
        }
    }
    written
}

fn config(url: &str) -> sso_oidc::config::ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .endpoint_url(url)
        .retry_config(RetryConfig::standard().with_initial_backoff(Duration::from_millis(5)))
}

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

/// The typed error behind a refused body.
fn too_large<E: std::fmt::Debug>(error: &SdkError<E>) -> &ResponseBodyTooLarge {
    let SdkError::ResponseError(response) = error else {
        panic!("expected a response error, got {error:?}");
    };
    response
        .body_too_large()
        .unwrap_or_else(|| panic!("expected a body over the limit, got {error:?}"))
}

#[test]
fn the_defaults_bound_bodies_and_whole_operations() {
    assert_eq!(DEFAULT_MAX_RESPONSE_BODY, 32 * 1024 * 1024);
    let config = Config::builder().build();
    assert_eq!(config.max_response_body(), DEFAULT_MAX_RESPONSE_BODY);
    let timeouts = config.timeout_config();
    assert_eq!(timeouts.operation_timeout(), Some(Duration::from_secs(60)));
    assert_eq!(timeouts.attempt_timeout(), Some(Duration::from_secs(30)));
    assert_eq!(
        timeouts.connect_timeout(),
        Some(Duration::from_millis(3100))
    );
    assert_eq!(TimeoutConfig::default(), TimeoutConfig::standard());
    assert_eq!(
        Config::builder()
            .max_response_body(1234)
            .build()
            .max_response_body(),
        1234
    );
}

#[tokio::test]
async fn a_body_announced_at_1_gib_is_refused_before_it_is_read() {
    let mut server = hostile(Behaviour::Flood {
        head: format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            1u64 << 30
        ),
    })
    .await;
    // The default limit.
    let client = Client::from_conf(config(&server.url).build());
    let started = Instant::now();
    let error = register(&client).await.expect_err("refused");
    let elapsed = started.elapsed();
    let refused = too_large(&error);
    assert_eq!(
        (refused.limit(), refused.content_length()),
        (DEFAULT_MAX_RESPONSE_BODY, Some(1 << 30))
    );
    assert_eq!(
        refused.to_string(),
        "response body exceeds the limit of 33554432 bytes (Content-Length: 1073741824)"
    );
    assert!(
        error.to_string().ends_with(
            "response body exceeds the limit of 33554432 bytes (Content-Length: 1073741824)"
        ),
        "{error}"
    );
    let raw = error.raw_response().expect("status and headers kept");
    assert_eq!((raw.status(), raw.body().len()), (200, 0));
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    // Nothing of the body was read: the server wrote only what the kernels buffer.
    let written = server.bytes_written().await;
    assert!(written < IN_FLIGHT, "the server wrote {written} bytes");
    assert_eq!(server.connections.load(Ordering::SeqCst), 1, "not retried");
}

#[tokio::test]
async fn an_endless_chunked_body_stops_at_the_limit() {
    for limit in [1024 * 1024, DEFAULT_MAX_RESPONSE_BODY] {
        let mut server = hostile(Behaviour::Flood {
            head: "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
                .to_owned(),
        })
        .await;
        let mut builder = config(&server.url);
        if limit != DEFAULT_MAX_RESPONSE_BODY {
            builder = builder.max_response_body(limit);
        }
        let client = Client::from_conf(builder.build());
        let started = Instant::now();
        let error = register(&client).await.expect_err("refused");
        let elapsed = started.elapsed();
        let refused = too_large(&error);
        assert_eq!((refused.limit(), refused.content_length()), (limit, None));
        assert!(
            error
                .to_string()
                .ends_with(&format!("response body exceeds the limit of {limit} bytes")),
            "{error}"
        );
        assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
        // The client stopped reading at the limit: the server could write no
        // more than the limit and what the kernels buffer in between.
        let written = server.bytes_written().await;
        assert!(
            written > limit && written < limit + IN_FLIGHT,
            "limit {limit}: the server wrote {written} bytes"
        );
        assert_eq!(server.connections.load(Ordering::SeqCst), 1, "not retried");
    }
}

#[tokio::test]
async fn a_server_error_with_a_huge_body_is_not_retried() {
    let mut server = hostile(Behaviour::Flood {
        head: "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 2000000\r\n\r\n".to_owned(),
    })
    .await;
    let client = Client::from_conf(config(&server.url).max_response_body(1_000_000).build());
    let error = register(&client).await.expect_err("refused");
    assert_eq!(too_large(&error).content_length(), Some(2_000_000));
    assert_eq!(error.raw_response().map(|r| r.status()), Some(503));
    server.bytes_written().await;
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn bodies_up_to_the_limit_are_read() {
    let body = r#"{"clientId": "cid", "clientSecret": "cs", "clientIdIssuedAt": 1, "clientSecretExpiresAt": 2}"#;
    for (chunked, limit, fits) in [
        (false, body.len(), true),
        (false, body.len() - 1, false),
        (true, body.len(), true),
        (true, body.len() - 1, false),
    ] {
        let response = if chunked {
            let (a, b) = body.split_at(10);
            format!(
                "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n",
                a.len(),
                b.len()
            )
        } else {
            format!(
                "HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            )
        };
        let server = hostile(Behaviour::Answer { response }).await;
        let client = Client::from_conf(config(&server.url).max_response_body(limit as u64).build());
        let result = register(&client).await;
        match result {
            Ok(output) => {
                assert!(fits, "limit {limit} read a {}-byte body", body.len());
                assert_eq!(output.client_id(), Some("cid"));
            }
            Err(error) => {
                assert!(!fits, "chunked {chunked}, limit {limit}: {error}");
                assert_eq!(too_large(&error).limit(), limit as u64);
            }
        }
    }
}

#[tokio::test]
async fn the_mock_client_honours_the_limit() {
    use sso_oidc::config::test_util::{MockHttpClient, MockReply};
    let body = r#"{"clientId": "cid", "clientSecret": "cs", "clientIdIssuedAt": 1, "clientSecretExpiresAt": 2}"#;
    let mock = MockHttpClient::new([MockReply::json(200, body), MockReply::json(200, body)]);
    let config = |limit: usize| {
        Config::builder()
            .region("us-east-1")
            .http_client(mock.clone())
            .max_response_body(limit as u64)
            .build()
    };
    let error = register(&Client::from_conf(config(body.len() - 1)))
        .await
        .expect_err("over the limit");
    assert_eq!(too_large(&error).limit(), body.len() as u64 - 1);
    assert_eq!(mock.requests().len(), 1, "not retried");
    let output = register(&Client::from_conf(config(body.len())))
        .await
        .expect("at the limit");
    assert_eq!(output.client_id(), Some("cid"));
}

const SECRETS: [&str; 4] = [
    "ACCESS-TOKEN-c2VjcmV0",
    "REFRESH-TOKEN-c2VjcmV0",
    "ID-TOKEN-c2VjcmV0",
    "CLIENT-SECRET-c2VjcmV0",
];

/// Every way an error can be printed, for `error` and what it converts into.
fn printed(error: SdkError<sso_oidc::operation::create_token::CreateTokenError>) -> Vec<String> {
    let mut out = vec![
        format!("{error:?}"),
        format!("{error}"),
        format!("{error:#?}"),
    ];
    if let Some(raw) = error.raw_response() {
        out.push(format!("{raw:?}"));
    }
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        out.push(format!("{cause:?}"));
        out.push(format!("{cause}"));
        source = cause.source();
    }
    let service_error = error.into_service_error();
    out.push(format!("{service_error:?}"));
    out.push(format!("{service_error}"));
    let any: sso_oidc::Error = service_error.into();
    out.push(format!("{any:?}"));
    out.push(format!("{any}"));
    out
}

async fn create_token(
    url: &str,
) -> Result<
    sso_oidc::operation::create_token::CreateTokenOutput,
    SdkError<sso_oidc::operation::create_token::CreateTokenError>,
> {
    Client::from_conf(config(url).build())
        .create_token()
        .client_id("cid")
        .client_secret(SECRETS[3])
        .grant_type("refresh_token")
        .refresh_token("old")
        .send()
        .await
}

#[tokio::test]
async fn unreadable_token_responses_never_print_their_tokens() {
    let [access, refresh, id, _] = SECRETS;
    let documents = [
        // Cut short: a syntax error.
        format!(
            r#"{{"accessToken": "{access}", "refreshToken": "{refresh}", "idToken": "{id}", "expiresIn": 36"#
        ),
        // Well-formed, but a member of the wrong type.
        format!(
            r#"{{"accessToken": "{access}", "refreshToken": "{refresh}", "idToken": "{id}", "expiresIn": "{access}"}}"#
        ),
        // Not JSON at all, the secrets first.
        format!("{access} {refresh} {id}"),
        // A secret where a key should be.
        format!(r#"{{"{access}": 1, "{refresh}" "{id}"}}"#),
    ];
    for document in documents {
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{document}",
            document.len()
        );
        let server = hostile(Behaviour::Answer { response }).await;
        let error = create_token(&server.url).await.expect_err("unreadable");
        assert!(matches!(error, SdkError::ResponseError(_)), "{error:?}");
        let raw = error.raw_response().expect("raw");
        assert_eq!(raw.body(), document.as_bytes(), "the body stays readable");
        let display = error.to_string();
        assert!(
            display.contains(&format!(
                "HTTP 200, application/json, {} bytes",
                document.len()
            )),
            "{display}"
        );
        for text in printed(error) {
            for secret in SECRETS {
                assert!(
                    !text.contains(secret),
                    "{secret} printed for {document}:\n{text}"
                );
            }
        }
    }
}

#[tokio::test]
async fn error_responses_never_print_their_bodies() {
    let [access, refresh, id, _] = SECRETS;
    for (code, document) in [
        // A modeled error with extra members.
        (
            "InvalidGrantException",
            format!(
                r#"{{"error": "invalid_grant", "error_description": "no", "accessToken": "{access}", "refreshToken": "{refresh}"}}"#
            ),
        ),
        // A modeled error whose body does not parse.
        ("SlowDownException", format!("{access} {id}")),
        // An error the model does not know.
        ("Mystery", format!(r#"{{"idToken": "{id}"}}"#)),
    ] {
        let response = format!(
            "HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\nx-amzn-errortype: {code}\r\ncontent-length: {}\r\n\r\n{document}",
            document.len()
        );
        let server = hostile(Behaviour::Answer { response }).await;
        let error = create_token(&server.url).await.expect_err("refused");
        assert!(matches!(error, SdkError::ServiceError(_)), "{error:?}");
        assert_eq!(
            error.raw_response().map(|r| r.body()),
            Some(document.as_bytes())
        );
        for text in printed(error) {
            for secret in SECRETS {
                assert!(
                    !text.contains(secret),
                    "{secret} printed for {code}:\n{text}"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_dripping_server_cannot_hold_a_call_past_the_operation_timeout() {
    let response =
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";
    let mut server = hostile(Behaviour::Drip {
        response: response.to_owned(),
        interval: Duration::from_millis(100),
    })
    .await;
    // Each attempt alone would last the 8 s the whole answer takes to drip (under
    // its 30 s timeout); the operation timeout ends the call.
    let operation = Duration::from_millis(1500);
    let client = Client::from_conf(
        config(&server.url)
            .timeout_config(TimeoutConfig::standard().with_operation_timeout(Some(operation)))
            .build(),
    );
    let started = Instant::now();
    let error = register(&client).await.expect_err("timed out");
    let elapsed = started.elapsed();
    assert!(matches!(error, SdkError::TimeoutError(_)), "{error:?}");
    assert_eq!(
        error.to_string(),
        "the operation did not finish within 1.5s"
    );
    assert!(
        elapsed >= operation && elapsed < operation + Duration::from_secs(1),
        "{elapsed:?}"
    );
    // The connection was dropped: the server's next byte fails.
    let written = server.bytes_written().await;
    assert!(written < response.len() as u64, "{written}");

    // The per-attempt timeout still ends each attempt, and the attempts are retried.
    let mut server = hostile(Behaviour::Drip {
        response: response.to_owned(),
        interval: Duration::from_millis(100),
    })
    .await;
    let client = Client::from_conf(
        config(&server.url)
            .timeout_config(
                TimeoutConfig::standard()
                    .with_attempt_timeout(Some(Duration::from_millis(300)))
                    .with_operation_timeout(Some(Duration::from_secs(5))),
            )
            .build(),
    );
    let started = Instant::now();
    let error = register(&client).await.expect_err("timed out");
    assert_eq!(error.to_string(), "no response within 300ms");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    for _ in 0..3 {
        server.bytes_written().await;
    }
    assert_eq!(server.connections.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn no_retry_starts_when_its_backoff_would_pass_the_operation_deadline() {
    let response = "HTTP/1.1 503 Service Unavailable\r\ncontent-length: 2\r\n\r\n{}";
    let server = hostile(Behaviour::Answer {
        response: response.to_owned(),
    })
    .await;
    // A backoff of up to 11 days: the chance it falls under the 1 s deadline is 1e-6.
    let backoff = Duration::from_secs(1_000_000);
    let client = Client::from_conf(
        config(&server.url)
            .retry_config(
                RetryConfig::standard()
                    .with_initial_backoff(backoff)
                    .with_max_backoff(backoff),
            )
            .timeout_config(
                TimeoutConfig::standard().with_operation_timeout(Some(Duration::from_secs(1))),
            )
            .build(),
    );
    let started = Instant::now();
    let error = register(&client).await.expect_err("503");
    // The last answer, at once, rather than a timeout after waiting for nothing.
    assert!(matches!(error, SdkError::ServiceError(_)), "{error:?}");
    assert_eq!(error.raw_response().map(|r| r.status()), Some(503));
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(server.connections.load(Ordering::SeqCst), 1);
}
