//! The token provider: when it refreshes, what it writes, and one refresh
//! shared by concurrent callers.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use sso_oidc::config::test_util::MockHttpClient;
use sso_signin::clock::ManualClock;
use sso_signin::{CachedToken, Error, TokenCache, TokenProvider};

use crate::common::*;

fn cached(expires_at: SystemTime, refresh: Option<&str>) -> CachedToken {
    CachedToken {
        start_url: Some(START_URL.into()),
        region: Some("us-east-1".into()),
        access_token: "SECRET-old".into(),
        expires_at,
        client_id: Some("client-1".into()),
        client_secret: Some("SECRET-client".into()),
        registration_expires_at: Some(epoch() + Duration::from_secs(90 * 86_400)),
        refresh_token: refresh.map(str::to_owned),
    }
}

/// A provider on a mock client whose cache holds `token` (when given).
fn provider_with(
    name: &str,
    token: Option<&CachedToken>,
    replies: Vec<sso_oidc::config::test_util::MockReply>,
    window: Option<Duration>,
) -> (TokenProvider, MockHttpClient, TokenCache) {
    let mock = MockHttpClient::new(replies);
    let cache = TokenCache::new(scratch(name));
    if let Some(token) = token {
        cache
            .store_token(&session().token_cache_key(), token)
            .unwrap();
    }
    let mut builder = TokenProvider::builder(session())
        .config(mock_config(&mock))
        .cache(cache.clone())
        .clock(Arc::new(ManualClock::new(epoch())));
    if let Some(window) = window {
        builder = builder.refresh_window(window);
    }
    (builder.build().unwrap(), mock, cache)
}

#[tokio::test]
async fn a_token_outside_the_window_is_returned_without_a_call() {
    let token = cached(epoch() + Duration::from_secs(3600), Some("SECRET-refresh"));
    let (provider, mock, _) = provider_with("provider-fresh", Some(&token), vec![], None);
    assert_eq!(provider.token().await.unwrap().as_str(), "SECRET-old");
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn a_token_inside_the_window_is_refreshed_and_the_cache_rewritten() {
    // Four minutes left: inside the default five-minute window.
    let token = cached(epoch() + Duration::from_secs(240), Some("SECRET-refresh"));
    let (provider, mock, cache) = provider_with(
        "provider-refresh",
        Some(&token),
        vec![tokens("SECRET-new", Some("SECRET-rotated"), 3600)],
        None,
    );
    let fresh = provider.token().await.unwrap();
    assert_eq!(fresh.as_str(), "SECRET-new");
    assert_eq!(fresh.expires_at(), epoch() + Duration::from_secs(3600));
    let calls = create_token_bodies(&mock);
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0]["grantType"], "refresh_token");
    assert_eq!(calls[0]["refreshToken"], "SECRET-refresh");
    let written = cache
        .load_token(&session().token_cache_key())
        .unwrap()
        .unwrap();
    assert_eq!(written.access_token, "SECRET-new");
    assert_eq!(written.refresh_token.as_deref(), Some("SECRET-rotated"));
    assert_eq!(
        written.registration_expires_at,
        token.registration_expires_at
    );
    // Held in memory now: no second call.
    assert_eq!(provider.token().await.unwrap().as_str(), "SECRET-new");
    assert_eq!(create_token_bodies(&mock).len(), 1);
}

