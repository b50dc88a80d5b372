//! The sign-in pages over plain HTTP (no browser): what they say, the
//! headers they are sent with, and each error page. The browser tests in
//! `tests/browser.rs` check the same pages as a person uses them.

use super::common::*;
use std::time::Duration;

/// Registers a client named `name`, starts a device sign-in with it, and
/// returns the user code and the device code.
async fn sign_in_named(f: &Fixture, name: &str) -> (Registered, String, String) {
    let out = f
        .client
        .register_client()
        .client_name(name)
        .client_type("public")
        .scopes("sso:account:access")
        .scopes("codewhisperer:completions")
        .send()
        .await
        .expect("register");
    let client = Registered {
        id: out.client_id().expect("id").to_owned(),
        secret: out.client_secret().expect("secret").to_owned(),
    };
    let device = start_sign_in(f, &client).await.expect("start");
    let user_code = device.user_code().expect("user code").to_owned();
    let device_code = device.device_code().expect("device code").to_owned();
    (client, user_code, device_code)
}

async fn get(f: &Fixture, path_and_query: &str) -> (u16, http::HeaderMap, String) {
    raw(
        "GET",
        &format!("{}{path_and_query}", f.service.url()),
        "text/plain",
        String::new(),
    )
    .await
}

fn header<'h>(headers: &'h http::HeaderMap, name: &str) -> &'h str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("no {name} header: {headers:?}"))
}

/// The value of the `user_code` input on an entry form.
fn typed_code(page: &str) -> Option<&str> {
    let marker = "name=\"user_code\" value=\"";
    let start = page.find(marker)? + marker.len();
    let end = page[start..].find('"')? + start;
    Some(&page[start..end])
}

#[tokio::test]
async fn every_page_forbids_framing_and_script_and_works_on_a_phone() {
    let f = start().await;
    let (_, code, _) = sign_in_named(&f, "framing-check").await;
    for path in [
        "/device".to_owned(),
        format!("/device?user_code={code}"),
        "/device?user_code=WRONG-CODE".to_owned(),
        "/authorize?client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb".to_owned(),
    ] {
        let (_, headers, page) = get(&f, &path).await;
        let csp = header(&headers, "content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("style-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(
            !csp.contains("script-src"),
            "{path}: no script allowed: {csp}"
        );
        assert_eq!(header(&headers, "x-frame-options"), "DENY", "{path}");
        assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
        assert_eq!(header(&headers, "cache-control"), "no-store");
        // Not no-referrer: a browser would then send `Origin: null` with the
        // forms, and the cross-site check would refuse every approval.
        assert_eq!(header(&headers, "referrer-policy"), "same-origin");
        assert!(
            page.contains(
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            ),
            "{path}: {page}"
        );
        assert!(!page.contains("<script"), "{path}: {page}");
        assert!(!page.contains("<style"), "{path}: inline style: {page}");
        assert!(!page.contains(" style="), "{path}: inline style: {page}");
        assert!(page.contains("href=\"/_local/pages.css\""), "{path}");
    }
    let (status, headers, css) = get(&f, "/_local/pages.css").await;
    assert_eq!(status, 200);
    assert_eq!(header(&headers, "content-type"), "text/css; charset=utf-8");
    for rule in ["overflow-wrap:anywhere", "min-height:44px", ".primary{"] {
        assert!(css.contains(rule), "{rule} missing from the stylesheet");
    }
    f.service.shutdown().await;
}

#[tokio::test]
async fn the_device_page_says_what_is_approved() {
    let f = start().await;
    let (client, code, device_code) = sign_in_named(&f, "Test <App> & Co").await;
    f.clock.advance(Duration::from_secs(65));
    let (status, _, page) = get(&f, &format!("/device?user_code={code}")).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("<title>Approve sign-in</title>"), "{page}");
    assert!(
        page.contains("Check that this code matches the one in your terminal"),
        "{page}"
    );
    assert!(page.contains(&format!(">{code}</span>")), "{page}");
    assert!(
        page.contains("Test &lt;App&gt; &amp; Co"),
        "escaped name: {page}"
    );
    assert!(!page.contains("Test <App>"), "{page}");
    assert!(page.contains("<code>sso:account:access</code>"), "{page}");
    assert!(page.contains("<code>codewhisperer:completions</code>"));
    assert!(page.contains("https://example.awsapps.com/start"), "{page}");
    assert!(page.contains(">8 min 55 s<"), "600 s less 65: {page}");
    // Approve first, as the primary action; Deny second.
    let approve = page.find("class=\"primary\" name=\"action\" value=\"approve\"");
    let deny = page.find("class=\"secondary\" name=\"action\" value=\"deny\"");
    assert!(
        approve.is_some() && deny.is_some() && approve < deny,
        "{page}"
    );
    // No secret of the sign-in reaches the page.
    assert!(
        !page.contains(&client.secret) && !page.contains(&device_code),
        "{page}"
    );
    f.service.shutdown().await;
}

