//! The generated SSO OIDC dispatcher: every route, every framework error, the
//! body limit, modeled and unhandled errors, and concurrent requests over a
//! real loopback connection with the generated client.

use bytes::Bytes;
use http_body_util::Full;
use serde_json::{json, Value};
use sso_oidc::operation::create_token::{CreateTokenError, CreateTokenInput, CreateTokenOutput};
use sso_oidc::operation::create_token_with_iam::{
    CreateTokenWithIamError, CreateTokenWithIamInput, CreateTokenWithIamOutput,
};
use sso_oidc::operation::register_client::{
    RegisterClientError, RegisterClientInput, RegisterClientOutput,
};
use sso_oidc::operation::start_device_authorization::{
    StartDeviceAuthorizationError, StartDeviceAuthorizationInput, StartDeviceAuthorizationOutput,
};
use sso_oidc::server::{Dispatcher, Handler, RequestContext};
use sso_oidc::types::error::{AuthorizationPendingException, InvalidClientMetadataException};
use std::sync::Mutex;

/// Records which operation ran with what, and answers from the input.
#[derive(Default)]
struct Recorder {
    calls: Mutex<Vec<String>>,
}

impl Recorder {
    fn record(&self, call: String) {
        self.calls.lock().expect("lock").push(call);
    }
}

impl Handler for Recorder {
    async fn create_token(
        &self,
        input: CreateTokenInput,
        _context: &RequestContext,
    ) -> Result<CreateTokenOutput, CreateTokenError> {
        self.record(format!("CreateToken {}", input.grant_type()));
        if input.device_code() == Some("pending") {
            return Err(CreateTokenError::AuthorizationPendingException(
                AuthorizationPendingException::builder()
                    .error("authorization_pending")
                    .error_description("not yet approved")
                    .build(),
            ));
        }
        if input.device_code() == Some("crash") {
            return Err(CreateTokenError::Unhandled(
                sso_oidc::error::Unhandled::new(sso_oidc::error::ErrorMetadata::new()),
            ));
        }
        Ok(CreateTokenOutput::builder()
            .access_token(format!("token-for-{}", input.client_id()))
            .token_type("Bearer")
            .expires_in(3600)
            .build())
    }

    async fn create_token_with_iam(
        &self,
        input: CreateTokenWithIamInput,
        _context: &RequestContext,
    ) -> Result<CreateTokenWithIamOutput, CreateTokenWithIamError> {
        self.record(format!("CreateTokenWithIAM {}", input.grant_type()));
        Ok(CreateTokenWithIamOutput::builder()
            .access_token("iam-token")
            .scope("openid")
            .scope("sso:account:access")
            .build())
    }

    async fn register_client(
        &self,
        input: RegisterClientInput,
        context: &RequestContext,
    ) -> Result<RegisterClientOutput, RegisterClientError> {
        self.record(format!(
            "RegisterClient {} scopes={:?} agent={}",
            input.client_name(),
            input.scopes(),
            context.header("user-agent").unwrap_or("-")
        ));
        if input.client_name() == "refused" {
            return Err(RegisterClientError::InvalidClientMetadataException(
                InvalidClientMetadataException::builder()
                    .error("invalid_client_metadata")
                    .error_description("this name is not allowed")
                    .build(),
            ));
        }
        Ok(RegisterClientOutput::builder()
            .client_id(format!("id-{}", input.client_name()))
            .client_secret("s3cret")
            .client_id_issued_at(1_700_000_000)
            .client_secret_expires_at(1_707_776_000)
            .build())
    }

    async fn start_device_authorization(
        &self,
        input: StartDeviceAuthorizationInput,
        _context: &RequestContext,
    ) -> Result<StartDeviceAuthorizationOutput, StartDeviceAuthorizationError> {
        self.record(format!("StartDeviceAuthorization {}", input.start_url()));
        Ok(StartDeviceAuthorizationOutput::builder()
            .device_code("dc")
            .user_code("ABCD-EFGH")
            .verification_uri("http://127.0.0.1/device")
            .expires_in(600)
            .interval(5)
            .build())
    }
}

struct Answer {
    status: u16,
    error_type: Option<String>,
    body: Value,
}

