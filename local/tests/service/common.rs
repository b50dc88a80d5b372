//! What the local service's integration tests share: a service on loopback
//! with an injected clock, the generated client pointed at it, and raw HTTP
//! for the pages.

use http_body_util::{BodyExt, Full};
use sso_oidc::error::SdkError;
use sso_oidc::operation::start_device_authorization::{
    StartDeviceAuthorizationError, StartDeviceAuthorizationOutput,
};
use sso_oidc_local::{
    LocalService, LocalServiceBuilder, ManualClock, RunningService, SequentialCodes,
};
use std::sync::Arc;
use std::time::Duration;

pub const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

pub struct Fixture {
    pub service: RunningService,
    pub clock: Arc<ManualClock>,
    pub client: sso_oidc::Client,
}

pub async fn start() -> Fixture {
    start_with(|builder| builder).await
}

/// A fixture whose service `configure` adjusts (limits, say).
pub async fn start_with(
    configure: impl FnOnce(LocalServiceBuilder) -> LocalServiceBuilder,
) -> Fixture {
    let clock = Arc::new(ManualClock::new(Duration::from_secs(1_800_000_000)));
    let service = configure(LocalService::builder())
        .clock(clock.clone())
        .codes(Arc::new(SequentialCodes::default()))
        .start("127.0.0.1:0")
        .await
        .expect("service starts");
    let client = sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url(service.url())
            .credentials(sso_oidc::config::Credentials::new(
                "AKIDEXAMPLE",
                "secret",
                None,
            ))
            .build(),
    );
    Fixture {
        service,
        clock,
        client,
    }
}

pub struct Registered {
    pub id: String,
    pub secret: String,
}

pub async fn register(client: &sso_oidc::Client) -> Registered {
    let out = client
        .register_client()
        .client_name("local-test")
        .client_type("public")
        .scopes("sso:account:access")
        .send()
        .await
        .expect("register");
    Registered {
        id: out.client_id().expect("id").to_owned(),
        secret: out.client_secret().expect("secret").to_owned(),
    }
}

/// Sends a raw request (for the pages, which the SDK does not know).
pub async fn raw(
    method: &str,
    url: &str,
    content_type: &str,
    body: String,
) -> (u16, http::HeaderMap, String) {
    raw_with(method, url, &[("content-type", content_type)], body).await
}

/// Starts a device sign-in for `client`, as the CLI does.
pub async fn start_sign_in(
    f: &Fixture,
    client: &Registered,
) -> Result<StartDeviceAuthorizationOutput, SdkError<StartDeviceAuthorizationError>> {
    f.client
        .start_device_authorization()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .start_url("https://example.awsapps.com/start")
        .send()
        .await
}

pub async fn approve(service: &RunningService, user_code: &str, approve: bool) -> u16 {
    let body = serde_json::json!({"userCode": user_code, "approve": approve}).to_string();
    raw(
        "POST",
        &format!("{}/_local/approve", service.url()),
        "application/json",
        body,
    )
    .await
    .0
}

pub async fn poll(
    f: &Fixture,
    client: &Registered,
    device_code: &str,
) -> Result<sso_oidc::operation::create_token::CreateTokenOutput, String> {
    f.client
        .create_token()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .grant_type(DEVICE_GRANT)
        .device_code(device_code)
        .send()
        .await
        .map_err(|e| e.code().unwrap_or("no code").to_owned())
}

/// Sends `method` to `url` with extra `headers` (an `Origin`, say).
pub async fn raw_with(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: String,
) -> (u16, http::HeaderMap, String) {
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<Full<bytes::Bytes>>();
    let mut request = http::Request::builder().method(method).uri(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = request
        .body(Full::new(bytes::Bytes::from(body)))
        .expect("request");
    let response = client.request(request).await.expect("response");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

/// The anti-forgery token a page's form carries.
pub fn form_token(page: &str) -> String {
    let marker = "name=\"form_token\" value=\"";
    let start = page
        .find(marker)
        .map(|i| i + marker.len())
        .unwrap_or_else(|| {
            panic!("no form token on the page: {page}");
        });
    let end = page[start..].find('"').expect("token ends") + start;
    page[start..end].to_owned()
}

/// Opens `path?query` as a person would, then submits its form with `action`
/// (the way the page's own form does): returns the POST's answer.
pub async fn submit_form(
    service: &RunningService,
    path: &str,
    query: &str,
    action: &str,
) -> (u16, http::HeaderMap, String) {
    let url = format!("{}{path}", service.url());
    let (status, _, page) = raw(
        "GET",
        &format!("{url}?{query}"),
        "text/plain",
        String::new(),
    )
    .await;
    assert_eq!(status, 200, "{page}");
    let token = form_token(&page);
    raw(
        "POST",
        &url,
        "application/x-www-form-urlencoded",
        format!("{query}&form_token={token}&action={action}"),
    )
    .await
}
