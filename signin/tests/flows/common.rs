//! What the flow tests share: a scratch directory, a sign-in on a scripted
//! mock client or against the local service, and the service's answers.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use sso_oidc::config::test_util::{MockHttpClient, MockReply};
use sso_oidc::config::RetryConfig;
use sso_signin::clock::ManualClock;
use sso_signin::{SignIn, SsoSession, TokenCache};

pub const START_URL: &str = "https://d-1234567890.awsapps.com/start";

/// A fresh, empty directory under the system's temporary directory.
pub fn scratch(name: &str) -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir =
        std::env::temp_dir().join(format!("sso-signin-{name}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// 2026-12-01T00:00:00Z: where manual clocks start.
pub fn epoch() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_083_200)
}

pub fn session() -> SsoSession {
    SsoSession::named("corp", START_URL, "us-east-1")
}

/// A client configuration that sends everything to `mock`, without retries.
pub fn mock_config(mock: &MockHttpClient) -> sso_oidc::config::ConfigBuilder {
    sso_oidc::Config::builder()
        .endpoint_url("https://oidc.us-east-1.amazonaws.com")
        .retry_config(RetryConfig::disabled())
        .http_client(mock.clone())
}

/// A sign-in on a mock client and a manual clock, caching in a scratch directory.
pub fn mock_signin(name: &str, replies: Vec<MockReply>) -> (SignIn, MockHttpClient, ManualClock) {
    let mock = MockHttpClient::new(replies);
    let clock = ManualClock::new(epoch());
    let signin = SignIn::builder(session())
        .config(mock_config(&mock))
        .cache(TokenCache::new(scratch(name)))
        .clock(Arc::new(clock.clone()))
        .build()
        .unwrap();
    (signin, mock, clock)
}

pub fn registered() -> MockReply {
    MockReply::json(
        200,
        r#"{"clientId":"client-1","clientSecret":"SECRET-client","clientIdIssuedAt":1796083200,"clientSecretExpiresAt":1803859200}"#,
    )
}

pub fn device_started(interval: i32, expires_in: i32) -> MockReply {
    MockReply::json(
        200,
        format!(
            r#"{{"deviceCode":"SECRET-device","userCode":"ABCD-EFGH","verificationUri":"https://device.sso.us-east-1.amazonaws.com/","verificationUriComplete":"https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH","expiresIn":{expires_in},"interval":{interval}}}"#
        ),
    )
}

pub fn tokens(access: &str, refresh: Option<&str>, expires_in: i32) -> MockReply {
    let refresh = refresh
        .map(|r| format!(r#","refreshToken":"{r}""#))
        .unwrap_or_default();
    MockReply::json(
        200,
        format!(
            r#"{{"accessToken":"{access}","tokenType":"Bearer","expiresIn":{expires_in}{refresh}}}"#
        ),
    )
}

pub fn refused(code: &str) -> MockReply {
    MockReply::error(
        400,
        code,
        format!(r#"{{"error":"{code}","error_description":"scripted"}}"#),
    )
}

/// The `CreateToken` requests the mock received.
pub fn create_token_bodies(mock: &MockHttpClient) -> Vec<serde_json::Value> {
    mock.requests()
        .into_iter()
        .filter(|r| r.uri.ends_with("/token"))
        .map(|r| serde_json::from_str(&r.body).unwrap())
        .collect()
}
