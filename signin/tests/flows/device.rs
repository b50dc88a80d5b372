//! The device flow's polling, every branch, on a manual clock: no real waits.

use std::time::Duration;

use sso_signin::{Error, SignIn, TokenCache};

use crate::common::*;

fn secs(list: &[u64]) -> Vec<Duration> {
    list.iter().map(|s| Duration::from_secs(*s)).collect()
}

#[tokio::test]
async fn pending_and_two_slow_downs_then_a_token_in_the_cache() {
    let (signin, mock, clock) = mock_signin(
        "device-success",
        vec![
            registered(),
            device_started(2, 600),
            refused("AuthorizationPendingException"),
            refused("SlowDownException"),
            refused("SlowDownException"),
            refused("AuthorizationPendingException"),
            tokens("SECRET-access", Some("SECRET-refresh"), 28_800),
        ],
    );
    let pending = signin.start_device().await.unwrap();
    assert_eq!(pending.user_code(), "ABCD-EFGH");
    assert_eq!(
        pending.verification_uri(),
        "https://device.sso.us-east-1.amazonaws.com/"
    );
    assert_eq!(
        pending.complete_uri(),
        Some("https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH")
    );
    let shown = format!("{pending:?}");
    assert!(!shown.contains("SECRET"), "{shown}");

    let token = pending.finish().await.unwrap();
    // Every poll waits the interval first; each SlowDown adds five seconds.
    assert_eq!(clock.sleeps(), secs(&[2, 2, 7, 12, 12]));
    assert_eq!(token.as_str(), "SECRET-access");
    let issued = epoch() + Duration::from_secs(2 + 2 + 7 + 12 + 12);
    assert_eq!(token.expires_at(), issued + Duration::from_secs(28_800));
    assert!(!format!("{token:?}").contains("SECRET"));

    let polls = create_token_bodies(&mock);
    assert_eq!(polls.len(), 5);
    for poll in &polls {
        assert_eq!(
            poll["grantType"],
            "urn:ietf:params:oauth:grant-type:device_code"
        );
        assert_eq!(poll["deviceCode"], "SECRET-device");
        assert_eq!(poll["clientId"], "client-1");
    }
    let register: serde_json::Value = serde_json::from_str(&mock.requests()[0].body).unwrap();
    assert_eq!(register["clientType"], "public");
    assert_eq!(
        register["scopes"],
        serde_json::json!(["sso:account:access"])
    );

    let cached = signin
        .cache()
        .load_token(&signin.session().token_cache_key())
        .unwrap()
        .expect("the token is cached");
    assert_eq!(cached.access_token, "SECRET-access");
    assert_eq!(cached.refresh_token.as_deref(), Some("SECRET-refresh"));
    assert_eq!(cached.client_id.as_deref(), Some("client-1"));
    assert_eq!(cached.start_url.as_deref(), Some(START_URL));
    assert_eq!(cached.region.as_deref(), Some("us-east-1"));
    assert_eq!(cached.expires_at, token.expires_at());
}

#[tokio::test]
async fn a_zero_interval_means_five_seconds() {
    let (signin, _mock, clock) = mock_signin(
        "device-zero-interval",
        vec![
            registered(),
            device_started(0, 600),
            tokens("SECRET-a", None, 3600),
        ],
    );
    let pending = signin.start_device().await.unwrap();
    assert_eq!(pending.interval(), Duration::from_secs(5));
    pending.finish().await.unwrap();
    assert_eq!(clock.sleeps(), secs(&[5]));
}

#[tokio::test]
async fn a_denial_stops_polling_with_a_typed_error_and_caches_nothing() {
    let (signin, mock, _clock) = mock_signin(
        "device-denied",
        vec![
            registered(),
            device_started(1, 600),
            refused("AuthorizationPendingException"),
            refused("AccessDeniedException"),
        ],
    );
    let error = signin
        .start_device()
        .await
        .unwrap()
        .finish()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Denied), "{error:?}");
    assert_eq!(create_token_bodies(&mock).len(), 2);
    let key = signin.session().token_cache_key();
    assert!(signin.cache().load_token(&key).unwrap().is_none());
}

#[tokio::test]
async fn an_expired_token_answer_stops_polling() {
    let (signin, _mock, _clock) = mock_signin(
        "device-expired-answer",
        vec![
            registered(),
            device_started(1, 600),
            refused("ExpiredTokenException"),
        ],
    );
    let error = signin
        .start_device()
        .await
        .unwrap()
        .finish()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Expired { .. }), "{error:?}");
}

#[tokio::test]
async fn polling_stops_when_expires_in_passes() {
    let (signin, mock, clock) = mock_signin(
        "device-expires-in",
        vec![
            registered(),
            device_started(4, 10),
            refused("AuthorizationPendingException"),
            refused("AuthorizationPendingException"),
        ],
    );
    let error = signin
        .start_device()
        .await
        .unwrap()
        .finish()
        .await
        .unwrap_err();
    // Polls at 4 s and 8 s; one more wait would pass the 10 s lifetime.
    assert_eq!(clock.sleeps(), secs(&[4, 4]));
    assert_eq!(create_token_bodies(&mock).len(), 2);
    match error {
        Error::Expired { at } => assert_eq!(at, epoch() + Duration::from_secs(10)),
        other => panic!("expected Expired, got {other:?}"),
    }
}

#[tokio::test]
async fn another_refusal_is_reported_with_its_operation() {
    let (signin, _mock, _clock) = mock_signin(
        "device-invalid-client",
        vec![
            registered(),
            device_started(1, 600),
            refused("InvalidClientException"),
        ],
    );
    let error = signin
        .start_device()
        .await
        .unwrap()
        .finish()
        .await
        .unwrap_err();
    match &error {
        Error::Service { operation, source } => {
            assert_eq!(*operation, "CreateToken");
            assert!(source.is_invalid_client_exception(), "{source:?}");
        }
        other => panic!("expected a service error, got {other:?}"),
    }
    assert!(!error.to_string().contains("SECRET"));
}

#[tokio::test]
async fn a_cached_registration_is_reused() {
    let (signin, mock, _clock) = mock_signin(
        "device-reuse",
        vec![
            registered(),
            device_started(1, 600),
            tokens("SECRET-1", None, 3600),
            device_started(1, 600),
            tokens("SECRET-2", None, 3600),
        ],
    );
    signin.start_device().await.unwrap().finish().await.unwrap();
    let second = signin.start_device().await.unwrap().finish().await.unwrap();
    assert_eq!(second.as_str(), "SECRET-2");
    let registrations = mock
        .requests()
        .iter()
        .filter(|r| r.uri.ends_with("/client/register"))
        .count();
    assert_eq!(
        registrations, 1,
        "the second sign-in reuses the cached client"
    );
}

#[tokio::test]
async fn dropping_the_future_stops_polling() {
    // A real clock and an hour-long interval: the first poll is an hour away.
    let mock = sso_oidc::config::test_util::MockHttpClient::new(vec![
        registered(),
        device_started(3600, 7200),
        tokens("SECRET-never", None, 3600),
    ]);
    let signin = SignIn::builder(session())
        .config(mock_config(&mock))
        .cache(TokenCache::new(scratch("device-cancel")))
        .build()
        .unwrap();
    let pending = signin.start_device().await.unwrap();
    let waited = tokio::time::timeout(Duration::from_millis(50), pending.finish()).await;
    assert!(waited.is_err(), "the poll loop is still waiting");
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert!(
        create_token_bodies(&mock).is_empty(),
        "nothing polled after the drop"
    );
}
