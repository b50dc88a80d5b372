//! aws-sdk-ssooidc, the official Rust SDK, against the local service: the
//! whole device flow, a refresh, and one modeled error per operation, each
//! read by the official SDK exactly as it reads AWS's answers.

use aws_sdk_ssooidc::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_ssooidc::error::ProvideErrorMetadata;
use sso_oidc_local::LocalService;
use std::time::Duration;

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";

#[tokio::test]
async fn device_flow_refresh_and_modeled_errors() {
    let service = LocalService::builder()
        .interval(Duration::ZERO)
        .start("127.0.0.1:0")
        .await
        .expect("service starts");
    let config = aws_sdk_ssooidc::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(service.url())
        .credentials_provider(Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
            None,
            "test",
        ))
        .build();
    let client = aws_sdk_ssooidc::Client::from_conf(config);

    let registered = client
        .register_client()
        .client_name("aws-sdk-rust")
        .client_type("public")
        .scopes("sso:account:access")
        .send()
        .await
        .expect("register");
    let id = registered.client_id().expect("client id");
    let secret = registered.client_secret().expect("client secret");
    assert!(
        registered.client_secret_expires_at() - registered.client_id_issued_at() == 90 * 24 * 3600
    );

    let device = client
        .start_device_authorization()
        .client_id(id)
        .client_secret(secret)
        .start_url("https://example.awsapps.com/start")
        .send()
        .await
        .expect("start device authorization");
    assert_eq!(device.expires_in(), 600);
    let user_code = device.user_code().expect("user code");
    assert_eq!(user_code.len(), 9);

    let poll = || {
        client
            .create_token()
            .client_id(id)
            .client_secret(secret)
            .grant_type(DEVICE_GRANT)
            .device_code(device.device_code().expect("device code"))
            .send()
    };
    let pending = poll().await.expect_err("pending before approval");
    let pending = pending.into_service_error();
    assert!(pending.is_authorization_pending_exception(), "{pending:?}");
    assert_eq!(pending.code(), Some("AuthorizationPendingException"));

    assert!(service.oidc().decide(user_code, true));
    let tokens = poll().await.expect("token after approval");
    assert_eq!(tokens.token_type(), Some("Bearer"));
    assert!(tokens.access_token().is_some());

    let refreshed = client
        .create_token()
        .client_id(id)
        .client_secret(secret)
        .grant_type("refresh_token")
        .refresh_token(tokens.refresh_token().expect("refresh token"))
        .send()
        .await
        .expect("refresh");
    assert_ne!(refreshed.refresh_token(), tokens.refresh_token());

    // One modeled error per operation.
    let error = client
        .register_client()
        .client_name("x")
        .client_type("confidential")
        .send()
        .await
        .expect_err("confidential client")
        .into_service_error();
    assert!(error.is_invalid_client_metadata_exception(), "{error:?}");

    let error = client
        .start_device_authorization()
        .client_id(id)
        .client_secret("wrong")
        .start_url("https://example.awsapps.com/start")
        .send()
        .await
        .expect_err("wrong secret")
        .into_service_error();
    assert!(error.is_invalid_client_exception(), "{error:?}");

    let error = client
        .create_token()
        .client_id(id)
        .client_secret(secret)
        .grant_type("password")
        .send()
        .await
        .expect_err("unsupported grant")
        .into_service_error();
    assert!(error.is_unsupported_grant_type_exception(), "{error:?}");

    let error = client
        .create_token_with_iam()
        .client_id(id)
        .grant_type("refresh_token")
        .refresh_token("never-issued")
        .send()
        .await
        .expect_err("unknown refresh token")
        .into_service_error();
    assert!(error.is_invalid_grant_exception(), "{error:?}");
    assert_eq!(error.code(), Some("InvalidGrantException"));

    service.shutdown().await;
}
