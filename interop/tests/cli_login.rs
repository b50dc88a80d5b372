//! The `sso-oidc` binary's `login` against the local service writes a token
//! file that the official Rust SDK's SSO token provider (`aws-config`) reads
//! and refreshes.
//!
//! The binary is the one the main workspace builds (`cargo test --workspace`,
//! which `.ci/run` runs before this): `../target/debug/sso-oidc`, or the path
//! in `SSO_OIDC_BIN`. This workspace cannot build it itself
//! (`CARGO_BIN_EXE_*` is only set for a package's own binaries).

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use aws_config::sso::SsoTokenProvider;
use aws_config::{BehaviorVersion, Region};
use aws_credential_types::provider::token::ProvideToken;

fn binary() -> PathBuf {
    let path = std::env::var_os("SSO_OIDC_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/debug/sso-oidc"));
    assert!(
        path.is_file(),
        "the sso-oidc binary is not at {}: build it first in the main workspace \
         (`cargo build -p sso-oidc-cli`, or `cargo test --workspace` as .ci/run does), \
         or point SSO_OIDC_BIN at it",
        path.display()
    );
    path
}

/// Runs `sso-oidc login args...`, approving the code it prints through `approve`;
/// returns what it printed on stdout and stderr.
fn login(home: &Path, args: &[&str], approve: &dyn Fn(&str) -> bool) -> (String, String) {
    let mut child = Command::new(binary())
        .arg("login")
        .args(args)
        .env("HOME", home)
        .env("AWS_CONFIG_FILE", home.join(".aws/config"))
        .env_remove("AWS_PROFILE")
        .env_remove("AWS_ENDPOINT_URL")
        .env_remove("AWS_ENDPOINT_URL_SSO_OIDC")
        .env_remove("BROWSER")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start sso-oidc login");
    let mut stderr = BufReader::new(child.stderr.take().expect("piped stderr"));
    let mut seen = String::new();
    let mut line = String::new();
    let mut approved = false;
    while stderr.read_line(&mut line).unwrap_or(0) > 0 {
        seen.push_str(&line);
        if !approved && line.trim().len() == 9 && seen.contains("Then enter the code") {
            assert!(
                approve(line.trim()),
                "the code it printed is pending: {seen}"
            );
            approved = true;
        }
        line.clear();
    }
    let output = child.wait_with_output().expect("login finishes");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "sso-oidc login failed:\n{stdout}\n{seen}"
    );
    assert!(approved, "no code was shown:\n{seen}");
    (stdout, seen)
}

#[test]
fn aws_config_reads_the_token_sso_oidc_login_cached() {
    // aws-config finds the cache through HOME: set before any thread starts.
    let home = std::env::temp_dir().join(format!("sso-oidc-cli-aws-config-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(home.join(".aws")).unwrap();
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
        .block_on(exchange(&home));
    std::fs::remove_dir_all(&home).unwrap();
}

async fn exchange(home: &Path) {
    let service = sso_oidc_local::LocalService::builder()
        .interval(Duration::from_secs(1))
        .start("127.0.0.1:0")
        .await
        .unwrap();
    let url = service.url().to_owned();
    let start_url = format!("{url}/start");
    std::fs::write(
        home.join(".aws/config"),
        format!("[sso-session corp]\nsso_start_url = {start_url}\nsso_region = us-east-1\n"),
    )
    .unwrap();
    let oidc = service.oidc().clone();
    let approve = move |code: &str| oidc.decide(code, true);
    let sdk_config = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(&url)
        .no_credentials()
        .load()
        .await;
    // aws-config keys a token by its session name: the sso-session's, or, for a
    // legacy sign-in (no session), the start URL, as its legacy SSO path keys it.
    let provider = |session_name: &str| {
        SsoTokenProvider::builder()
            .configure(&sdk_config)
            .session_name(session_name)
            .region(Region::new("us-east-1"))
            .start_url(&start_url)
            .build()
    };

    // 1. The acceptance command: --start-url, --region, --endpoint-url, --use-device-code.
    let (_, shown) = tokio::task::block_in_place(|| {
        login(
            home,
            &[
                "--start-url",
                &start_url,
                "--region",
                "us-east-1",
                "--endpoint-url",
                &url,
                "--use-device-code",
            ],
            &approve,
        )
    });
    let token = provider(&start_url)
        .await
        .provide_token()
        .await
        .expect("aws-config reads the token sso-oidc login cached");
    assert!(
        service.oidc().token_owner(token.token()).is_some(),
        "a token the service issued"
    );
    assert!(!shown.contains(token.token()), "the token is never printed");

    // 2. An sso-session sign-in, read and then refreshed by aws-config from what the file holds.
    tokio::task::block_in_place(|| {
        login(
            home,
            &[
                "--sso-session",
                "corp",
                "--endpoint-url",
                &url,
                "--use-device-code",
            ],
            &approve,
        )
    });
    let first = provider("corp")
        .await
        .provide_token()
        .await
        .expect("aws-config reads it");
    assert!(service.oidc().token_owner(first.token()).is_some());
    let cache = sso_signin::TokenCache::default_location().unwrap();
    let key =
        sso_signin::SsoSession::named("corp", start_url.as_str(), "us-east-1").token_cache_key();
    let mut entry = cache
        .load_token(&key)
        .unwrap()
        .expect("the cache file is keyed as aws-config keys it");
    entry.expires_at = SystemTime::now() + Duration::from_secs(60);
    cache.store_token(&key, &entry).unwrap();
    let refreshed = provider("corp")
        .await
        .provide_token()
        .await
        .expect("aws-config refreshes it with the registration sso-oidc login cached");
    assert_ne!(refreshed.token(), first.token());
    assert!(service.oidc().token_owner(refreshed.token()).is_some());
    service.shutdown().await;
}
