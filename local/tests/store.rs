//! The on-disk store: a client registered and a refresh token issued before a
//! restart still work after it, and a spent refresh token stays spent; the
//! file is its owner's only and holds digests, not secrets.

use sso_oidc_local::{LocalService, Store};
use std::time::Duration;

fn client(url: &str) -> sso_oidc::Client {
    sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url(url)
            .build(),
    )
}

async fn refresh(
    client: &sso_oidc::Client,
    id: &str,
    secret: &str,
    token: &str,
) -> Result<String, String> {
    client
        .create_token()
        .client_id(id)
        .client_secret(secret)
        .grant_type("refresh_token")
        .refresh_token(token)
        .send()
        .await
        .map(|out| out.refresh_token().unwrap_or_default().to_owned())
        .map_err(|e| format!("{:?}", e.into_service_error()))
}

#[tokio::test]
async fn registrations_and_refresh_tokens_survive_a_restart() {
    let path = std::env::temp_dir().join(format!("sso-oidc-local-{}.redb", std::process::id()));
    let _ = std::fs::remove_file(&path);

    let service = LocalService::builder()
        .interval(Duration::ZERO)
        .store(Store::open(&path).expect("open"))
        .start("127.0.0.1:0")
        .await
        .expect("start");
    let sdk = client(service.url());
    let registered = sdk
        .register_client()
        .client_name("persistent")
        .client_type("public")
        .scopes("sso:account:access")
        .send()
        .await
        .expect("register");
    let id = registered.client_id().expect("id").to_owned();
    let secret = registered.client_secret().expect("secret").to_owned();
    let device = sdk
        .start_device_authorization()
        .client_id(&id)
        .client_secret(&secret)
        .start_url("https://example.awsapps.com/start")
        .send()
        .await
        .expect("start");
    assert!(service
        .oidc()
        .decide(device.user_code().expect("code"), true));
    let tokens = sdk
        .create_token()
        .client_id(&id)
        .client_secret(&secret)
        .grant_type("urn:ietf:params:oauth:grant-type:device_code")
        .device_code(device.device_code().expect("code"))
        .send()
        .await
        .expect("token");
    let first = tokens.refresh_token().expect("refresh").to_owned();
    // A refused refresh (a scope the client never registered) spends nothing.
    let refused = sdk
        .create_token()
        .client_id(&id)
        .client_secret(&secret)
        .grant_type("refresh_token")
        .refresh_token(&first)
        .scope("not:registered")
        .send()
        .await;
    assert!(refused.is_err(), "{refused:?}");
    let second = refresh(&sdk, &id, &secret, &first).await.expect("refresh");
    drop(sdk);
    service.shutdown().await;

    // Readable by its owner only, and no secret or token in it that works.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&path).expect("file").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    }
    let bytes = std::fs::read(&path).expect("read the file");
    for secret_text in [&secret, &first, &second] {
        assert!(
            !bytes
                .windows(secret_text.len())
                .any(|w| w == secret_text.as_bytes()),
            "a secret is stored in clear"
        );
    }
    assert!(
        bytes.windows(id.len()).any(|w| w == id.as_bytes()),
        "the file is read (the client id, not secret, is in it)"
    );

    // A new process would open the same file: the client and the live refresh
    // token are back, the spent one is not.
    let service = LocalService::builder()
        .store(Store::open(&path).expect("reopen"))
        .start("127.0.0.1:0")
        .await
        .expect("restart");
    let sdk = client(service.url());
    let spent = refresh(&sdk, &id, &secret, &first).await;
    assert!(
        spent.as_ref().is_err_and(|e| e.contains("InvalidGrant")),
        "{spent:?}"
    );
    let third = refresh(&sdk, &id, &secret, &second)
        .await
        .expect("the live refresh token works after the restart");
    assert_ne!(third, second);
    drop(sdk);
    service.shutdown().await;
    let _ = std::fs::remove_file(&path);
}

#[tokio::test]
async fn an_existing_world_readable_file_is_narrowed_to_its_owner() {
    let path =
        std::env::temp_dir().join(format!("sso-oidc-local-mode-{}.redb", std::process::id()));
    let _ = std::fs::remove_file(&path);
    std::fs::write(&path, b"").expect("create");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        drop(Store::open(&path).expect("open"));
        let mode = std::fs::metadata(&path).expect("file").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "mode {mode:o}");
    }
    let _ = std::fs::remove_file(&path);
}
