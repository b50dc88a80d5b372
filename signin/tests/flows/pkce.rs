//! The authorization code flow against the local service, with a scripted
//! browser that reads the consent page, submits it, and follows the redirect
//! to the loopback listener as a browser would.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use sso_oidc_local::RunningService;
use sso_signin::clock::ManualClock;
use sso_signin::{
    CallbackOptions, Error, LoginOptions, LoginPrompt, NoBrowser, SignIn, TokenCache,
};

use crate::common::*;

struct Page {
    status: u16,
    location: Option<String>,
    body: String,
}

/// One request, as a browser on this machine would send it.
async fn browse(method: &str, url: &str, form: Option<String>) -> Page {
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build_http::<Full<Bytes>>();
    let mut request = http::Request::builder().method(method).uri(url);
    if form.is_some() {
        request = request.header("content-type", "application/x-www-form-urlencoded");
    }
    let request = request
        .body(Full::new(Bytes::from(form.unwrap_or_default())))
        .unwrap();
    let response = client.request(request).await.expect("the page answers");
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Page {
        status,
        location,
        body: String::from_utf8_lossy(&body).into_owned(),
    }
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The hidden fields of the consent form, as a browser would submit them.
fn hidden_fields(html: &str) -> Vec<(String, String)> {
    html.split("<input type=\"hidden\" ")
        .skip(1)
        .map(|input| {
            let attribute = |name: &str| {
                let start = input.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                let end = start + input[start..].find('"').unwrap();
                unescape(&input[start..end])
            };
            (attribute("name"), attribute("value"))
        })
        .collect()
}

/// Opens the consent page at `authorize_url`, presses Allow or Deny, and
/// returns where the service sends the browser.
async fn decide(service: &RunningService, authorize_url: &str, allow: bool) -> String {
    let consent = browse("GET", authorize_url, None).await;
    assert_eq!(consent.status, 200, "{}", consent.body);
    let mut form = form_urlencoded::Serializer::new(String::new());
    for (name, value) in hidden_fields(&consent.body) {
        form.append_pair(&name, &value);
    }
    form.append_pair("action", if allow { "approve" } else { "deny" });
    let submitted = browse(
        "POST",
        &format!("{}/authorize", service.url()),
        Some(form.finish()),
    )
    .await;
    assert_eq!(submitted.status, 302, "{}", submitted.body);
    submitted.location.expect("a redirect")
}

async fn local() -> RunningService {
    sso_oidc_local::LocalService::builder()
        .interval(Duration::from_secs(1))
        .start("127.0.0.1:0")
        .await
        .unwrap()
}

fn signin_against(service: &RunningService, name: &str) -> SignIn {
    SignIn::builder(session())
        .config(sso_oidc::Config::builder().endpoint_url(service.url()))
        .cache(TokenCache::new(scratch(name)))
        .build()
        .unwrap()
}

#[tokio::test]
async fn allowing_in_the_browser_signs_in_and_caches_the_token() {
    let service = local().await;
    let signin = signin_against(&service, "pkce-success");
    let pending = signin
        .start_browser(&CallbackOptions::default())
        .await
        .unwrap();
    let url = pending.authorize_url().to_owned();
    assert!(
        url.starts_with(&format!("{}/authorize?response_type=code&", service.url())),
        "{url}"
    );
    assert!(url.contains("code_challenge_method=S256"), "{url}");
    assert!(pending.redirect_uri().starts_with("http://127.0.0.1:"));
    assert!(!format!("{pending:?}").contains("verifier"));

    let browser = async {
        let redirect = decide(&service, &url, true).await;
        // Browsers ask for a favicon too: it must not decide anything.
        let origin = redirect.split("/oauth/").next().unwrap().to_owned();
        let favicon = browse("GET", &format!("{origin}/favicon.ico"), None).await;
        assert_eq!(favicon.status, 404);
        let landing = browse("GET", &redirect, None).await;
        assert_eq!(landing.status, 200);
        assert!(landing.body.contains("Signed in"), "{}", landing.body);
    };
    let (token, ()) = tokio::join!(pending.finish(), browser);
    let token = token.unwrap();
    let cached = signin
        .cache()
        .load_token(&signin.session().token_cache_key())
        .unwrap()
        .unwrap();
    assert_eq!(cached.access_token, token.as_str());
    assert!(cached.refresh_token.is_some());
    assert_eq!(
        service.oidc().token_owner(token.as_str()),
        cached.client_id,
        "the cached token is live, issued to the cached client"
    );
    service.shutdown().await;
}

#[tokio::test]
async fn denying_in_the_browser_is_a_typed_error() {
    let service = local().await;
    let signin = signin_against(&service, "pkce-deny");
    let pending = signin
        .start_browser(&CallbackOptions::default())
        .await
        .unwrap();
    let url = pending.authorize_url().to_owned();
    let browser = async {
        let redirect = decide(&service, &url, false).await;
        assert!(redirect.contains("error=access_denied"), "{redirect}");
        let landing = browse("GET", &redirect, None).await;
        assert!(landing.body.contains("refused"), "{}", landing.body);
    };
    let (result, ()) = tokio::join!(pending.finish(), browser);
    match result {
        Err(Error::Authorization { error, .. }) => assert_eq!(error, "access_denied"),
        other => panic!("expected an authorization error, got {other:?}"),
    }
    let key = signin.session().token_cache_key();
    assert!(signin.cache().load_token(&key).unwrap().is_none());
    service.shutdown().await;
}

#[tokio::test]
async fn a_callback_with_another_state_is_refused() {
    let service = local().await;
    let signin = signin_against(&service, "pkce-state");
    let pending = signin
        .start_browser(&CallbackOptions::default())
        .await
        .unwrap();
    let forged = format!("{}?code=stolen&state=not-this-one", pending.redirect_uri());
    let browser = async {
        let landing = browse("GET", &forged, None).await;
        assert_eq!(landing.status, 400);
        assert!(
            landing.body.contains("not for the sign-in in progress"),
            "{}",
            landing.body
        );
    };
    let (result, ()) = tokio::join!(pending.finish(), browser);
    assert!(matches!(result, Err(Error::StateMismatch)), "{result:?}");
    service.shutdown().await;
}

#[tokio::test]
async fn no_callback_in_time_is_a_timeout() {
    let service = local().await;
    let signin = SignIn::builder(session())
        .config(sso_oidc::Config::builder().endpoint_url(service.url()))
        .cache(TokenCache::new(scratch("pkce-timeout")))
        .clock(Arc::new(ManualClock::new(epoch())))
        .build()
        .unwrap();
    let options = CallbackOptions {
        timeout: Duration::from_secs(600),
        ..CallbackOptions::default()
    };
    // The manual clock lets the ten minutes pass at once.
    let result = signin.start_browser(&options).await.unwrap().finish().await;
    assert!(matches!(result, Err(Error::CallbackTimeout)), "{result:?}");
    service.shutdown().await;
}

#[tokio::test]
async fn a_port_in_use_is_reported_before_anything_is_registered() {
    let service = local().await;
    let signin = signin_against(&service, "pkce-port");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let options = CallbackOptions {
        port,
        ..CallbackOptions::default()
    };
    match signin.start_browser(&options).await {
        Err(Error::Listener { address, source }) => {
            assert_eq!(address, format!("127.0.0.1:{port}"));
            assert_eq!(source.kind(), std::io::ErrorKind::AddrInUse);
        }
        other => panic!("expected a listener error, got {other:?}"),
    }
    assert_eq!(service.oidc().counts()[0], 0, "no client was registered");
    service.shutdown().await;
}

#[tokio::test]
async fn a_chosen_port_is_used_for_ssh_forwarding() {
    let service = local().await;
    let signin = signin_against(&service, "pkce-chosen-port");
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let options = CallbackOptions {
        port,
        ..CallbackOptions::default()
    };
    let pending = signin.start_browser(&options).await.unwrap();
    assert_eq!(
        pending.redirect_uri(),
        format!("http://127.0.0.1:{port}/oauth/callback")
    );
    service.shutdown().await;
}

#[tokio::test]
async fn a_pasted_redirect_url_finishes_the_sign_in() {
    let service = local().await;
    let signin = signin_against(&service, "pkce-paste");
    let pending = signin
        .start_browser(&CallbackOptions::default())
        .await
        .unwrap();
    // A remote shell: the browser cannot reach the listener, and the person
    // copies the URL it was sent to from the address bar.
    let redirect = decide(&service, pending.authorize_url(), true).await;
    let token = pending.finish_with_redirect(&redirect).await.unwrap();
    assert!(service.oidc().token_owner(token.as_str()).is_some());

    let pending = signin
        .start_browser(&CallbackOptions::default())
        .await
        .unwrap();
    let error = pending
        .finish_with_redirect("http://127.0.0.1/oauth/callback")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidCallback(_)), "{error:?}");
    service.shutdown().await;
}

