//! Every grant and error path.

use super::common::*;
use sso_oidc::error::ProvideErrorMetadata;
use std::time::Duration;

#[tokio::test]
async fn device_flow_pending_slow_down_approve_token_refresh() {
    let f = start().await;
    let client = register(&f.client).await;
    let start_url = "https://example.awsapps.com/start";
    let device = f
        .client
        .start_device_authorization()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .start_url(start_url)
        .send()
        .await
        .expect("start");
    let user_code = device.user_code().expect("user code").to_owned();
    assert_eq!(device.interval(), 5);
    assert_eq!(device.expires_in(), 600);
    assert_eq!(
        device.verification_uri(),
        Some(format!("{}/device", f.service.url()).as_str())
    );
    assert_eq!(
        device.verification_uri_complete(),
        Some(format!("{}/device?user_code={user_code}", f.service.url()).as_str())
    );
    let device_code = device.device_code().expect("device code");

    assert_eq!(
        poll(&f, &client, device_code).await.err().as_deref(),
        Some("AuthorizationPendingException")
    );
    assert_eq!(
        poll(&f, &client, device_code).await.err().as_deref(),
        Some("SlowDownException"),
        "polled again at once"
    );
    f.clock.advance(Duration::from_secs(5));
    assert_eq!(
        poll(&f, &client, device_code).await.err().as_deref(),
        Some("AuthorizationPendingException")
    );

    // The page shows the code and offers approve/deny.
    let (status, _, page) = raw(
        "GET",
        device.verification_uri_complete().expect("complete uri"),
        "text/plain",
        String::new(),
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&user_code) && page.contains("Approve"),
        "{page}"
    );
    assert_eq!(approve(&f.service, &user_code, true).await, 200);

    f.clock.advance(Duration::from_secs(5));
    let tokens = poll(&f, &client, device_code).await.expect("token");
    assert_eq!(tokens.token_type(), Some("Bearer"));
    assert_eq!(tokens.expires_in(), 8 * 3600);
    let access = tokens.access_token().expect("access token");
    assert_eq!(
        f.service.oidc().token_owner(access).as_deref(),
        Some(client.id.as_str())
    );
    f.clock.advance(Duration::from_secs(5));
    assert_eq!(
        poll(&f, &client, device_code).await.err().as_deref(),
        Some("InvalidGrantException"),
        "a device code is redeemed once"
    );

    // Refresh tokens rotate: the old one stops working.
    let refresh = tokens.refresh_token().expect("refresh token");
    let refreshed = f
        .client
        .create_token()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .grant_type("refresh_token")
        .refresh_token(refresh)
        .send()
        .await
        .expect("refresh");
    assert_ne!(refreshed.access_token(), tokens.access_token());
    assert_ne!(refreshed.refresh_token(), tokens.refresh_token());
    let reused = f
        .client
        .create_token()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .grant_type("refresh_token")
        .refresh_token(refresh)
        .send()
        .await
        .expect_err("spent refresh token");
    assert!(
        reused.into_service_error().is_invalid_grant_exception(),
        "a spent refresh token is an invalid grant"
    );
    f.service.shutdown().await;
}

#[tokio::test]
async fn denied_and_expired_device_codes() {
    let f = start().await;
    let client = register(&f.client).await;
    let start = || start_sign_in(&f, &client);
    let denied = start().await.expect("start");
    // Deny through the HTML form, as a person would.
    let (status, _, page) = submit_form(
        &f.service,
        "/device",
        &format!("user_code={}", denied.user_code().expect("code")),
        "deny",
    )
    .await;
    assert_eq!(status, 200, "{page}");
    let error = f
        .client
        .create_token()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .grant_type(DEVICE_GRANT)
        .device_code(denied.device_code().expect("code"))
        .send()
        .await
        .expect_err("denied");
    let error = error.into_service_error();
    assert!(error.is_access_denied_exception(), "{error:?}");
    assert_eq!(error.code(), Some("AccessDeniedException"));

    let expired = start().await.expect("start");
    f.clock.advance(Duration::from_secs(601));
    assert_eq!(
        poll(&f, &client, expired.device_code().expect("code"))
            .await
            .err()
            .as_deref(),
        Some("ExpiredTokenException")
    );
    assert_eq!(
        approve(&f.service, expired.user_code().expect("code"), true).await,
        404,
        "an expired code cannot be approved"
    );
    f.service.shutdown().await;
}

#[tokio::test]
async fn client_and_grant_errors_are_the_modeled_ones() {
    let f = start().await;
    let client = register(&f.client).await;

    let error = f
        .client
        .start_device_authorization()
        .client_id(&client.id)
        .client_secret("wrong")
        .start_url("https://example.awsapps.com/start")
        .send()
        .await
        .expect_err("wrong secret")
        .into_service_error();
    assert!(error.is_invalid_client_exception(), "{error:?}");

    let error = f
        .client
        .create_token()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .grant_type("password")
        .send()
        .await
        .expect_err("unsupported grant")
        .into_service_error();
    assert!(error.is_unsupported_grant_type_exception(), "{error:?}");

    let error = f
        .client
        .create_token()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .grant_type("refresh_token")
        .refresh_token("never-issued")
        .send()
        .await
        .expect_err("unknown refresh token")
        .into_service_error();
    assert!(error.is_invalid_grant_exception(), "{error:?}");

    let error = f
        .client
        .create_token()
        .client_id(&client.id)
        .client_secret(&client.secret)
        .grant_type("authorization_code")
        .code("c")
        .send()
        .await
        .expect_err("not registered for the code grant")
        .into_service_error();
    assert!(error.is_unauthorized_client_exception(), "{error:?}");

    let error = f
        .client
        .register_client()
        .client_name("x")
        .client_type("confidential")
        .send()
        .await
        .expect_err("confidential clients are not supported")
        .into_service_error();
    assert!(error.is_invalid_client_metadata_exception(), "{error:?}");
    assert!(error.to_string().contains("public"), "{error}");

    let error = f
        .client
        .register_client()
        .client_name("x")
        .client_type("public")
        .scopes("not a scope!")
        .send()
        .await
        .expect_err("bad scope")
        .into_service_error();
    assert!(error.is_invalid_scope_exception(), "{error:?}");

    // Client registrations expire after 90 days.
    f.clock.advance(Duration::from_secs(90 * 24 * 3600));
    let error = start_sign_in(&f, &client)
        .await
        .expect_err("expired registration")
        .into_service_error();
    assert!(error.is_invalid_client_exception(), "{error:?}");
    f.service.shutdown().await;
}

