//! A device sign-in, start to finish, with the generated client against the
//! local service on the generated dispatcher: what `cargo xtask demo` runs.
//!
//! Every step prints what the client got back; `Debug` output shows that
//! secrets (client secret, tokens) are redacted.

use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let interval = Duration::from_secs(1);
    let service = sso_oidc_local::LocalService::builder()
        .interval(interval)
        .start("127.0.0.1:0")
        .await?;
    println!("local SSO OIDC service on {}\n", service.url());
    let client = sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url(service.url())
            .build(),
    );

    let registered = client
        .register_client()
        .client_name("walkthrough")
        .client_type("public")
        .scopes("sso:account:access")
        .send()
        .await?;
    println!("RegisterClient → {registered:#?}\n");
    let (id, secret) = (
        registered.client_id().unwrap_or_default(),
        registered.client_secret().unwrap_or_default(),
    );

    let device = client
        .start_device_authorization()
        .client_id(id)
        .client_secret(secret)
        .start_url("https://example.awsapps.com/start")
        .send()
        .await?;
    println!("StartDeviceAuthorization → {device:#?}\n");

    let poll = || {
        client
            .create_token()
            .client_id(id)
            .client_secret(secret)
            .grant_type("urn:ietf:params:oauth:grant-type:device_code")
            .device_code(device.device_code().unwrap_or_default())
            .send()
    };
    match poll().await {
        Err(error) => println!(
            "CreateToken before approval → {} ({})\n",
            error.code().unwrap_or("?"),
            error.message().unwrap_or("")
        ),
        Ok(_) => return Err("the service issued a token before approval".into()),
    }

    let user_code = device.user_code().unwrap_or_default();
    println!(
        "the user approves {user_code} (in a browser: {})\n",
        device.verification_uri_complete().unwrap_or_default()
    );
    if !service.oidc().decide(user_code, true) {
        return Err("the sign-in was not waiting for approval".into());
    }
    tokio::time::sleep(interval).await;
    let tokens = poll().await?;
    println!("CreateToken after approval → {tokens:#?}\n");

    let refreshed = client
        .create_token()
        .client_id(id)
        .client_secret(secret)
        .grant_type("refresh_token")
        .refresh_token(tokens.refresh_token().unwrap_or_default())
        .send()
        .await?;
    println!("CreateToken (refresh) → {refreshed:#?}\n");

    let error = client
        .start_device_authorization()
        .client_id(id)
        .client_secret("not-the-secret")
        .start_url("https://example.awsapps.com/start")
        .send()
        .await
        .expect_err("a wrong secret is refused");
    println!("StartDeviceAuthorization with a wrong secret → {error}");
    if let Some(service_error) = error.as_service_error() {
        println!(
            "  typed: is_invalid_client_exception() = {}",
            service_error.is_invalid_client_exception()
        );
    }
    service.shutdown().await;
    Ok(())
}