async fn send(
    dispatcher: &Dispatcher<Recorder>,
    method: &str,
    uri: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> Answer {
    let mut request = http::Request::builder().method(method).uri(uri);
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    let request = request
        .body(Full::new(Bytes::copy_from_slice(body)))
        .expect("request");
    let response = dispatcher.handle(request, None).await;
    let status = response.status().as_u16();
    assert!(
        response.headers().contains_key("x-amzn-requestid"),
        "every response carries a request id"
    );
    let error_type = response
        .headers()
        .get("x-amzn-errortype")
        .map(|v| v.to_str().expect("text").to_owned());
    let body = sdk_tests::json_body(response.into_body()).await;
    Answer {
        status,
        error_type,
        body,
    }
}

async fn post_json(dispatcher: &Dispatcher<Recorder>, uri: &str, body: Value) -> Answer {
    send(
        dispatcher,
        "POST",
        uri,
        Some("application/json"),
        body.to_string().as_bytes(),
    )
    .await
}

fn calls(dispatcher: &Dispatcher<Recorder>) -> Vec<String> {
    dispatcher.handler().calls.lock().expect("lock").clone()
}

#[tokio::test]
async fn every_route_reaches_its_operation() {
    let dispatcher = Dispatcher::new(Recorder::default());

    let answer = post_json(
        &dispatcher,
        "/client/register",
        json!({"clientName": "cli", "clientType": "public", "scopes": ["a", "b"]}),
    )
    .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.error_type, None);
    assert_eq!(
        answer.body,
        json!({"clientId": "id-cli", "clientSecret": "s3cret",
               "clientIdIssuedAt": 1_700_000_000, "clientSecretExpiresAt": 1_707_776_000})
    );

    let answer = post_json(
        &dispatcher,
        "/device_authorization",
        json!({"clientId": "c", "clientSecret": "s", "startUrl": "https://example.awsapps.com/start"}),
    )
    .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["userCode"], "ABCD-EFGH");
    assert_eq!(answer.body["interval"], 5);

    let answer = post_json(
        &dispatcher,
        "/token",
        json!({"clientId": "c", "clientSecret": "s", "grantType": "refresh_token", "refreshToken": "r"}),
    )
    .await;
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["accessToken"], "token-for-c");

    let answer = post_json(
        &dispatcher,
        "/token?aws_iam=t",
        json!({"clientId": "c", "grantType": "authorization_code", "code": "x"}),
    )
    .await;
    assert_eq!(answer.status, 200);
    assert_eq!(
        answer.body["scope"],
        json!(["openid", "sso:account:access"])
    );

    assert_eq!(
        calls(&dispatcher),
        [
            "RegisterClient cli scopes=[\"a\", \"b\"] agent=-",
            "StartDeviceAuthorization https://example.awsapps.com/start",
            "CreateToken refresh_token",
            "CreateTokenWithIAM authorization_code",
        ]
    );
}

#[tokio::test]
async fn modeled_errors_carry_their_status_code_and_members() {
    let dispatcher = Dispatcher::new(Recorder::default());
    let answer = post_json(
        &dispatcher,
        "/token",
        json!({"clientId": "c", "clientSecret": "s", "grantType": "urn:ietf:params:oauth:grant-type:device_code", "deviceCode": "pending"}),
    )
    .await;
    assert_eq!(answer.status, 400);
    assert_eq!(
        answer.error_type.as_deref(),
        Some("AuthorizationPendingException")
    );
    assert_eq!(
        answer.body,
        json!({"error": "authorization_pending", "error_description": "not yet approved"})
    );

    let answer = post_json(
        &dispatcher,
        "/client/register",
        json!({"clientName": "refused", "clientType": "public"}),
    )
    .await;
    assert_eq!(answer.status, 400);
    assert_eq!(
        answer.error_type.as_deref(),
        Some("InvalidClientMetadataException")
    );
    assert_eq!(answer.body["error_description"], "this name is not allowed");

    let answer = post_json(
        &dispatcher,
        "/token",
        json!({"clientId": "c", "clientSecret": "s", "grantType": "g", "deviceCode": "crash"}),
    )
    .await;
    assert_eq!(answer.status, 500);
    assert_eq!(answer.error_type.as_deref(), Some("InternalFailure"));
}

#[tokio::test]
async fn unknown_routes_and_wrong_methods() {
    let dispatcher = Dispatcher::new(Recorder::default());
    let answer = post_json(&dispatcher, "/nowhere", json!({})).await;
    assert_eq!(answer.status, 404);
    assert_eq!(
        answer.error_type.as_deref(),
        Some("UnknownOperationException")
    );
    let answer = send(&dispatcher, "GET", "/token", None, b"").await;
    assert_eq!(answer.status, 405);
    let answer = send(&dispatcher, "PUT", "/token?aws_iam=t", None, b"").await;
    assert_eq!(answer.status, 405);
    assert!(calls(&dispatcher).is_empty(), "no handler ran");
}

