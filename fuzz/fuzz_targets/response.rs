//! The generated client's response readers and error dispatch: each of the four
//! operations of `sso-oidc` is sent through the scripted mock HTTP client, which
//! answers with the status, headers and body of the fuzz input. The call must
//! come back as `Ok` or `Err` (and the error must print), never panic.
//!
//! Input: a first line holding the status (`400`), header lines, a blank line,
//! the body. The mock's body is a `String`, so bytes that are not UTF-8 reach
//! the client replaced by U+FFFD.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdk_fuzz::{block_on, Message};
use sso_oidc::config::test_util::{MockHttpClient, MockReply};
use sso_oidc::config::{Credentials, RetryConfig};
use sso_oidc::{Client, Config};

fn client(reply: &MockReply) -> Client {
    Client::from_conf(
        Config::builder()
            .region("us-east-1")
            .retry_config(RetryConfig::disabled())
            .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
            .http_client(MockHttpClient::new([reply.clone()]))
            .build(),
    )
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
    let reply = MockReply::Response {
        status,
        headers: message
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    String::from_utf8_lossy(n).into_owned(),
                    String::from_utf8_lossy(v).into_owned(),
                )
            })
            .collect(),
        body: String::from_utf8_lossy(&message.body).into_owned(),
    };
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