/// Authorizes on `/authorize` as a person would (the consent page, then
/// Allow), returning the redirect.
async fn authorize(f: &Fixture, client_id: &str, redirect: &str, challenge: &str) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("response_type", "code")
        .append_pair("client_id", client_id)
        .append_pair("redirect_uri", redirect)
        .append_pair("scopes", "sso:account:access")
        .append_pair("state", "xyz")
        .append_pair("code_challenge", challenge)
        .append_pair("code_challenge_method", "S256")
        .finish();
    let (status, headers, body) = submit_form(&f.service, "/authorize", &query, "approve").await;
    assert_eq!(status, 302, "{body}");
    headers["location"].to_str().expect("location").to_owned()
}

#[tokio::test]
async fn authorization_code_with_pkce_and_a_loopback_redirect() {
    let f = start().await;
    let registered = f
        .client
        .register_client()
        .client_name("cli-v2")
        .client_type("public")
        .scopes("sso:account:access")
        .grant_types("authorization_code")
        .grant_types("refresh_token")
        .redirect_uris("http://127.0.0.1/oauth/callback")
        .issuer_url("https://identitycenter.amazonaws.com/ssoins-1")
        .send()
        .await
        .expect("register");
    assert_eq!(
        registered.authorization_endpoint(),
        Some(format!("{}/authorize", f.service.url()).as_str())
    );
    let (id, secret) = (
        registered.client_id().expect("id"),
        registered.client_secret().expect("secret"),
    );
    let verifier = "a-verifier-of-at-least-forty-three-characters-long";
    let challenge = sso_oidc_local::oidc::pkce_challenge(verifier);
    // Registered without a port, used with one: RFC 8252 loopback redirect.
    let redirect = "http://127.0.0.1:54321/oauth/callback";
    let location = authorize(&f, id, redirect, &challenge).await;
    assert!(location.starts_with(redirect), "{location}");
    assert!(location.contains("state=xyz"), "{location}");
    let code = location
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("code="))
        .expect("code in redirect")
        .to_owned();

    let exchange = |code: String, verifier: &'static str, redirect: &'static str| {
        f.client
            .create_token()
            .client_id(id)
            .client_secret(secret)
            .grant_type("authorization_code")
            .code(code)
            .redirect_uri(redirect)
            .code_verifier(verifier)
            .send()
    };
    let tokens = exchange(code.clone(), verifier, redirect)
        .await
        .expect("token");
    assert!(tokens.refresh_token().is_some());
    let reused = exchange(code, verifier, redirect)
        .await
        .expect_err("codes are single-use");
    assert!(reused.into_service_error().is_invalid_grant_exception());

    let code = authorize(&f, id, redirect, &challenge).await;
    let code = code
        .split(['?', '&'])
        .find_map(|p| p.strip_prefix("code="))
        .expect("code")
        .to_owned();
    let wrong = exchange(code, "not-the-verifier", redirect)
        .await
        .expect_err("PKCE mismatch");
    assert!(wrong.into_service_error().is_invalid_grant_exception());

    // An unregistered redirect is refused on the page, never redirected to.
    let form = format!(
        "client_id={id}&redirect_uri=https%3A%2F%2Fevil.example%2Fcb&code_challenge={challenge}&code_challenge_method=S256&action=approve"
    );
    let (status, headers, _) = raw(
        "POST",
        &format!("{}/authorize", f.service.url()),
        "application/x-www-form-urlencoded",
        form,
    )
    .await;
    assert_eq!(status, 400);
    assert!(!headers.contains_key("location"));

    // CreateTokenWithIAM: signed by the client (credentials in its config).
    let with_iam = f
        .client
        .create_token_with_iam()
        .client_id(id)
        .grant_type("refresh_token")
        .refresh_token(tokens.refresh_token().expect("refresh"))
        .send()
        .await
        .expect("CreateTokenWithIAM with a signed request");
    assert!(with_iam.access_token().is_some());
    f.service.shutdown().await;
}

#[tokio::test]
async fn a_late_poll_of_an_expired_code_is_still_expired_after_other_sign_ins() {
    let f = start().await;
    let client = register(&f.client).await;
    let start = || start_sign_in(&f, &client);
    let old = start().await.expect("start");
    f.clock.advance(Duration::from_secs(601));
    // Starting another sign-in sweeps what can no longer be used.
    start().await.expect("start again");
    assert_eq!(
        poll(&f, &client, old.device_code().expect("code"))
            .await
            .err()
            .as_deref(),
        Some("ExpiredTokenException")
    );
    f.service.shutdown().await;
}
