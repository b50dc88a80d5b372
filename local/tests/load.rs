//! A bounded load test: 64 device flows at once, 50 rounds, over loopback.
//! Every flow must end with its own token; the only error allowed is the
//! `AuthorizationPendingException` each flow sees before approval.

use sso_oidc_local::LocalService;
use std::collections::HashSet;
use std::time::Duration;

const FLOWS: usize = 64;
const ROUNDS: usize = 50;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_device_flows_each_end_with_a_unique_token() {
    // Interval 0: the flows poll as fast as they like without SlowDown.
    let service = LocalService::builder()
        .interval(Duration::ZERO)
        .start("127.0.0.1:0")
        .await
        .expect("service starts");
    let client = sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url(service.url())
            .build(),
    );
    let registered = client
        .register_client()
        .client_name("load")
        .client_type("public")
        .send()
        .await
        .expect("register");
    let id = registered.client_id().expect("id").to_owned();
    let secret = registered.client_secret().expect("secret").to_owned();

    let mut tokens = HashSet::new();
    let mut pending_seen = 0;
    for _ in 0..ROUNDS {
        let flows: Vec<_> = (0..FLOWS)
            .map(|_| {
                let (client, oidc) = (client.clone(), service.oidc().clone());
                let (id, secret) = (id.clone(), secret.clone());
                tokio::spawn(async move {
                    let device = client
                        .start_device_authorization()
                        .client_id(&id)
                        .client_secret(&secret)
                        .start_url("https://example.awsapps.com/start")
                        .send()
                        .await
                        .map_err(|e| format!("start: {e}"))?;
                    let poll = || {
                        client
                            .create_token()
                            .client_id(&id)
                            .client_secret(&secret)
                            .grant_type("urn:ietf:params:oauth:grant-type:device_code")
                            .device_code(device.device_code().unwrap_or_default())
                            .send()
                    };
                    match poll().await {
                        Err(e) if e.code() == Some("AuthorizationPendingException") => {}
                        other => return Err(format!("first poll: {other:?}")),
                    }
                    if !oidc.decide(device.user_code().unwrap_or_default(), true) {
                        return Err("approval found no pending sign-in".to_owned());
                    }
                    let token = poll().await.map_err(|e| format!("second poll: {e}"))?;
                    token
                        .access_token()
                        .map(str::to_owned)
                        .ok_or_else(|| "no access token".to_owned())
                })
            })
            .collect();
        for flow in flows {
            let token = flow.await.expect("flow task").expect("flow succeeds");
            pending_seen += 1;
            assert!(tokens.insert(token), "a token was issued twice");
        }
    }
    assert_eq!(tokens.len(), FLOWS * ROUNDS);
    assert_eq!(pending_seen, FLOWS * ROUNDS);
    service.shutdown().await;
}
