//! The protocol-test runner that `cargo xtask protocol-tests` compiles in its
//! scratch workspace (source: `xtask/templates/protocol_runner.rs`).
//!
//! It reads the cases the converter wrote (`cases.json`: operation, endpoint,
//! input document, scripted reply), calls each through the generated crate's
//! `cli::call` on a mock HTTP client, and prints one JSON line per case with
//! the request the client sent and the output or error it returned. The
//! comparison with the botocore case happens in xtask.
//!
//! Server cases (`"side": "server"`) run the other way: the HTTP request the
//! case describes goes to the crate's generated `server::Dispatcher`, whose
//! handler (`src/server_<crate>.rs`, written by xtask from the model) records
//! the input it is given and answers the case's output or error; the line
//! has that input and the response the dispatcher wrote.

use sdk_runtime::cli::{CliError, RunOptions};
use sdk_runtime::client::test_util::{MockHttpClient, MockReply};
use sdk_runtime::client::RetryConfig;
use sdk_runtime::server::{Bytes, ResponseBody};
use serde_json::{json, Map, Value};
use std::sync::{Arc, Mutex};

#[cfg(feature = "input")]
mod server_input;
#[cfg(feature = "output")]
mod server_output;

/// What a server case's handler answers.
#[derive(Clone)]
pub enum Answer {
    /// An output document, read with the output's `CliValue::from_cli`.
    Output(Value),
    /// A modeled error: its code and its members' document.
    Error(String, Value),
}

/// The handler of every generated crate (`server_<crate>.rs` implements
/// each crate's `Handler` for it).
pub struct Recorder {
    answer: Answer,
    /// The operation called and its input document.
    seen: Mutex<Option<(String, Value)>>,
    /// Why the handler could not answer as asked.
    failure: Mutex<Option<String>>,
}

impl Recorder {
    fn new(answer: Answer) -> Self {
        Self {
            answer,
            seen: Mutex::new(None),
            failure: Mutex::new(None),
        }
    }

    pub fn record(&self, operation: &str, input: Value) {
        *self.seen.lock().expect("lock") = Some((operation.to_owned(), input));
    }

    pub fn answer(&self) -> Answer {
        self.answer.clone()
    }

    /// Records `why` and gives the unhandled error the handler returns.
    pub fn failed(&self, why: String) -> sdk_runtime::error::Unhandled {
        let meta = sdk_runtime::error::ErrorMetadata::new()
            .with_code("ProtocolRunnerFailure")
            .with_message(why.clone());
        *self.failure.lock().expect("lock") = Some(why);
        sdk_runtime::error::Unhandled::new(meta)
    }
}

/// Sends `$request` to a dispatcher of crate `$krate` over `$recorder`.
macro_rules! dispatch {
    ($krate:ident, $recorder:expr, $request:expr) => {{
        $krate::server::Dispatcher::from_arc($recorder.clone())
            .handle($request, None)
            .await
    }};
}

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
    if case["side"] == "server" {
        return serve_case(case).await;
    }
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
        Err(CliError::Service {
            code,
            message,
            details,
            ..
        }) => (
            Value::Null,
            json!({"kind": "service", "code": code, "message": message, "details": details}),
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

/// Runs a server case: the request through the dispatcher, with the answer.
async fn serve_case(case: &Value) -> Value {
    let label = case["label"].as_str().unwrap_or_default();
    let answer = match case["answer"].get("error").and_then(Value::as_str) {
        Some(code) => Answer::Error(code.to_owned(), case["answer"]["members"].clone()),
        None => Answer::Output(case["answer"]["output"].clone()),
    };
    let recorder = Arc::new(Recorder::new(answer));
    let spec = &case["request"];
    let text = |key: &str| spec[key].as_str().unwrap_or_default().to_owned();
    let mut builder = sdk_runtime::http::Request::builder()
        .method(text("method").as_str())
        .uri(text("uri"));
    for pair in spec["headers"].as_array().into_iter().flatten() {
        let part = |i: usize| pair[i].as_str().unwrap_or_default();
        builder = builder.header(part(0), part(1));
    }
    // A compressed body comes in base64, as bytes are not text.
    let body = match spec["body_base64"].as_str() {
        Some(encoded) => match sdk_runtime::Blob::from_base64(encoded) {
            Ok(blob) => Bytes::from(blob.as_ref().to_vec()),
            Err(error) => {
                return json!({"label": label, "error": format!("the case's body is not base64: {error}")})
            }
        },
        None => Bytes::from(text("body")),
    };
    let request = match builder.body(ResponseBody::new(body)) {
        Ok(request) => request,
        Err(error) => {
            return json!({"label": label, "error": format!("the request does not build: {error}")})
        }
    };
    let response = match case["crate"].as_str().unwrap_or_default() {
        #[cfg(feature = "input")]
        "input" => dispatch!(input, recorder, request),
        #[cfg(feature = "output")]
        "output" => dispatch!(output, recorder, request),
        other => return json!({"label": label, "error": format!("no crate `{other}`")}),
    };
    let (parts, body) = response.into_parts();
    let body = match body.collect().await {
        Ok(bytes) => bytes,
        Err(error) => return json!({"label": label, "error": format!("unreadable body: {error}")}),
    };
    let mut headers: Vec<Value> = parts
        .headers
        .iter()
        .map(|(name, value)| json!([name.as_str(), String::from_utf8_lossy(value.as_bytes())]))
        .collect();
    // What hyper adds when it writes a body of known length.
    if !parts.headers.contains_key("content-length") {
        headers.push(json!(["content-length", body.len().to_string()]));
    }
    let seen = recorder
        .seen
        .lock()
        .expect("lock")
        .clone()
        .map(|(operation, input)| json!({"operation": operation, "input": input}));
    let failure = recorder.failure.lock().expect("lock").clone();
    json!({
        "label": label,
        "seen": seen,
        "failure": failure,
        "response": {
            "status": parts.status.as_u16(),
            "headers": headers,
            "body": String::from_utf8_lossy(&body),
        },
    })
}