#[tokio::test]
async fn without_a_browser_login_falls_back_to_the_device_flow() {
    let service = local().await;
    let signin = signin_against(&service, "pkce-fallback");
    let mut prompts = Vec::new();
    let oidc = service.oidc().clone();
    let token = signin
        .login_with_browser(
            &LoginOptions::default(),
            &NoBrowser,
            &mut |prompt: &LoginPrompt| {
                if let LoginPrompt::DeviceCode { user_code, .. } = prompt {
                    // The person enters the code on the service's page.
                    assert!(oidc.decide(user_code, true));
                }
                prompts.push(prompt.clone());
            },
        )
        .await
        .unwrap();
    assert!(
        matches!(&prompts[0], LoginPrompt::FallingBackToDeviceCode { .. }),
        "{prompts:?}"
    );
    assert!(
        matches!(&prompts[1], LoginPrompt::DeviceCode { opened: false, .. }),
        "{prompts:?}"
    );
    assert_eq!(prompts.len(), 2);
    assert!(service.oidc().token_owner(token.as_str()).is_some());
    service.shutdown().await;
}

#[tokio::test]
async fn idle_connections_cannot_crowd_out_the_browser() {
    let service = local().await;
    let signin = signin_against(&service, "pkce-idle-flood");
    let pending = signin
        .start_browser(&CallbackOptions::default())
        .await
        .unwrap();
    let url = pending.authorize_url().to_owned();
    let address = pending
        .redirect_uri()
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let browser = async {
        // A local process opens sockets and sends nothing: more than the listener serves at once.
        let mut idle = Vec::new();
        for _ in 0..12 {
            idle.push(tokio::net::TcpStream::connect(&address).await.unwrap());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        let redirect = decide(&service, &url, true).await;
        // The idle sockets are closed after the header timeout; the browser gets through.
        let landing = tokio::time::timeout(Duration::from_secs(10), async {
            loop {
                let client = hyper_util::client::legacy::Client::builder(
                    hyper_util::rt::TokioExecutor::new(),
                )
                .build_http::<Full<Bytes>>();
                let request = http::Request::get(&redirect)
                    .body(Full::new(Bytes::new()))
                    .unwrap();
                if let Ok(response) = client.request(request).await {
                    return response.status().as_u16();
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        })
        .await
        .expect("the callback is served within the header timeout");
        assert_eq!(landing, 200);
        drop(idle);
    };
    let (token, ()) = tokio::join!(pending.finish(), browser);
    assert!(service
        .oidc()
        .token_owner(token.unwrap().as_str())
        .is_some());
    service.shutdown().await;
}