#[tokio::test]
async fn the_window_is_configurable() {
    let token = cached(epoch() + Duration::from_secs(240), Some("SECRET-refresh"));
    let (provider, mock, _) = provider_with(
        "provider-window",
        Some(&token),
        vec![],
        Some(Duration::from_secs(60)),
    );
    assert_eq!(provider.token().await.unwrap().as_str(), "SECRET-old");
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn a_refresh_without_a_new_refresh_token_keeps_the_old_one() {
    let token = cached(epoch(), Some("SECRET-refresh"));
    let (provider, _mock, cache) = provider_with(
        "provider-keep-refresh",
        Some(&token),
        vec![tokens("SECRET-new", None, 3600)],
        None,
    );
    provider.token().await.unwrap();
    let written = cache
        .load_token(&session().token_cache_key())
        .unwrap()
        .unwrap();
    assert_eq!(written.refresh_token.as_deref(), Some("SECRET-refresh"));
}

#[tokio::test]
async fn concurrent_callers_share_one_refresh() {
    let token = cached(epoch() + Duration::from_secs(60), Some("SECRET-refresh"));
    let (provider, mock, _) = provider_with(
        "provider-concurrent",
        Some(&token),
        vec![tokens("SECRET-new", Some("SECRET-rotated"), 3600)],
        None,
    );
    let provider = Arc::new(provider);
    let callers: Vec<_> = (0..16)
        .map(|_| {
            let provider = Arc::clone(&provider);
            tokio::spawn(async move { provider.token().await.map(|t| t.as_str().to_owned()) })
        })
        .collect();
    for caller in callers {
        assert_eq!(caller.await.unwrap().unwrap(), "SECRET-new");
    }
    assert_eq!(
        create_token_bodies(&mock).len(),
        1,
        "one refresh for sixteen callers"
    );
}

#[tokio::test]
async fn a_failed_refresh_of_a_valid_token_returns_the_token() {
    let token = cached(epoch() + Duration::from_secs(120), Some("SECRET-refresh"));
    let (provider, _mock, _) = provider_with(
        "provider-refresh-fails-valid",
        Some(&token),
        vec![refused("InvalidGrantException")],
        None,
    );
    assert_eq!(provider.token().await.unwrap().as_str(), "SECRET-old");
}

#[tokio::test]
async fn an_expired_token_that_cannot_be_refreshed_needs_a_sign_in() {
    let token = cached(epoch() - Duration::from_secs(1), Some("SECRET-refresh"));
    let (provider, _mock, _) = provider_with(
        "provider-refresh-fails",
        Some(&token),
        vec![refused("InvalidGrantException")],
        None,
    );
    let error = provider.token().await.unwrap_err();
    assert!(error.needs_sign_in(), "{error:?}");
    let message = error.to_string();
    assert!(message.contains("refreshing it failed"), "{message}");
    assert!(message.contains("InvalidGrantException"), "{message}");
    assert!(!message.contains("SECRET"), "{message}");

    let no_refresh = cached(epoch() - Duration::from_secs(1), None);
    let (provider, mock, _) = provider_with("provider-no-refresh", Some(&no_refresh), vec![], None);
    assert!(provider.token().await.unwrap_err().needs_sign_in());
    assert!(
        mock.requests().is_empty(),
        "nothing to refresh with: no call"
    );
}

#[tokio::test]
async fn a_missing_or_corrupt_cache_file_needs_a_sign_in_and_a_sign_in_replaces_it() {
    let (provider, _mock, cache) = provider_with("provider-missing", None, vec![], None);
    let error = provider.token().await.unwrap_err();
    assert!(error.needs_sign_in());
    assert!(
        error
            .to_string()
            .contains("no cached token for sso-session corp"),
        "{error}"
    );

    let path = cache.path(&session().token_cache_key());
    for corrupt in [
        "",
        "{\"accessToken\": \"SECRET-x\", \"expiresAt\": \"2026-",
        "[1,2]",
        "{\"accessToken\":\"SECRET-x\"}",
    ] {
        std::fs::write(&path, corrupt).unwrap();
        let error = provider.token().await.unwrap_err();
        let message = error.to_string();
        assert!(error.needs_sign_in(), "{corrupt:?}: {message}");
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(!message.contains("SECRET"), "{message}");
    }

    // A sign-in writes a whole new file over the corrupt one.
    let signin_mock = MockHttpClient::new(vec![
        registered(),
        device_started(1, 600),
        tokens("SECRET-signed-in", Some("SECRET-r"), 3600),
    ]);
    let signin = sso_signin::SignIn::builder(session())
        .config(mock_config(&signin_mock))
        .cache(cache.clone())
        .clock(Arc::new(ManualClock::new(epoch())))
        .build()
        .unwrap();
    signin.start_device().await.unwrap().finish().await.unwrap();
    assert_eq!(provider.token().await.unwrap().as_str(), "SECRET-signed-in");
}

#[tokio::test]
async fn an_unreadable_directory_is_an_error_not_a_sign_in() {
    let (provider, _mock, cache) = provider_with("provider-unreadable", None, vec![], None);
    // The entry's path is a directory: reading it fails with an I/O error.
    std::fs::create_dir_all(cache.path(&session().token_cache_key())).unwrap();
    let error = provider.token().await.unwrap_err();
    assert!(matches!(error, Error::Cache(_)), "{error:?}");
}