#[tokio::test]
async fn bodies_that_are_not_the_input_are_serialization_errors() {
    let dispatcher = Dispatcher::new(Recorder::default());
    for body in [
        &b"not json"[..],
        b"{\"clientName\": \"cli\"",
        b"[1, 2]",
        b"{\"clientName\": 7, \"clientType\": \"public\"}",
        b"{\"clientName\": \"cli\", \"clientType\": \"public\", \"scopes\": \"one\"}",
    ] {
        let answer = send(
            &dispatcher,
            "POST",
            "/client/register",
            Some("application/json"),
            body,
        )
        .await;
        let shown = String::from_utf8_lossy(body);
        assert_eq!(answer.status, 400, "{shown}");
        assert_eq!(
            answer.error_type.as_deref(),
            Some("SerializationException"),
            "{shown}"
        );
        assert!(answer.body["message"].is_string(), "{shown}");
    }
    assert!(calls(&dispatcher).is_empty());
}

#[tokio::test]
async fn missing_or_null_required_members_are_validation_errors_naming_them() {
    let dispatcher = Dispatcher::new(Recorder::default());
    let answer = post_json(
        &dispatcher,
        "/client/register",
        json!({"clientType": "public"}),
    )
    .await;
    assert_eq!(answer.status, 400);
    assert_eq!(answer.error_type.as_deref(), Some("ValidationException"));
    assert_eq!(answer.body["fieldList"][0]["path"], "/clientName");
    assert!(answer.body["message"]
        .as_str()
        .expect("message")
        .contains("'/clientName'"));

    // An explicit null for a required member is not a value.
    let answer = post_json(
        &dispatcher,
        "/client/register",
        json!({"clientName": null, "clientType": null}),
    )
    .await;
    assert_eq!(answer.error_type.as_deref(), Some("ValidationException"));
    let paths: Vec<&str> = answer.body["fieldList"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, ["/clientName", "/clientType"]);

    // Any other null means absent.
    let answer = post_json(
        &dispatcher,
        "/client/register",
        json!({"clientName": "cli", "clientType": "public", "scopes": null, "issuerUrl": null}),
    )
    .await;
    assert_eq!(answer.status, 200);
    assert_eq!(calls(&dispatcher), ["RegisterClient cli scopes=[] agent=-"]);
}

#[tokio::test]
async fn only_json_bodies_are_accepted() {
    let dispatcher = Dispatcher::new(Recorder::default());
    let body = json!({"clientName": "cli", "clientType": "public"}).to_string();
    let answer = send(
        &dispatcher,
        "POST",
        "/client/register",
        Some("text/plain"),
        body.as_bytes(),
    )
    .await;
    assert_eq!(answer.status, 415);
    assert_eq!(
        answer.error_type.as_deref(),
        Some("UnsupportedMediaTypeException")
    );
    let answer = send(
        &dispatcher,
        "POST",
        "/client/register",
        None,
        body.as_bytes(),
    )
    .await;
    assert_eq!(answer.status, 415, "a body needs a Content-Type");
    let answer = send(
        &dispatcher,
        "POST",
        "/client/register",
        Some("application/json; charset=utf-8"),
        body.as_bytes(),
    )
    .await;
    assert_eq!(answer.status, 200, "parameters are allowed");
}

#[tokio::test]
async fn bodies_over_the_limit_are_refused_with_413() {
    let dispatcher = Dispatcher::new(Recorder::default()).body_limit(64);
    let big = json!({"clientName": "x".repeat(100), "clientType": "public"}).to_string();
    let answer = send(
        &dispatcher,
        "POST",
        "/client/register",
        Some("application/json"),
        big.as_bytes(),
    )
    .await;
    assert_eq!(answer.status, 413);
    assert!(calls(&dispatcher).is_empty());

    // The default limit is 1 MiB.
    let dispatcher = Dispatcher::new(Recorder::default());
    let name = "x".repeat(2 << 20);
    let huge = json!({"clientName": name, "clientType": "public"}).to_string();
    let answer = send(
        &dispatcher,
        "POST",
        "/client/register",
        Some("application/json"),
        huge.as_bytes(),
    )
    .await;
    assert_eq!(answer.status, 413);
}

