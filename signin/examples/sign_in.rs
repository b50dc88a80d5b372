//! `cargo xtask demo`: a sign-in through `sso-signin`, start to finish,
//! against the local SSO OIDC service, in a temporary home directory so that
//! nothing of yours under `~/.aws` is read or touched.
//!
//! 1. writes `~/.aws/config` with an `[sso-session]`, a profile using it, and a
//!    `[services]` section pointing SSO OIDC at the local service;
//! 2. signs in with the device flow (the person's approval is given through
//!    the service) and shows the token file written to `~/.aws/sso/cache`;
//! 3. reads the token back through the token provider, then refreshes it once.
//!
//! Every secret printed is redacted.

use std::path::Path;
use std::time::Duration;

use sso_signin::{LoginOptions, LoginPrompt, SignIn, SsoSession, TokenProvider};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Set before any thread exists: the environment is read by the AWS config loader.
    let home = std::env::temp_dir().join(format!("sso-signin-demo-{}", std::process::id()));
    std::fs::create_dir_all(&home)?;
    std::env::set_var("HOME", &home);
    std::env::set_var("AWS_PROFILE", "demo");
    for name in [
        "AWS_CONFIG_FILE",
        "AWS_REGION",
        "AWS_DEFAULT_REGION",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_SSO_OIDC",
    ] {
        std::env::remove_var(name);
    }
    let result = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(demo(&home));
    std::fs::remove_dir_all(&home)?;
    result
}

async fn demo(home: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let service = sso_oidc_local::LocalService::builder()
        .interval(Duration::from_secs(1))
        .start("127.0.0.1:0")
        .await?;
    println!("local SSO OIDC service on {}", service.url());
    println!("HOME={} (temporary)\n", home.display());

    let config = format!(
        "[profile demo]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Developer\n\
         region = eu-west-1\nservices = local\n\n\
         [sso-session corp]\nsso_start_url = https://d-1234567890.awsapps.com/start\n\
         sso_region = us-east-1\nsso_registration_scopes = sso:account:access\n\n\
         [services local]\nsso_oidc =\n  endpoint_url = {}\n",
        service.url()
    );
    std::fs::create_dir_all(home.join(".aws"))?;
    std::fs::write(home.join(".aws/config"), &config)?;
    println!("~/.aws/config:\n{config}");
    println!(
        "sso_oidc::Config::from_env() with AWS_PROFILE=demo: region {:?}\n",
        sso_oidc::Config::from_env().region()
    );

    // ---- the sign-in: what a program needs -------------------------------
    let session = SsoSession::from_config_profile("demo")?;
    let options = LoginOptions {
        use_device_code: true,
        no_browser: true,
        ..LoginOptions::default()
    };
    let oidc = service.oidc().clone();
    let token = SignIn::new(session.clone())?
        .login(&options, &mut |prompt: &LoginPrompt| {
            println!("{prompt}");
            if let LoginPrompt::DeviceCode { user_code, .. } = prompt {
                // Here the person would open the page and approve; the demo
                // approves through the local service instead.
                println!("(approving {user_code} through the local service)\n");
                oidc.decide(user_code, true);
            }
        })
        .await?;
    // -----------------------------------------------------------------------
    println!("signed in: {token:?}\n");

    let path = home
        .join(".aws/sso/cache")
        .join(format!("{}.json", session.token_cache_key()));
    print_cache_file("the token file the AWS CLI and SDKs read", &path)?;

    let provider = TokenProvider::new(session)?;
    let cached = provider.token().await?;
    println!("TokenProvider::token() → {cached:?} (from the cache, no call)");
    let refreshed = provider.force_refresh().await?;
    println!("TokenProvider::force_refresh() → {refreshed:?}");
    println!(
        "  a new access token: {}\n",
        if refreshed.as_str() != cached.as_str() {
            "yes"
        } else {
            "NO"
        }
    );
    if refreshed.as_str() == cached.as_str() {
        return Err("the refresh returned the same access token".into());
    }
    print_cache_file("the token file after the refresh", &path)?;
    service.shutdown().await;
    Ok(())
}

/// Prints a cache file with its secret values redacted.
fn print_cache_file(title: &str, path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut entry: serde_json::Map<String, serde_json::Value> =
        serde_json::from_slice(&std::fs::read(path)?)?;
    for secret in ["accessToken", "clientSecret", "refreshToken"] {
        if let Some(value) = entry.get_mut(secret) {
            *value = "** redacted **".into();
        }
    }
    println!(
        "{title}: ~/.aws/sso/cache/{}\n{}\n",
        path.file_name().unwrap_or_default().to_string_lossy(),
        serde_json::to_string_pretty(&entry)?
    );
    Ok(())
}
