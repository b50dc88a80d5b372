//! botocore (the AWS CLI's and boto3's core) and sso-signin sharing one token
//! cache: botocore loads a token file sso-signin wrote, refreshes it with the
//! registration and refresh token in it, and writes it back in its own
//! format; sso-signin's token provider then reads what botocore wrote.
//!
//! botocore comes from the virtual environment `.ci/run` makes
//! (`target/interop-venv`, or the Python named by `SSO_OIDC_INTEROP_PYTHON`);
//! without one the test prints why and passes without running it, unless
//! `SSO_OIDC_INTEROP_REQUIRED` is set: then it fails.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use sso_signin::{
    LoginOptions, LoginPrompt, NoBrowser, SignIn, SsoSession, TokenCache, TokenProvider,
};

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn interop_python() -> Result<PathBuf, String> {
    if let Some(python) = std::env::var_os("SSO_OIDC_INTEROP_PYTHON") {
        return Ok(PathBuf::from(python));
    }
    let venv = workspace_root().join("target/interop-venv/bin/python");
    if venv.exists() {
        Ok(venv)
    } else {
        Err(format!(
            "{} does not exist (`.ci/run` makes it with `pip install boto3 awscli`)",
            venv.display()
        ))
    }
}

fn sha256(text: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, text.as_bytes());
    digest.as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn botocore_refreshes_a_token_we_cached_and_we_read_what_it_wrote() {
    let python = match interop_python() {
        Ok(python) => python,
        Err(reason) => {
            assert!(
                std::env::var_os("SSO_OIDC_INTEROP_REQUIRED").is_none(),
                "SSO_OIDC_INTEROP_REQUIRED is set, but the botocore cache test cannot run: {reason}"
            );
            println!("skipping the botocore token cache test: {reason}");
            return;
        }
    };
    let service = sso_oidc_local::LocalService::builder()
        .interval(Duration::from_secs(1))
        .start("127.0.0.1:0")
        .await
        .unwrap();
    let home = std::env::temp_dir().join(format!("sso-signin-botocore-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(home.join(".aws")).unwrap();
    let config = home.join(".aws/config");
    std::fs::write(
        &config,
        "[profile dev]\nsso_session = corp\n\n[sso-session corp]\n\
         sso_start_url = https://d-1234567890.awsapps.com/start\nsso_region = us-east-1\n",
    )
    .unwrap();
    let session = SsoSession::from_profile(
        &sdk_runtime::profile::ProfileFile::parse(
            &std::fs::read_to_string(&config).unwrap(),
            "config",
        )
        .unwrap(),
        "dev",
    )
    .unwrap();
    let cache = TokenCache::new(home.join(".aws/sso/cache"));
    let endpoint = || sso_oidc::Config::builder().endpoint_url(service.url());

    // We sign in and cache the token, then leave it ten minutes: inside
    // botocore's fifteen-minute refresh window.
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
    let key = session.token_cache_key();
    let mut entry = cache.load_token(&key).unwrap().unwrap();
    entry.expires_at = SystemTime::now() + Duration::from_secs(600);
    cache.store_token(&key, &entry).unwrap();

    let script = workspace_root().join("interop/python/token_cache.py");
    let output = std::process::Command::new(&python)
        .arg(&script)
        .env("HOME", &home)
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_PROFILE", "dev")
        .env("AWS_ENDPOINT_URL_SSO_OIDC", service.url())
        .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env_remove("AWS_ENDPOINT_URL")
        .output()
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "botocore failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answer: serde_json::Value = serde_json::from_str(stdout.trim()).expect("one JSON line");
    let botocore_token = answer["sha256"].as_str().unwrap().to_owned();
    assert_ne!(
        botocore_token,
        sha256(ours.as_str()),
        "botocore refreshed the token we cached"
    );

    // botocore wrote the file back in its format; our provider reads it.
    let provider = TokenProvider::builder(session)
        .config(endpoint())
        .cache(cache.clone())
        .build()
        .unwrap();
    let read = provider.token().await.unwrap();
    assert_eq!(
        sha256(read.as_str()),
        botocore_token,
        "we read the token botocore wrote"
    );
    assert_eq!(
        sso_signin::cache::format_time(read.expires_at()),
        answer["expiration"].as_str().unwrap()
    );
    let written = cache.load_token(&key).unwrap().unwrap();
    assert!(
        written.refresh_token.is_some(),
        "botocore kept the rotated refresh token"
    );
    assert!(
        service.oidc().token_owner(read.as_str()).is_some(),
        "the token is live"
    );
    std::fs::remove_dir_all(&home).unwrap();
    service.shutdown().await;
}