/// The dispatcher served on loopback, called by the generated client from 64
/// tasks at once: every call gets its own answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serves_concurrent_requests_over_loopback() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let dispatcher = std::sync::Arc::new(Dispatcher::new(Recorder::default()));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(sso_oidc::server::serve(
        listener,
        std::sync::Arc::clone(&dispatcher),
        async move {
            let _ = stopped.await;
        },
    ));
    let client = sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url(format!("http://{address}"))
            .build(),
    );
    let tasks: Vec<_> = (0..64)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .register_client()
                    .client_name(format!("app-{i}"))
                    .client_type("public")
                    .send()
                    .await
            })
        })
        .collect();
    for (i, task) in tasks.into_iter().enumerate() {
        let output = task.await.expect("task").expect("call succeeds");
        assert_eq!(output.client_id(), Some(format!("id-app-{i}").as_str()));
    }
    let error = client
        .register_client()
        .client_name("refused")
        .client_type("public")
        .send()
        .await
        .expect_err("modeled error");
    let error = error.into_service_error();
    assert!(error.is_invalid_client_metadata_exception(), "{error:?}");
    assert_eq!(dispatcher.handler().calls.lock().expect("lock").len(), 65);
    let agents = dispatcher.handler().calls.lock().expect("lock").clone();
    assert!(
        agents.iter().all(|c| c.contains("agent=sso-oidc/")),
        "the handler sees request headers: {:?}",
        agents.first()
    );
    stop.send(()).expect("server running");
    tokio::time::timeout(std::time::Duration::from_secs(5), server)
        .await
        .expect("graceful shutdown finishes")
        .expect("server task");
}

#[test]
fn each_request_is_traced_with_its_operation_and_status_and_no_secret() {
    use std::io::Write;
    #[derive(Clone, Default)]
    struct Buffer(std::sync::Arc<Mutex<Vec<u8>>>);
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
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let dispatcher = Dispatcher::new(Recorder::default());
            let ok = post_json(
                &dispatcher,
                "/token",
                json!({"clientId": "c", "clientSecret": "SECRET-CLIENT", "grantType": "refresh_token",
                       "refreshToken": "SECRET-REFRESH"}),
            )
            .await;
            assert_eq!(ok.status, 200);
            let invalid = post_json(&dispatcher, "/client/register", json!({"clientName": 1})).await;
            assert_eq!(invalid.status, 400);
        });
    });
    let log = String::from_utf8(buffer.0.lock().expect("lock").clone()).expect("utf-8");
    let closes: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("request") && l.contains("close"))
        .collect();
    assert_eq!(closes.len(), 2, "one span per request:\n{log}");
    assert!(
        closes[0].contains("operation=\"CreateToken\"") && closes[0].contains("status=200"),
        "{log}"
    );
    assert!(
        closes[1].contains("operation=\"RegisterClient\"") && closes[1].contains("status=400"),
        "a framework error is traced with its status:\n{log}"
    );
    assert!(
        !log.contains("SECRET"),
        "a secret reached the trace:\n{log}"
    );
}

/// Mangled bodies (random bytes changed, cut or dropped from valid requests)
/// get a framework error or a modeled answer, always as JSON, never a panic.
#[tokio::test]
async fn mangled_bodies_never_panic_the_dispatcher() {
    let dispatcher = Dispatcher::new(Recorder::default());
    let valid = [
        (
            "/client/register",
            json!({"clientName": "cli", "clientType": "public", "scopes": ["a"], "grantTypes": ["refresh_token"]}),
        ),
        (
            "/token",
            json!({"clientId": "c", "clientSecret": "s", "grantType": "refresh_token", "scope": ["x", "y"]}),
        ),
    ];
    let mut rng = fastrand::Rng::with_seed(42);
    let pool = b"{}[]\":,0-e.\\ntfu\x00\xff ";
    for round in 0..600 {
        let (path, body) = &valid[round % valid.len()];
        let mut bytes = body.to_string().into_bytes();
        for _ in 0..rng.usize(1..4) {
            if bytes.is_empty() {
                break;
            }
            let at = rng.usize(..bytes.len());
            match rng.u8(..3) {
                0 => bytes[at] = pool[rng.usize(..pool.len())],
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.truncate(at),
            }
        }
        let answer = send(&dispatcher, "POST", path, Some("application/json"), &bytes).await;
        assert!(
            matches!(answer.status, 200 | 400),
            "{} for {:?}",
            answer.status,
            String::from_utf8_lossy(&bytes)
        );
        if answer.status == 400 {
            assert!(
                matches!(
                    answer.error_type.as_deref(),
                    Some("SerializationException" | "ValidationException")
                ),
                "{:?} for {:?}",
                answer.error_type,
                String::from_utf8_lossy(&bytes)
            );
        }
    }
}