#[tokio::test]
async fn codes_are_taken_in_any_case_with_or_without_the_dash() {
    let f = start().await;
    let (_, code, _) = sign_in_named(&f, "case-check").await;
    let bare = code.replace('-', "");
    for typed in [
        code.to_lowercase(),
        bare.clone(),
        bare.to_lowercase(),
        format!(" {code} "),
    ] {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("user_code", &typed)
            .finish();
        let (status, _, page) = get(&f, &format!("/device?{query}")).await;
        assert_eq!(status, 200, "{typed:?}: {page}");
        assert!(
            page.contains(&format!(">{code}</span>")),
            "{typed:?}: {page}"
        );
    }
    // And approved as typed without its dash, in lower case.
    let (status, _, page) = submit_form(
        &f.service,
        "/device",
        &format!("user_code={}", bare.to_lowercase()),
        "approve",
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(!f.service.oidc().is_pending(&code), "approved");
    f.service.shutdown().await;
}

#[tokio::test]
async fn wrong_expired_and_used_codes_each_get_their_message_with_the_code_kept() {
    let f = start().await;
    let (status, _, page) = get(&f, "/device").await;
    assert_eq!(status, 200);
    assert!(page.contains("placeholder=\"XXXX-XXXX\""), "{page}");
    assert!(
        !page.contains("role=\"alert\""),
        "no error before a try: {page}"
    );

    let (status, _, page) = get(&f, "/device?user_code=bcdf-ghjq").await;
    assert_eq!(status, 404, "{page}");
    assert!(page.contains("That code is not right"), "{page}");
    assert_eq!(typed_code(&page), Some("bcdf-ghjq"), "kept as typed");

    // Typed text comes back escaped, never as markup.
    let (_, _, page) = get(&f, "/device?user_code=%22%3E%3Cb%3Ex").await;
    assert_eq!(typed_code(&page), Some("&quot;&gt;&lt;b&gt;x"), "{page}");

    let (client, expiring, _) = sign_in_named(&f, "expiry-check").await;
    f.clock.advance(Duration::from_secs(600));
    let (status, _, page) = get(&f, &format!("/device?user_code={expiring}")).await;
    assert_eq!(status, 410, "{page}");
    assert!(page.contains("That code has expired"), "{page}");
    assert_eq!(typed_code(&page), Some(expiring.as_str()));

    // Used: approved on the page, then opened again; and once redeemed.
    let device = start_sign_in(&f, &client).await.expect("start");
    let used = device.user_code().expect("code").to_owned();
    let (status, _, page) = submit_form(
        &f.service,
        "/device",
        &format!("user_code={used}"),
        "approve",
    )
    .await;
    assert_eq!(status, 200, "{page}");
    for round in ["approved", "redeemed"] {
        let (status, _, page) = get(&f, &format!("/device?user_code={used}")).await;
        assert_eq!(status, 409, "{round}: {page}");
        assert!(
            page.contains("That code was already used"),
            "{round}: {page}"
        );
        assert_eq!(typed_code(&page), Some(used.as_str()));
        f.clock.advance(Duration::from_secs(5));
        poll(&f, &client, device.device_code().expect("device code"))
            .await
            .ok();
    }
    assert_eq!(
        poll(&f, &client, device.device_code().expect("device code"))
            .await
            .err()
            .as_deref(),
        Some("InvalidGrantException"),
        "redeemed once"
    );
    f.service.shutdown().await;
}

#[tokio::test]
async fn a_code_that_expires_while_its_page_is_open_is_reported_on_submit() {
    let f = start().await;
    let (_, code, _) = sign_in_named(&f, "late").await;
    let url = format!("{}/device", f.service.url());
    let (_, _, page) = get(&f, &format!("/device?user_code={code}")).await;
    let token = form_token(&page);
    f.clock.advance(Duration::from_secs(601));
    let (status, _, page) = raw(
        "POST",
        &url,
        "application/x-www-form-urlencoded",
        format!("user_code={code}&form_token={token}&action=approve"),
    )
    .await;
    assert_eq!(status, 410, "{page}");
    assert!(page.contains("That code has expired"), "{page}");
    // A submission that names no action decides nothing.
    let (_, other, _) = sign_in_named(&f, "no-action").await;
    let (_, _, page) = get(&f, &format!("/device?user_code={other}")).await;
    let token = form_token(&page);
    let (status, _, _) = raw(
        "POST",
        &url,
        "application/x-www-form-urlencoded",
        format!("user_code={other}&form_token={token}"),
    )
    .await;
    assert_eq!(status, 400);
    assert!(f.service.oidc().is_pending(&other));
    f.service.shutdown().await;
}

#[tokio::test]
async fn outcome_pages_say_approved_or_denied() {
    let f = start().await;
    let (_, approved, _) = sign_in_named(&f, "outcome").await;
    let (_, denied, _) = sign_in_named(&f, "outcome").await;
    let (status, _, page) = submit_form(
        &f.service,
        "/device",
        &format!("user_code={approved}"),
        "approve",
    )
    .await;
    assert_eq!(status, 200);
    assert!(page.contains("<h1>Sign-in approved</h1>"), "{page}");
    assert!(!page.contains("denied"), "{page}");
    let (status, _, page) = submit_form(
        &f.service,
        "/device",
        &format!("user_code={denied}"),
        "deny",
    )
    .await;
    assert_eq!(status, 200);
    assert!(page.contains("<h1>Sign-in denied</h1>"), "{page}");
    assert!(!page.contains("approved"), "{page}");
    f.service.shutdown().await;
}

#[tokio::test]
async fn the_consent_page_names_the_app_and_where_the_browser_goes() {
    let f = start().await;
    let registered = f
        .client
        .register_client()
        .client_name("My Editor")
        .client_type("public")
        .grant_types("authorization_code")
        .redirect_uris("http://127.0.0.1/oauth/callback")
        .scopes("sso:account:access")
        .send()
        .await
        .expect("register");
    let id = registered.client_id().expect("id");
    let query = format!(
        "response_type=code&client_id={id}\
         &redirect_uri=http%3A%2F%2F127.0.0.1%3A4567%2Foauth%2Fcallback\
         &scopes=sso%3Aaccount%3Aaccess&code_challenge=abc&code_challenge_method=S256"
    );
    let (status, headers, page) = get(&f, &format!("/authorize?{query}")).await;
    assert_eq!(status, 200, "{page}");
    assert!(
        page.contains("<strong id=\"client-name\">My Editor</strong>"),
        "{page}"
    );
    assert!(page.contains("<code>127.0.0.1:4567</code>"), "{page}");
    assert!(page.contains("<code>sso:account:access</code>"), "{page}");
    let allow = page.find("class=\"primary\" name=\"action\" value=\"approve\">Allow");
    let deny = page.find("class=\"secondary\" name=\"action\" value=\"deny\">Deny");
    assert!(allow.is_some() && deny.is_some() && allow < deny, "{page}");
    // The form's answer redirects to the loopback listener: the policy allows
    // exactly that origin beside this service.
    let csp = header(&headers, "content-security-policy");
    assert!(
        csp.contains("form-action 'self' http://127.0.0.1:4567"),
        "{csp}"
    );

    // An unregistered redirect URI and an unknown client: an error page
    // saying so, never a form.
    for bad in [
        format!("client_id={id}&redirect_uri=https%3A%2F%2Fevil.example%2Fcb"),
        "client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%2Foauth%2Fcallback".to_owned(),
    ] {
        let (status, _, page) = get(&f, &format!("/authorize?{bad}")).await;
        assert_eq!(status, 400, "{bad}: {page}");
        assert!(page.contains("<h1>Cannot sign in</h1>"), "{page}");
        assert!(!page.contains("<form"), "{bad}: {page}");
        assert!(!page.contains("My Editor"), "{bad}: {page}");
    }
    let (_, _, page) = get(
        &f,
        "/authorize?client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb",
    )
    .await;
    assert!(page.contains("not registered with this service"), "{page}");
    let (_, _, page) = get(
        &f,
        &format!("/authorize?client_id={id}&redirect_uri=https%3A%2F%2Fevil.example%2Fcb"),
    )
    .await;
    assert!(page.contains("did not register"), "{page}");
    f.service.shutdown().await;
}
