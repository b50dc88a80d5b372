//! The protocol-test runner that `cargo xtask protocol-tests` compiles in its
//! scratch workspace (source: `xtask/templates/protocol_runner.rs`).
//!
//! It reads the cases the converter wrote (`cases.json`: operation, endpoint,
//! input document, scripted reply), calls each through the generated crate's
//! `cli::call` on a mock HTTP client, and prints one JSON line per case with
//! the request the client sent and the output or error it returned. The
//! comparison with the botocore case happens in xtask.

use sdk_runtime::cli::{CliError, RunOptions};
use sdk_runtime::client::test_util::{MockHttpClient, MockReply};
use sdk_runtime::client::RetryConfig;
use serde_json::{json, Map, Value};

/// Calls `operation` of crate `$krate` with a fresh client on `$mock`.
macro_rules! call {
    ($krate:ident, $mock:expr, $endpoint:expr, $operation:expr, $input:expr) => {{
        let config = $krate::Config::builder()
            .region("us-east-1")
            .endpoint_url($endpoint)
            .retry_config(RetryConfig::disabled())
            .http_client($mock.clone())
            // The token the Smithy protocol tests expect in unset @idempotencyToken members.
            .idempotency_token_provider(|| "00000000-0000-4000-8000-000000000000".to_owned())
            .build();
        let client = $krate::Client::from_conf(config);
        $krate::cli::call(
            &client,
            $operation,
            $input,
            &RunOptions { show_secrets: true },
        )
        .await
    }};
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: protocol-runner CASES.json");
    let text = std::fs::read_to_string(&path).expect("the cases file");
    let cases: Vec<Value> = serde_json::from_str(&text).expect("the cases file is JSON");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    for case in &cases {
        let line = runtime.block_on(run_case(case));
        println!("{line}");
    }
}

async fn run_case(case: &Value) -> Value {
    let text = |key: &str| case.get(key).and_then(Value::as_str).unwrap_or_default();
    let empty = Map::new();
    let document = case
        .get("input")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let reply = match case.get("reply").filter(|r| !r.is_null()) {
        Some(reply) => MockReply::Response {
            status: reply["status"].as_u64().unwrap_or(200) as u16,
            headers: reply["headers"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|pair| {
                    let part = |i: usize| pair[i].as_str().unwrap_or_default().to_owned();
                    (part(0), part(1))
                })
                .collect(),
            body: reply["body"].as_str().unwrap_or_default().to_owned(),
        },
        // Request cases: any answer will do, only the request is compared.
        None => MockReply::json(200, "{}"),
    };
    let mock = MockHttpClient::new(vec![reply]);
    let (endpoint, operation) = (text("endpoint"), text("operation"));
    let result: Result<Value, CliError> = match text("crate") {
        #[cfg(feature = "input")]
        "input" => call!(input, mock, endpoint, operation, document),
        #[cfg(feature = "output")]
        "output" => call!(output, mock, endpoint, operation, document),
        other => Err(CliError::Failed(format!("no crate `{other}`"))),
    };
    let request = mock.requests().into_iter().next().map(|request| {
        let headers: Vec<Value> = request
            .headers
            .iter()
            .map(|(name, value)| json!([name.as_str(), String::from_utf8_lossy(value.as_bytes())]))
            .collect();
        json!({
            "method": request.method.as_str(),
            "uri": request.uri,
            "headers": headers,
            "body": request.body,
        })
    });
    let (output, error) = match result {
        Ok(output) => (output, Value::Null),
        Err(CliError::Service { code, message, .. }) => (
            Value::Null,
            json!({"kind": "service", "code": code, "message": message}),
        ),
        Err(CliError::Usage(message)) => {
            (Value::Null, json!({"kind": "usage", "message": message}))
        }
        Err(CliError::Failed(message)) => {
            (Value::Null, json!({"kind": "failed", "message": message}))
        }
    };
    json!({
        "label": text("label"),
        "request": request,
        "output": output,
        "error": error,
    })
}
