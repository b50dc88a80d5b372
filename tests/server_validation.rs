//! The generated dispatcher's validation on the every-shape-type fixture:
//! enum values the model does not list, and constraints inside nested
//! structures and lists, each reported with its JSON pointer.

use bytes::Bytes;
use http_body_util::Full;
use serde_json::{json, Value};
use shape_types_sdk::operation::echo::{EchoError, EchoInput, EchoOutput};
use shape_types_sdk::server::{Dispatcher, Handler, RequestContext};

struct Echo;

impl Handler for Echo {
    async fn echo(
        &self,
        _input: EchoInput,
        _context: &RequestContext,
    ) -> Result<EchoOutput, EchoError> {
        Ok(EchoOutput::builder().build())
    }
}

/// Posts `body` to `/echo`: the status and the `fieldList` paths.
async fn echo(body: Value) -> (u16, Vec<String>, Value) {
    let request = http::Request::post("/echo")
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body.to_string())))
        .expect("request");
    let response = Dispatcher::new(Echo).handle(request, None).await;
    let status = response.status().as_u16();
    let body = sdk_tests::json_body(response.into_body()).await;
    let paths = body["fieldList"]
        .as_array()
        .map(|fields| {
            fields
                .iter()
                .map(|f| f["path"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default();
    (status, paths, body)
}

#[tokio::test]
async fn a_valid_input_passes() {
    let (status, paths, _) = echo(json!({
        "required": "x",
        "color": "red",
        "nested": {"id": "abc", "tags": ["a", "b"]}
    }))
    .await;
    assert_eq!((status, paths), (200, vec![]));
}

#[tokio::test]
async fn unknown_enum_values_are_validation_errors() {
    let (status, paths, body) = echo(json!({"required": "x", "color": "purple"})).await;
    assert_eq!(status, 400);
    assert_eq!(paths, ["/color"]);
    let message = body["fieldList"][0]["message"].as_str().expect("message");
    assert!(
        message.ends_with("Member must satisfy enum value set: [red, dark-blue]"),
        "{message}"
    );
}

#[tokio::test]
async fn constraints_inside_nested_structures_name_the_full_path() {
    let (status, paths, _) = echo(json!({
        "required": "x",
        "nested": {"id": "much-too-long", "tags": ["a", "b", "c", "d"]}
    }))
    .await;
    assert_eq!(status, 400);
    assert_eq!(paths, ["/nested/id", "/nested/tags"]);
}

#[tokio::test]
async fn repeated_items_of_a_unique_list_are_refused() {
    let (status, paths, _) = echo(json!({"required": "x", "uniqueNames": ["a", "b"]})).await;
    assert_eq!((status, paths), (200, vec![]));
    let (status, paths, body) =
        echo(json!({"required": "x", "uniqueNames": ["a", "b", "a"]})).await;
    assert_eq!(status, 400);
    assert_eq!(paths, ["/uniqueNames"]);
    let message = body["fieldList"][0]["message"].as_str().expect("message");
    assert!(
        message.contains("repeated values at indexes [0, 2]")
            && message.ends_with("Member must have unique values"),
        "{message}"
    );
}

#[tokio::test]
async fn every_failure_is_reported_at_once() {
    let (status, paths, body) = echo(json!({
        "color": "purple",
        "nested": {"id": ""}
    }))
    .await;
    assert_eq!(status, 400);
    // In the order of the model's members.
    assert_eq!(paths, ["/color", "/nested/id", "/required"]);
    assert!(body["message"]
        .as_str()
        .expect("message")
        .starts_with("3 validation errors detected"));
}
