//! Generated waiters (the `smithy.waiters#waitable` fixture, `tests/waiters-sdk`) on a
//! scripted HTTP client, with a sleep that records each delay and takes no time:
//! retries until an output path says success, a failure state, an error-type
//! acceptor retrying and succeeding, an error no acceptor matches, the maximum
//! wait, projections with `allStringEquals`/`anyStringEquals` and `length`,
//! `inputOutput` paths comparing the input with the output, and delays within
//! the model's `minDelay` and `maxDelay`.

use sdk_runtime::client::test_util::{MockHttpClient, MockReply};
use sdk_runtime::waiters::{Sleep, WaiterError};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use waiters_sdk::{Client, Config};

fn mock_client(replies: Vec<MockReply>) -> (Client, MockHttpClient) {
    let mock = MockHttpClient::new(replies);
    let config = Config::builder()
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:1")
        .http_client(mock.clone())
        .build();
    (Client::from_conf(config), mock)
}

/// A sleep that records the delays asked for and returns at once.
fn recording_sleep() -> (Sleep, Arc<Mutex<Vec<Duration>>>) {
    let delays = Arc::new(Mutex::new(Vec::new()));
    let recorded = delays.clone();
    let sleep: Sleep = Arc::new(move |d| {
        recorded.lock().unwrap().push(d);
        Box::pin(async {})
    });
    (sleep, delays)
}

fn table(status: &str) -> MockReply {
    MockReply::json(
        200,
        serde_json::json!({ "table": { "name": "t", "status": status } }).to_string(),
    )
}

fn replicas(statuses: &[&str], ready: Option<bool>) -> MockReply {
    let replicas: Vec<_> = statuses
        .iter()
        .map(|s| serde_json::json!({ "region": "r", "status": s }))
        .collect();
    let mut table = serde_json::json!({ "name": "t", "replicas": replicas });
    if let Some(ready) = ready {
        table["ready"] = ready.into();
    }
    MockReply::json(200, serde_json::json!({ "table": table }).to_string())
}

