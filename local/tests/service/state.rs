//! What the service remembers is bounded: every kind of state expires, and a
//! full kind refuses with `503 ServiceUnavailableException` instead of growing.

use super::common::*;
use sso_oidc_local::Limits;
use std::time::Duration;

const CLIENTS: usize = 0;
const DEVICES: usize = 1;

#[tokio::test]
async fn registrations_expire_at_their_secret_expiry_and_are_forgotten() {
    let f = start().await;
    let client = register(&f.client).await;
    assert_eq!(f.service.oidc().counts()[CLIENTS], 1);
    f.clock.advance(Duration::from_secs(90 * 24 * 3600));
    assert_eq!(f.service.oidc().counts()[CLIENTS], 0, "forgotten at expiry");
    let error = start_sign_in(&f, &client).await.expect_err("expired");
    assert_eq!(error.code(), Some("InvalidClientException"));
    f.service.shutdown().await;
}

#[tokio::test]
async fn a_full_kind_of_state_answers_503_until_entries_expire() {
    let f = start_with(|builder| {
        builder.limits(Limits {
            clients: 3,
            device_authorizations: 2,
            ..Limits::default()
        })
    })
    .await;
    let client = register(&f.client).await;
    register(&f.client).await;
    register(&f.client).await;
    let (status, headers, body) = raw(
        "POST",
        &format!("{}/client/register", f.service.url()),
        "application/json",
        r#"{"clientName": "one-too-many", "clientType": "public"}"#.to_owned(),
    )
    .await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(
        headers["x-amzn-errortype"].to_str().ok(),
        Some("ServiceUnavailableException")
    );
    assert!(body.contains("registered clients"), "{body}");

    let start = || start_sign_in(&f, &client);
    start().await.expect("first");
    start().await.expect("second");
    let full = start().await.expect_err("third: full");
    assert_eq!(full.raw_response().map(|r| r.status()), Some(503));
    assert_eq!(f.service.oidc().counts()[DEVICES], 2);
    // Expired device codes are kept ten minutes for late polls, then forgotten.
    f.clock.advance(Duration::from_secs(600 + 599));
    assert_eq!(f.service.oidc().counts()[DEVICES], 2);
    f.clock.advance(Duration::from_secs(1));
    assert_eq!(f.service.oidc().counts()[DEVICES], 0);
    start().await.expect("room again");
    f.service.shutdown().await;
}

#[tokio::test]
async fn redeemed_and_expired_grants_leave_nothing_behind() {
    let f = start().await;
    let client = register(&f.client).await;
    for _ in 0..50 {
        let device = start_sign_in(&f, &client).await.expect("start");
        assert_eq!(
            approve(&f.service, device.user_code().expect("code"), true).await,
            200
        );
        poll(&f, &client, device.device_code().expect("code"))
            .await
            .expect("tokens");
    }
    let [clients, devices, codes, refresh, access] = f.service.oidc().counts();
    assert_eq!(
        (clients, devices, codes),
        (1, 0, 0),
        "redeemed codes are gone"
    );
    assert_eq!((refresh, access), (50, 50));
    // Access tokens last 8 hours, refresh tokens 90 days.
    f.clock.advance(Duration::from_secs(8 * 3600));
    assert_eq!(f.service.oidc().counts()[4], 0);
    assert_eq!(f.service.oidc().counts()[3], 50);
    f.clock.advance(Duration::from_secs(90 * 24 * 3600));
    assert_eq!(f.service.oidc().counts(), [0; 5]);
    f.service.shutdown().await;
}
