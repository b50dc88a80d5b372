//! The generated SSO OIDC types against JSON written from the API reference:
//! round trips, defaults, absent vs null, unknown fields and enum values,
//! builder validation, and redaction of every secret.

use sso_oidc::error::{BuildError, ErrorMetadata, ProvideErrorMetadata, Unhandled};
use sso_oidc::json;
use sso_oidc::operation::create_token::{CreateTokenError, CreateTokenInput, CreateTokenOutput};
use sso_oidc::operation::create_token_with_iam::CreateTokenWithIamOutput;
use sso_oidc::operation::register_client::{RegisterClientInput, RegisterClientOutput};
use sso_oidc::operation::start_device_authorization::{
    StartDeviceAuthorizationInput, StartDeviceAuthorizationOutput,
};
use sso_oidc::types::error::{AuthorizationPendingException, InvalidRequestException};
use sso_oidc::types::InvalidRequestExceptionReason;

const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// A RegisterClient response as the HTTP API reference shows it.
const REGISTER_CLIENT_RESPONSE: &str = r#"{
    "authorizationEndpoint": "https://oidc.us-east-1.amazonaws.com/authorize",
    "clientId": "client-id-123",
    "clientIdIssuedAt": 1700000000,
    "clientSecret": "client-secret-SHOULD-NOT-LEAK",
    "clientSecretExpiresAt": 1707776000,
    "tokenEndpoint": "https://oidc.us-east-1.amazonaws.com/token"
}"#;

#[test]
fn register_client_response_round_trips() {
    let output: RegisterClientOutput =
        json::from_str(REGISTER_CLIENT_RESPONSE).expect("valid response");
    assert_eq!(output.client_id(), Some("client-id-123"));
    assert_eq!(
        output.client_secret(),
        Some("client-secret-SHOULD-NOT-LEAK")
    );
    assert_eq!(output.client_id_issued_at(), 1_700_000_000);
    assert_eq!(output.client_secret_expires_at(), 1_707_776_000);
    assert_eq!(
        output.token_endpoint(),
        Some("https://oidc.us-east-1.amazonaws.com/token")
    );

    let written = json::to_string(&output);
    let reread: RegisterClientOutput = json::from_str(&written).expect("own output parses");
    assert_eq!(reread, output);
    let as_value: serde_json::Value = serde_json::from_str(&written).expect("valid JSON");
    let expected: serde_json::Value =
        serde_json::from_str(REGISTER_CLIENT_RESPONSE).expect("valid JSON");
    assert_eq!(as_value, expected, "the wire names and values are kept");
}

#[test]
fn defaults_absent_null_and_unknown_fields() {
    // `expiresIn` and `interval` default to 0; null means absent; unknown keys are skipped.
    let output: StartDeviceAuthorizationOutput = json::from_str(
        r#"{"deviceCode": "dc", "userCode": null, "somethingNew": {"nested": [1, 2]}}"#,
    )
    .expect("valid");
    assert_eq!(output.device_code(), Some("dc"));
    assert_eq!(output.user_code(), None);
    assert_eq!(output.expires_in(), 0);
    assert_eq!(output.interval(), 0);

    // An output without members may come as an empty body.
    let empty: RegisterClientOutput = json::from_slice(b"").expect("empty body is an empty object");
    assert_eq!(empty.client_id(), None);
    assert_eq!(empty.client_id_issued_at(), 0);
}

#[test]
fn absent_optional_members_are_not_written() {
    let input = CreateTokenInput::builder()
        .client_id("id")
        .client_secret("secret")
        .grant_type("urn:ietf:params:oauth:grant-type:device_code")
        .device_code("device")
        .scope("sso:account:access")
        .build()
        .expect("all required members set");
    let written: serde_json::Value =
        serde_json::from_str(&json::to_string(&input)).expect("valid JSON");
    assert_eq!(
        written,
        serde_json::json!({
            "clientId": "id",
            "clientSecret": "secret",
            "grantType": "urn:ietf:params:oauth:grant-type:device_code",
            "deviceCode": "device",
            "scope": ["sso:account:access"]
        })
    );
}

