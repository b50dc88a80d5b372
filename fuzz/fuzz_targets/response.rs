//! The generated client's response readers and error dispatch: each of the four
//! operations of `sso-oidc` is sent through the scripted mock HTTP client, which
//! answers with the status, headers and body of the fuzz input. The call must
//! come back as `Ok` or `Err` (and the error must print), never panic.
//!
//! Input: a first line holding the status (`400`), header lines, a blank line,
//! the body, byte for byte.
//!
//! One client serves every input (making one parses the endpoint rules, which
//! would cost more than the call): its HTTP client answers each request with
//! the reply the current input put in [`REPLY`].
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdk_fuzz::{block_on, Message};
use sdk_runtime::client::{
    ConnectorError, ConnectorErrorKind, HttpClient, HttpFuture, ResponseBody,
};
use sso_oidc::config::{Credentials, RetryConfig};
use sso_oidc::{Client, Config};
use std::sync::{LazyLock, Mutex};

/// The response for the call in progress; each input sets it before each call.
static REPLY: Mutex<Option<http::Response<bytes::Bytes>>> = Mutex::new(None);

/// Answers with what [`REPLY`] holds, once.
struct Replay;

impl HttpClient for Replay {
    fn send(&self, _request: http::Request<sdk_runtime::ByteStream>) -> HttpFuture {
        let reply = REPLY.lock().unwrap_or_else(|e| e.into_inner()).take();
        Box::pin(async move {
            let reply = reply
                .ok_or_else(|| ConnectorError::new(ConnectorErrorKind::Io, "no reply scripted"))?;
            Ok(reply.map(ResponseBody::from_bytes))
        })
    }
}

static CLIENT: LazyLock<Client> = LazyLock::new(|| {
    Client::from_conf(
        Config::builder()
            .region("us-east-1")
            .retry_config(RetryConfig::disabled())
            .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
            .http_client(Replay)
            .build(),
    )
});

fn client(reply: &http::Response<bytes::Bytes>) -> &'static Client {
    let mut copy = http::Response::new(reply.body().clone());
    *copy.status_mut() = reply.status();
    *copy.headers_mut() = reply.headers().clone();
    *REPLY.lock().unwrap_or_else(|e| e.into_inner()) = Some(copy);
    &CLIENT
}

fn show<T: std::fmt::Debug, E: std::fmt::Debug + std::fmt::Display>(result: Result<T, E>) {
    match result {
        Ok(output) => drop(format!("{output:?}")),
        Err(error) => drop(format!("{error} {error:?}")),
    }
}

fuzz_target!(|data: &[u8]| {
    let message = Message::parse(data);
    let Some(status) = std::str::from_utf8(&message.start)
        .ok()
        .and_then(|s| s.trim().parse::<u16>().ok())
    else {
        return;
    };
    let Ok(status) = http::StatusCode::from_u16(status) else {
        return;
    };
    let mut reply = http::Response::new(message.body.clone());
    *reply.status_mut() = status;
    for (name, value) in &message.headers {
        if let (Ok(name), Ok(value)) = (
            http::HeaderName::from_bytes(name),
            http::HeaderValue::from_bytes(value),
        ) {
            reply.headers_mut().append(name, value);
        }
    }
    block_on(async {
        show(
            client(&reply)
                .register_client()
                .client_name("fuzz")
                .client_type("public")
                .send()
                .await,
        );
        show(
            client(&reply)
                .start_device_authorization()
                .client_id("id")
                .client_secret("secret")
                .start_url("https://example.awsapps.com/start")
                .send()
                .await,
        );
        show(
            client(&reply)
                .create_token()
                .client_id("id")
                .client_secret("secret")
                .grant_type("urn:ietf:params:oauth:grant-type:device_code")
                .device_code("code")
                .send()
                .await,
        );
        show(
            client(&reply)
                .create_token_with_iam()
                .client_id("arn:aws:sso::123456789012:application/a")
                .grant_type("refresh_token")
                .refresh_token("token")
                .send()
                .await,
        );
    });
});