fn not_found() -> MockReply {
    MockReply::error(404, "ResourceNotFound", r#"{"message": "no table"}"#)
}

#[tokio::test]
async fn retries_until_an_output_path_says_success() {
    let (client, mock) = mock_client(vec![table("CREATING"), table("CREATING"), table("ACTIVE")]);
    let (sleep, delays) = recording_sleep();
    let output = client
        .wait_until_table_exists()
        .name("t")
        .sleep_impl(sleep)
        .send()
        .await
        .expect("active");
    assert_eq!(output.table().map(|t| t.name()), Some("t"));
    assert_eq!(mock.requests().len(), 3);
    assert!(mock.requests().iter().all(|r| r.uri.ends_with("/tables/t")));
    assert_eq!(delays.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn a_failure_state_ends_the_wait_with_the_output() {
    let (client, mock) = mock_client(vec![table("CREATING"), table("FAILED"), table("ACTIVE")]);
    let (sleep, _) = recording_sleep();
    let error = client
        .wait_until_table_exists()
        .name("t")
        .sleep_impl(sleep)
        .send()
        .await
        .expect_err("failed");
    match error {
        WaiterError::Failure(Ok(output)) => {
            assert_eq!(
                output.table().and_then(|t| t.status()).map(|s| s.as_str()),
                Some("FAILED")
            )
        }
        other => panic!("expected a failure state, got {other:?}"),
    }
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn an_error_type_acceptor_retries_and_another_succeeds() {
    // TableExists retries on ResourceNotFound.
    let (client, mock) = mock_client(vec![not_found(), not_found(), table("ACTIVE")]);
    let (sleep, _) = recording_sleep();
    client
        .wait_until_table_exists()
        .name("t")
        .sleep_impl(sleep)
        .send()
        .await
        .expect("active after two not-founds");
    assert_eq!(mock.requests().len(), 3);

    // TableNotExists (deprecated in the model) succeeds on it, by its absolute shape id.
    let (client, mock) = mock_client(vec![table("ACTIVE"), not_found()]);
    let (sleep, _) = recording_sleep();
    #[allow(deprecated)]
    let waiter = client.wait_until_table_not_exists();
    let last = waiter
        .name("t")
        .sleep_impl(sleep)
        .send()
        .await
        .expect("gone");
    // Success on an error: the final result is the error the acceptor named.
    let error = last.expect_err("the not-found");
    assert_eq!(error.code(), Some("ResourceNotFound"));
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn an_error_no_acceptor_matches_ends_the_wait() {
    let (client, mock) = mock_client(vec![
        table("CREATING"),
        MockReply::error(400, "ValidationException", r#"{"message": "bad"}"#),
    ]);
    let (sleep, _) = recording_sleep();
    let error = client
        .wait_until_table_exists()
        .name("t")
        .sleep_impl(sleep)
        .send()
        .await
        .expect_err("unexpected error");
    match error {
        WaiterError::Operation(e) => assert_eq!(e.code(), Some("ValidationException")),
        other => panic!("expected the operation's error, got {other:?}"),
    }
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn the_maximum_wait_ends_it_and_no_delay_passes_it() {
    let replies = (0..100).map(|_| table("CREATING")).collect();
    let (client, mock) = mock_client(replies);
    let (sleep, delays) = recording_sleep();
    let error = client
        .wait_until_table_exists()
        .name("t")
        .max_wait(Duration::from_secs(60))
        .sleep_impl(sleep)
        .send()
        .await
        .expect_err("never active");
    let WaiterError::MaxWaitExceeded { attempts, elapsed } = error else {
        panic!("expected MaxWaitExceeded, got {error:?}");
    };
    let delays = delays.lock().unwrap().clone();
    let total: Duration = delays.iter().sum();
    assert_eq!(attempts as usize, delays.len() + 1);
    assert_eq!(mock.requests().len(), attempts as usize);
    assert!(total <= Duration::from_secs(60), "slept {total:?}");
    assert!(elapsed <= Duration::from_secs(60));
    // The last attempt leaves less than minDelay (5 s) of the wait.
    assert!(total >= Duration::from_secs(55), "slept {total:?}");
}

#[tokio::test]
async fn delays_stay_within_the_models_min_and_max_and_grow() {
    // TableExists: minDelay 5, maxDelay 40.
    let replies = (0..40)
        .map(|_| table("CREATING"))
        .chain([table("ACTIVE")])
        .collect();
    let (client, _) = mock_client(replies);
    let (sleep, delays) = recording_sleep();
    client
        .wait_until_table_exists()
        .name("t")
        .max_wait(Duration::from_secs(100_000))
        .sleep_impl(sleep)
        .send()
        .await
        .expect("active");
    let delays = delays.lock().unwrap().clone();
    assert_eq!(delays.len(), 40);
    for (i, d) in delays.iter().enumerate() {
        let cap = (5.0 * 2f64.powi(i as i32)).min(40.0);
        assert!(
            (5.0..=cap).contains(&d.as_secs_f64()),
            "delay {} is {d:?}, outside [5 s, {cap} s]",
            i + 1
        );
    }
    // Jitter: not every capped delay is the cap.
    assert!(delays[5..].iter().any(|d| d.as_secs_f64() < 39.0));
}

#[tokio::test]
async fn projections_compare_every_or_any_element() {
    // ReplicasReady: failure when any replica FAILED; success when `ready` and there are
    // replicas, or when every replica is READY; otherwise retry.
    let (client, mock) = mock_client(vec![
        replicas(&[], None),
        replicas(&["READY", "CREATING"], None),
        replicas(&["READY", "READY"], None),
    ]);
    let (sleep, _) = recording_sleep();
    client
        .wait_until_replicas_ready()
        .name("t")
        .sleep_impl(sleep.clone())
        .send()
        .await
        .expect("all ready");
    assert_eq!(mock.requests().len(), 3);

    let (client, mock) = mock_client(vec![
        replicas(&[], Some(true)),
        replicas(&["CREATING"], Some(true)),
    ]);
    client
        .wait_until_replicas_ready()
        .name("t")
        .sleep_impl(sleep.clone())
        .send()
        .await
        .expect("ready with a replica");
    // `length(table.replicas[]) > 0` kept the first (no replicas) from succeeding.
    assert_eq!(mock.requests().len(), 2);

    let (client, _) = mock_client(vec![replicas(&["READY", "FAILED"], Some(true))]);
    let error = client
        .wait_until_replicas_ready()
        .name("t")
        .sleep_impl(sleep)
        .send()
        .await
        .expect_err("a replica failed");
    assert!(matches!(error, WaiterError::Failure(Ok(_))), "{error:?}");
}

#[tokio::test]
async fn input_output_paths_compare_the_input_with_the_output() {
    let reply = |name: &str, tags: &[&str]| {
        MockReply::json(
            200,
            serde_json::json!({ "table": { "name": name, "status": "ACTIVE", "tags": tags } })
                .to_string(),
        )
    };
    let (client, mock) = mock_client(vec![reply("t", &["x"]), reply("t", &["x", "ok"])]);
    let (sleep, _) = recording_sleep();
    client
        .wait_until_name_matches()
        .name("t")
        .sleep_impl(sleep.clone())
        .send()
        .await
        .expect("the name matches and a tag is ok");
    assert_eq!(mock.requests().len(), 2);

    // Another name than the one asked for: failure.
    let (client, _) = mock_client(vec![reply("other", &["ok"])]);
    let error = client
        .wait_until_name_matches()
        .name("t")
        .sleep_impl(sleep)
        .send()
        .await
        .expect_err("another name");
    assert!(matches!(error, WaiterError::Failure(Ok(_))), "{error:?}");
}

#[tokio::test]
async fn delays_that_make_no_sense_are_refused_before_sending() {
    let (client, mock) = mock_client(vec![table("ACTIVE")]);
    let error = client
        .wait_until_table_exists()
        .name("t")
        .max_wait(Duration::from_secs(1))
        .send()
        .await
        .expect_err("max_wait under minDelay");
    assert!(matches!(error, WaiterError::InvalidConfig(_)), "{error:?}");
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn a_projection_of_an_absent_list_is_null_not_empty() {
    // NoReplicas: `length(table.replicas[]) == 0`. Without a table there is nothing to
    // count (JMESPath: `length(null)` is an error, no match), so it retries.
    let (client, mock) = mock_client(vec![
        MockReply::json(200, "{}"),
        MockReply::json(200, r#"{"table": {"name": "t"}}"#),
        replicas(&[], None),
    ]);
    let (sleep, _) = recording_sleep();
    client
        .wait_until_no_replicas()
        .name("t")
        .sleep_impl(sleep)
        .send()
        .await
        .expect("no replicas");
    assert_eq!(mock.requests().len(), 3);
}
