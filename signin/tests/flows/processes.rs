//! Sixteen processes refreshing one cache entry at once. The local service
//! rotates refresh tokens (a used one is refused), so a process that refreshed
//! with a token another had already spent would fail or keep the old access
//! token: every process must end with the one new token, from one refresh.

use std::time::{Duration, SystemTime};

use sso_signin::{LoginOptions, NoBrowser, SignIn, TokenCache, TokenProvider};

use crate::common::*;

const PROCESSES: usize = 16;
const CHILD_CACHE: &str = "SSO_SIGNIN_TEST_CHILD_CACHE";
const CHILD_ENDPOINT: &str = "SSO_SIGNIN_TEST_CHILD_ENDPOINT";
const MARK: &str = "token-digest=";

fn digest(token: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, token.as_bytes());
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn sixteen_processes_refresh_once_and_agree() {
    let service = sso_oidc_local::LocalService::builder()
        .interval(Duration::from_secs(1))
        .start("127.0.0.1:0")
        .await
        .unwrap();
    let dir = scratch("processes");
    let cache = TokenCache::new(&dir);
    let signin = SignIn::builder(session())
        .config(sso_oidc::Config::builder().endpoint_url(service.url()))
        .cache(cache.clone())
        .build()
        .unwrap();
    let oidc = service.oidc().clone();
    let options = LoginOptions {
        use_device_code: true,
        ..LoginOptions::default()
    };
    let signed_in = signin
        .login_with_browser(&options, &NoBrowser, &mut |prompt| {
            if let sso_signin::LoginPrompt::DeviceCode { user_code, .. } = prompt {
                assert!(oidc.decide(user_code, true));
            }
        })
        .await
        .unwrap();
    // One minute left: inside every process's refresh window.
    let key = session().token_cache_key();
    let mut entry = cache.load_token(&key).unwrap().unwrap();
    entry.expires_at = SystemTime::now() + Duration::from_secs(60);
    cache.store_token(&key, &entry).unwrap();
    let access_tokens_before = service.oidc().counts()[4];

    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..PROCESSES)
        .map(|_| {
            tokio::process::Command::new(&exe)
                .args([
                    "--exact",
                    "processes::child_refresh",
                    "--ignored",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(CHILD_CACHE, &dir)
                .env(CHILD_ENDPOINT, service.url())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut digests = Vec::new();
    for child in children {
        let output = child.wait_with_output().await.unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "a child failed: {stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let digest = stdout
            .lines()
            .find_map(|line| line.strip_prefix(MARK))
            .unwrap_or_else(|| panic!("the child printed no token: {stdout}"));
        digests.push(digest.to_owned());
    }
    let first = digests[0].clone();
    assert!(
        digests.iter().all(|d| *d == first),
        "the processes disagree: {digests:?}"
    );
    assert_ne!(first, digest(signed_in.as_str()), "the token was refreshed");
    assert_eq!(
        service.oidc().counts()[4],
        access_tokens_before + 1,
        "exactly one refresh for {PROCESSES} processes"
    );
    let written = cache.load_token(&key).unwrap().unwrap();
    assert_eq!(digest(&written.access_token), first);
    service.shutdown().await;
}

/// One of the sixteen: run by the test above in a process of its own.
#[tokio::test]
#[ignore = "a child process of sixteen_processes_refresh_once_and_agree"]
async fn child_refresh() {
    let (Ok(dir), Ok(endpoint)) = (std::env::var(CHILD_CACHE), std::env::var(CHILD_ENDPOINT))
    else {
        panic!("run by sixteen_processes_refresh_once_and_agree, which sets {CHILD_CACHE}");
    };
    let provider = TokenProvider::builder(session())
        .config(sso_oidc::Config::builder().endpoint_url(endpoint))
        .cache(TokenCache::new(dir))
        .build()
        .unwrap();
    let token = provider.token().await.unwrap();
    // On a line of its own: the harness prints "test … " before it.
    println!("\n{MARK}{}", digest(token.as_str()));
}