#[test]
fn create_token_with_iam_output_reads_nested_structures_and_lists() {
    let output: CreateTokenWithIamOutput = json::from_str(
        r#"{
            "accessToken": "at", "tokenType": "Bearer", "expiresIn": 3600,
            "idToken": "id.jwt.token", "issuedTokenType": "urn:ietf:params:oauth:token-type:access_token",
            "scope": ["openid", "aws"],
            "awsAdditionalDetails": {"identityContext": "ctx"}
        }"#,
    )
    .expect("valid");
    assert_eq!(output.expires_in(), 3600);
    assert_eq!(output.scope(), ["openid", "aws"]);
    assert_eq!(
        output
            .aws_additional_details()
            .and_then(|d| d.identity_context()),
        Some("ctx")
    );
}

#[test]
fn wrong_types_are_errors_that_name_the_path_but_never_the_value() {
    let error = json::from_str::<CreateTokenOutput>(r#"{"accessToken": 42, "expiresIn": 1}"#)
        .expect_err("a number is not a string");
    let text = error.to_string();
    assert!(text.contains("$.accessToken"), "{text}");

    let error =
        json::from_str::<CreateTokenWithIamOutput>(r#"{"scope": ["ok", {"secret": "TOPSECRET"}]}"#)
            .expect_err("an object is not a string");
    let text = error.to_string();
    assert!(text.contains("$.scope[1]"), "{text}");
    assert!(!text.contains("TOPSECRET"), "{text}");

    for broken in [
        "{",
        "[1, 2]",
        "\"text\"",
        "{\"expiresIn\": \"soon\"}",
        "{\"expiresIn\": 1.5}",
    ] {
        assert!(
            json::from_str::<CreateTokenOutput>(broken).is_err(),
            "{broken}"
        );
    }
}

#[test]
fn enums_keep_unknown_values_readable() {
    let known: InvalidRequestException =
        json::from_str(r#"{"error": "invalid_request", "reason": "KMS_NotFoundException"}"#)
            .expect("valid");
    assert_eq!(
        known.reason(),
        Some(&InvalidRequestExceptionReason::KmsKeyNotFound)
    );

    let unknown: InvalidRequestException =
        json::from_str(r#"{"reason": "KMS_SomethingNewException"}"#)
            .expect("unknown values are kept");
    let reason = unknown.reason().expect("present");
    assert!(matches!(reason, InvalidRequestExceptionReason::Unknown(_)));
    assert_eq!(reason.as_str(), "KMS_SomethingNewException");
    assert_eq!(json::to_string(reason), "\"KMS_SomethingNewException\"");
    assert!(InvalidRequestExceptionReason::values().contains(&"KMS_DisabledException"));
    assert_eq!(
        InvalidRequestExceptionReason::from("KMS_DisabledException"),
        InvalidRequestExceptionReason::KmsDisabledKey
    );
}

#[test]
fn build_names_every_missing_required_member() {
    let error: BuildError = RegisterClientInput::builder()
        .build()
        .expect_err("nothing set");
    let text = error.to_string();
    assert!(text.contains("RegisterClientInput"), "{text}");
    assert!(
        text.contains("client_name") && text.contains("client_type"),
        "{text}"
    );
    assert_eq!(error.missing_members(), ["client_name", "client_type"]);

    let error = StartDeviceAuthorizationInput::builder()
        .client_id("id")
        .build()
        .expect_err("two missing");
    assert_eq!(error.missing_members(), ["client_secret", "start_url"]);

    let input = RegisterClientInput::builder()
        .client_name("my-app")
        .client_type("public")
        .scopes("sso:account:access")
        .scopes("openid")
        .build()
        .expect("complete");
    assert_eq!(input.scopes(), ["sso:account:access", "openid"]);
    assert_eq!(input.client_name(), "my-app");

    // A missing required member in a response is an error naming it, not a panic.
    let error = json::from_str::<RegisterClientInput>(r#"{"clientName": "x"}"#)
        .expect_err("clientType missing");
    assert!(error.to_string().contains("client_type"), "{error}");
}

#[test]
fn debug_redacts_every_sensitive_member() {
    let input = CreateTokenInput::builder()
        .client_id("visible-client-id")
        .client_secret("SECRET-client-secret")
        .grant_type("refresh_token")
        .refresh_token("SECRET-refresh-token")
        .code_verifier("SECRET-code-verifier")
        .build()
        .expect("complete");
    let output: CreateTokenOutput = json::from_str(
        r#"{"accessToken": "SECRET-access", "refreshToken": "SECRET-refresh", "idToken": "SECRET-id", "tokenType": "Bearer"}"#,
    )
    .expect("valid");
    let register: RegisterClientOutput = json::from_str(REGISTER_CLIENT_RESPONSE).expect("valid");
    let builder = CreateTokenInput::builder().client_secret("SECRET-in-builder");
    for printed in [
        format!("{input:?}"),
        format!("{input:#?}"),
        format!("{output:?}"),
        format!("{register:?}"),
        format!("{builder:?}"),
    ] {
        assert!(!printed.contains("SECRET"), "{printed}");
        assert!(!printed.contains("SHOULD-NOT-LEAK"), "{printed}");
        assert!(printed.contains(REDACTED), "{printed}");
    }
    assert!(
        format!("{input:?}").contains("visible-client-id"),
        "non-secrets stay visible"
    );
}

#[test]
fn errors_display_their_code_and_description() {
    let pending: AuthorizationPendingException = json::from_str(
        r#"{"error": "authorization_pending", "error_description": "The user has not approved yet"}"#,
    )
    .expect("valid");
    assert_eq!(
        pending.to_string(),
        "AuthorizationPendingException: The user has not approved yet"
    );
    assert_eq!(pending.code(), Some("AuthorizationPendingException"));
    assert_eq!(pending.message(), Some("The user has not approved yet"));

    let error = CreateTokenError::AuthorizationPendingException(pending);
    assert!(error.is_authorization_pending_exception());
    assert!(!error.is_slow_down_exception());
    assert_eq!(
        error.to_string(),
        "AuthorizationPendingException: The user has not approved yet"
    );
    assert_eq!(
        ProvideErrorMetadata::code(&error),
        Some("AuthorizationPendingException")
    );

    let service_error: sso_oidc::Error = error.into();
    assert!(service_error.is_authorization_pending_exception());
    assert_eq!(
        service_error.to_string(),
        "AuthorizationPendingException: The user has not approved yet"
    );
}

#[test]
fn unhandled_errors_keep_code_message_status_and_source() {
    let cause = std::io::Error::other("connection reset");
    let unhandled = Unhandled::new(
        ErrorMetadata::new()
            .with_code("BrandNewException")
            .with_message("something new")
            .with_status(418),
    )
    .with_source(cause);
    let error = CreateTokenError::Unhandled(unhandled);
    assert!(error.is_unhandled());
    let text = error.to_string();
    assert!(
        text.contains("BrandNewException")
            && text.contains("418")
            && text.contains("something new"),
        "{text}"
    );
    let source = std::error::Error::source(&error).expect("the cause is kept");
    assert_eq!(source.to_string(), "connection reset");

    let service_error = sso_oidc::Error::from(error);
    assert!(service_error.is_unhandled());
    assert_eq!(
        ProvideErrorMetadata::code(&service_error),
        Some("BrandNewException")
    );
    assert!(std::error::Error::source(&service_error).is_some());
}

#[test]
fn serde_feature_stores_and_restores_secrets_losslessly() {
    // Users persist registrations and tokens; the serde form keeps every value.
    let register: RegisterClientOutput = json::from_str(REGISTER_CLIENT_RESPONSE).expect("valid");
    let stored = serde_json::to_string(&register).expect("serializes");
    let restored: RegisterClientOutput = serde_json::from_str(&stored).expect("deserializes");
    assert_eq!(restored, register);
    assert_eq!(
        restored.client_secret(),
        Some("client-secret-SHOULD-NOT-LEAK")
    );

    let reason: InvalidRequestExceptionReason =
        serde_json::from_str("\"KMS_InvalidStateException\"").expect("known");
    assert_eq!(reason, InvalidRequestExceptionReason::KmsInvalidState);
    let unknown: InvalidRequestExceptionReason =
        serde_json::from_str("\"Later\"").expect("unknown kept");
    assert_eq!(
        serde_json::to_string(&unknown).expect("serializes"),
        "\"Later\""
    );
}
