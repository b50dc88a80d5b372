//! The official Rust SDK's SSO token provider (`aws-config`) and sso-signin
//! sharing one token cache: aws-config reads a token sso-signin cached,
//! refreshes it with the registration and refresh token in the file and writes
//! it back, and sso-signin's provider reads what aws-config wrote.

use std::time::{Duration, SystemTime};

use aws_config::sso::SsoTokenProvider as AwsSsoTokenProvider;
use aws_config::{BehaviorVersion, Region};
use aws_credential_types::provider::token::ProvideToken;
use sso_signin::{
    LoginOptions, LoginPrompt, NoBrowser, SignIn, SsoSession, TokenCache, TokenProvider,
};

const START_URL: &str = "https://d-1234567890.awsapps.com/start";

#[test]
fn aws_config_reads_and_refreshes_a_token_sso_signin_cached() {
    // Both tools find the cache through HOME: set before any thread starts.
    let home = std::env::temp_dir().join(format!("sso-signin-aws-config-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(home.join(".aws")).unwrap();
    std::fs::write(home.join(".aws/config"), "").unwrap();
    std::env::set_var("HOME", &home);
    std::env::set_var("AWS_CONFIG_FILE", home.join(".aws/config"));
    std::env::set_var("AWS_SHARED_CREDENTIALS_FILE", home.join(".aws/credentials"));
    for name in [
        "AWS_PROFILE",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_SSO_OIDC",
    ] {
        std::env::remove_var(name);
    }
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(exchange());
    std::fs::remove_dir_all(&home).unwrap();
}

async fn exchange() {
    let service = sso_oidc_local::LocalService::builder()
        .interval(Duration::from_secs(1))
        .start("127.0.0.1:0")
        .await
        .unwrap();
    let session = SsoSession::named("corp", START_URL, "us-east-1");
    let cache = TokenCache::default_location().unwrap();
    let endpoint = || sso_oidc::Config::builder().endpoint_url(service.url());
    let oidc = service.oidc().clone();
    let options = LoginOptions {
        use_device_code: true,
        ..LoginOptions::default()
    };
    let ours = SignIn::builder(session.clone())
        .config(endpoint())
        .cache(cache.clone())
        .build()
        .unwrap()
        .login_with_browser(&options, &NoBrowser, &mut |prompt: &LoginPrompt| {
            if let LoginPrompt::DeviceCode { user_code, .. } = prompt {
                assert!(oidc.decide(user_code, true));
            }
        })
        .await
        .unwrap();

    let sdk_config = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(service.url())
        .no_credentials()
        .load()
        .await;
    let aws_provider = || {
        AwsSsoTokenProvider::builder()
            .configure(&sdk_config)
            .session_name("corp")
            .region(Region::new("us-east-1"))
            .start_url(START_URL)
            .build()
    };

    // 1. aws-config reads the token we wrote, as it is.
    let read = aws_provider()
        .await
        .provide_token()
        .await
        .expect("aws-config reads our cache file");
    assert_eq!(read.token(), ours.as_str());

    // 2. One minute left: aws-config refreshes with what our file holds, and writes it back.
    let key = session.token_cache_key();
    let mut entry = cache.load_token(&key).unwrap().unwrap();
    entry.expires_at = SystemTime::now() + Duration::from_secs(60);
    cache.store_token(&key, &entry).unwrap();
    let refreshed = aws_provider()
        .await
        .provide_token()
        .await
        .expect("aws-config refreshes our token");
    assert_ne!(
        refreshed.token(),
        ours.as_str(),
        "aws-config refreshed the token"
    );
    assert!(service.oidc().token_owner(refreshed.token()).is_some());

    // 3. We read the file aws-config wrote.
    let provider = TokenProvider::builder(session)
        .config(endpoint())
        .cache(cache)
        .build()
        .unwrap();
    assert_eq!(provider.token().await.unwrap().as_str(), refreshed.token());
    service.shutdown().await;
}
