//! The pages and the approve API as an attacker would use them: no open
//! redirect, no approval from another site's page, and refused refreshes
//! that spend nothing.

use super::common::*;

async fn pending_code(f: &Fixture) -> String {
    let client = register(&f.client).await;
    let device = start_sign_in(f, &client).await.expect("start");
    device.user_code().expect("user code").to_owned()
}

#[tokio::test]
async fn authorize_never_redirects_for_an_unknown_client_or_an_unregistered_uri() {
    let f = start().await;
    let url = format!("{}/authorize", f.service.url());
    for target in ["https%3A%2F%2Fevil.example%2Fx", "javascript%3Aalert(1)"] {
        for action in ["deny", "approve"] {
            let form = format!("client_id=nobody&redirect_uri={target}&action={action}");
            let (status, headers, page) = raw(
                "POST",
                &url,
                "application/x-www-form-urlencoded",
                form.clone(),
            )
            .await;
            assert_eq!(status, 400, "{form}: {page}");
            assert!(!headers.contains_key("location"), "{form} redirected");
            assert!(page.contains("invalid_client"), "{page}");
        }
        // Nor is a consent form offered for it.
        let (status, _, page) = raw(
            "GET",
            &format!("{url}?client_id=nobody&redirect_uri={target}"),
            "text/plain",
            String::new(),
        )
        .await;
        assert_eq!(status, 400);
        assert!(!page.contains("<form"), "{page}");
    }
    // A known client, with a redirect URI it did not register.
    let registered = f
        .client
        .register_client()
        .client_name("cli")
        .client_type("public")
        .grant_types("authorization_code")
        .redirect_uris("http://127.0.0.1/oauth/callback")
        .send()
        .await
        .expect("register");
    let form = format!(
        "client_id={}&redirect_uri=https%3A%2F%2Fevil.example%2Fx&action=deny",
        registered.client_id().expect("id")
    );
    let (status, headers, page) =
        raw("POST", &url, "application/x-www-form-urlencoded", form).await;
    assert_eq!(status, 400);
    assert!(!headers.contains_key("location"));
    assert!(page.contains("invalid_redirect_uri"), "{page}");
    f.service.shutdown().await;
}

#[tokio::test]
async fn the_approve_api_takes_only_json_from_no_other_site() {
    let f = start().await;
    let code = pending_code(&f).await;
    let url = format!("{}/_local/approve", f.service.url());
    let body = serde_json::json!({"userCode": code}).to_string();
    // A cross-site form or a simple fetch can send text/plain without a preflight.
    let (status, _, _) = raw("POST", &url, "text/plain", body.clone()).await;
    assert_eq!(status, 415);
    let (status, _, _) = raw_with(
        "POST",
        &url,
        &[
            ("content-type", "text/plain"),
            ("origin", "https://evil.example"),
        ],
        body.clone(),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _, _) = raw_with(
        "POST",
        &url,
        &[
            ("content-type", "application/json"),
            ("origin", "https://evil.example"),
        ],
        body.clone(),
    )
    .await;
    assert_eq!(status, 403, "JSON from a foreign origin");
    let (status, _, _) = raw_with(
        "POST",
        &url,
        &[
            ("content-type", "application/json"),
            ("sec-fetch-site", "cross-site"),
        ],
        body.clone(),
    )
    .await;
    assert_eq!(status, 403, "marked cross-site by the browser");
    assert!(f.service.oidc().is_pending(&code), "nothing was approved");

    let own = f.service.url().to_owned();
    let (status, _, answer) = raw_with(
        "POST",
        &url,
        &[("content-type", "application/json"), ("origin", &own)],
        body,
    )
    .await;
    assert_eq!(status, 200, "{answer}");
    assert!(!f.service.oidc().is_pending(&code), "approved");
    f.service.shutdown().await;
}

#[tokio::test]
async fn the_device_form_refuses_foreign_origins_and_forged_tokens() {
    let f = start().await;
    let code = pending_code(&f).await;
    let url = format!("{}/device", f.service.url());
    let form_type = ("content-type", "application/x-www-form-urlencoded");
    // No token: what a page elsewhere that knows the code would send.
    let (status, _, _) = raw_with(
        "POST",
        &url,
        &[form_type],
        format!("user_code={code}&action=approve"),
    )
    .await;
    assert_eq!(status, 403);
    let (status, _, _) = raw_with(
        "POST",
        &url,
        &[form_type],
        format!("user_code={code}&action=approve&form_token=AAAA"),
    )
    .await;
    assert_eq!(status, 403, "a made-up token");
    // The real token, submitted from another origin.
    let (_, _, page) = raw(
        "GET",
        &format!("{url}?user_code={code}"),
        "text/plain",
        String::new(),
    )
    .await;
    let token = form_token(&page);
    let submission = format!("user_code={code}&action=approve&form_token={token}");
    let (status, _, _) = raw_with(
        "POST",
        &url,
        &[form_type, ("origin", "https://evil.example")],
        submission.clone(),
    )
    .await;
    assert_eq!(status, 403);
    // DNS rebinding: a foreign name that resolves to 127.0.0.1, same "origin".
    let (status, _, _) = raw_with(
        "POST",
        &url,
        &[
            form_type,
            ("origin", "http://evil.example"),
            ("host", "evil.example"),
        ],
        submission.clone(),
    )
    .await;
    assert_eq!(status, 403);
    assert!(f.service.oidc().is_pending(&code), "nothing was approved");
    // A token is bound to its code.
    let other = pending_code(&f).await;
    let (status, _, _) = raw_with(
        "POST",
        &url,
        &[form_type],
        format!("user_code={other}&action=approve&form_token={token}"),
    )
    .await;
    assert_eq!(status, 403);
    assert!(f.service.oidc().is_pending(&other));

    let own = f.service.url().to_owned();
    let (status, _, page) =
        raw_with("POST", &url, &[form_type, ("origin", &own)], submission).await;
    assert_eq!(status, 200, "{page}");
    assert!(!f.service.oidc().is_pending(&code), "approved");
    f.service.shutdown().await;
}

#[tokio::test]
async fn a_refused_refresh_leaves_the_refresh_token_valid() {
    let f = start().await;
    let client = register(&f.client).await;
    let other = register(&f.client).await;
    let device = start_sign_in(&f, &client).await.expect("start");
    assert_eq!(
        approve(&f.service, device.user_code().expect("code"), true).await,
        200
    );
    let tokens = poll(&f, &client, device.device_code().expect("code"))
        .await
        .expect("tokens");
    let refresh_token = tokens.refresh_token().expect("refresh").to_owned();
    let refresh = |who: &Registered, scope: Option<&str>| {
        f.client
            .create_token()
            .client_id(&who.id)
            .client_secret(&who.secret)
            .grant_type("refresh_token")
            .refresh_token(&refresh_token)
            .set_scope(scope.map(|s| vec![s.to_owned()]))
            .send()
    };
    let error = refresh(&client, Some("sso:not-registered"))
        .await
        .expect_err("a scope it did not register");
    assert_eq!(error.code(), Some("InvalidScopeException"));
    let error = refresh(&other, None)
        .await
        .expect_err("another client's token");
    assert_eq!(error.code(), Some("InvalidGrantException"));
    let renewed = refresh(&client, None)
        .await
        .expect("the token survived both refusals");
    assert_ne!(renewed.refresh_token(), Some(refresh_token.as_str()));
    let error = refresh(&client, None).await.expect_err("now it is spent");
    assert_eq!(error.code(), Some("InvalidGrantException"));
    f.service.shutdown().await;
}
