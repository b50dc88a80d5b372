//! The awsJson1_1 fixture (`tests/fixtures/aws_json.json`, checked in as
//! `tests/aws-json-sdk`): the generated client against the generated
//! dispatcher over loopback, and the dispatcher's framing checked on the wire.

use aws_json_sdk::operation::get_item::{GetItemError, GetItemInput, GetItemOutput};
use aws_json_sdk::operation::put_item::{PutItemError, PutItemInput, PutItemOutput};
use aws_json_sdk::primitives::DateTime;
use aws_json_sdk::server::{Dispatcher, Handler, RequestContext};
use aws_json_sdk::types::error::ItemConflict;
use bytes::Bytes;
use http_body_util::Full;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Items by id: `(version, tags)`; and every call's `X-Amz-Target` and media type.
#[derive(Default)]
struct Store {
    items: Mutex<HashMap<String, (i64, Vec<String>)>>,
    seen: Mutex<Vec<(String, String)>>,
}

impl Store {
    fn saw(&self, context: &RequestContext) {
        let header = |name: &str| context.header(name).unwrap_or_default().to_owned();
        self.seen
            .lock()
            .expect("lock")
            .push((header("x-amz-target"), header("content-type")));
    }
}

impl Handler for Store {
    async fn put_item(
        &self,
        input: PutItemInput,
        context: &RequestContext,
    ) -> Result<PutItemOutput, PutItemError> {
        self.saw(context);
        let mut items = self.items.lock().expect("lock");
        let current = items.get(input.id()).map(|(version, _)| *version);
        if input.expected_version().is_some() && input.expected_version() != current {
            return Err(PutItemError::ItemConflict(
                ItemConflict::builder()
                    .message("the item moved on")
                    .set_current_version(current)
                    .build(),
            ));
        }
        let version = current.unwrap_or(0) + 1;
        items.insert(input.id().to_owned(), (version, input.tags().to_vec()));
        Ok(PutItemOutput::builder()
            .version(version)
            .set_stored_at(input.stored_at().copied())
            .build()
            .expect("version is set"))
    }

    async fn get_item(
        &self,
        input: GetItemInput,
        context: &RequestContext,
    ) -> Result<GetItemOutput, GetItemError> {
        self.saw(context);
        let items = self.items.lock().expect("lock");
        let (version, tags) = items.get(input.id()).cloned().unwrap_or_default();
        Ok(GetItemOutput::builder()
            .version(version)
            .set_tags(Some(tags))
            .build())
    }
}

#[tokio::test]
async fn the_client_and_the_dispatcher_speak_aws_json_over_loopback() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let dispatcher = Arc::new(Dispatcher::new(Store::default()));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(aws_json_sdk::server::serve(
        listener,
        Arc::clone(&dispatcher),
        async move {
            let _ = stopped.await;
        },
    ));
    let client = aws_json_sdk::Client::from_conf(
        aws_json_sdk::Config::builder()
            .region("us-east-1")
            .endpoint_url(format!("http://{address}"))
            .build(),
    );

    let at = DateTime::from_secs(1_764_547_200);
    let put = client
        .put_item()
        .id("item/1")
        .tags("red")
        .tags("round")
        .stored_at(at)
        .secret("hunter2")
        .send()
        .await
        .expect("put succeeds");
    assert_eq!(put.version(), 1);
    assert_eq!(put.stored_at(), Some(&at), "a timestamp survives the trip");

    let got = client
        .get_item()
        .id("item/1")
        .send()
        .await
        .expect("get succeeds");
    assert_eq!(got.tags(), ["red", "round"]);
    assert_eq!(got.version(), Some(1));

    // A modeled error comes back as itself, its members read from the body.
    let error = client
        .put_item()
        .id("item/1")
        .expected_version(7)
        .send()
        .await
        .expect_err("conflict")
        .into_service_error();
    let PutItemError::ItemConflict(conflict) = &error else {
        panic!("expected ItemConflict, got {error:?}");
    };
    assert_eq!(conflict.current_version(), Some(1));
    assert_eq!(conflict.message(), Some("the item moved on"));
    assert_eq!(conflict.meta().status(), Some(409));

    let seen = dispatcher.handler().seen.lock().expect("lock").clone();
    assert_eq!(
        seen,
        [
            ("ItemStore.PutItem", "application/x-amz-json-1.1"),
            ("ItemStore.GetItem", "application/x-amz-json-1.1"),
            ("ItemStore.PutItem", "application/x-amz-json-1.1"),
        ]
        .map(|(target, media)| (target.to_owned(), media.to_owned()))
    );
    stop.send(()).expect("server running");
    tokio::time::timeout(std::time::Duration::from_secs(5), server)
        .await
        .expect("graceful shutdown")
        .expect("server task");
}

/// One request straight to the dispatcher: its status, `content-type` and JSON body.
async fn raw(
    method: &str,
    target: Option<&str>,
    content_type: &str,
    body: &str,
) -> (u16, String, serde_json::Value) {
    let mut request = http::Request::builder()
        .method(method)
        .uri("/")
        .header("content-type", content_type);
    if let Some(target) = target {
        request = request.header("x-amz-target", target);
    }
    let request = request
        .body(Full::new(Bytes::from(body.to_owned())))
        .expect("request");
    let response = Dispatcher::new(Store::default())
        .handle(request, None)
        .await;
    let status = response.status().as_u16();
    let media = response.headers()["content-type"]
        .to_str()
        .expect("text")
        .to_owned();
    let body = sdk_tests::json_body(response.into_body()).await;
    (status, media, body)
}

#[tokio::test]
async fn the_dispatcher_routes_by_target_and_names_errors_in_the_body() {
    const JSON: &str = "application/x-amz-json-1.1";
    let (status, media, body) = raw("POST", Some("ItemStore.GetItem"), JSON, r#"{"id":"x"}"#).await;
    assert_eq!((status, media.as_str()), (200, JSON));
    assert_eq!(body["version"], 0);

    let (status, media, body) = raw("POST", Some("ItemStore.Nothing"), JSON, "{}").await;
    assert_eq!((status, media.as_str()), (404, JSON));
    assert_eq!(body["__type"], "UnknownOperationException");

    let (status, _, body) = raw("POST", None, JSON, "{}").await;
    assert_eq!(status, 404, "a request that names no operation");
    assert_eq!(body["__type"], "UnknownOperationException");

    let (status, _, body) = raw("GET", Some("ItemStore.GetItem"), JSON, "").await;
    assert_eq!(status, 405);
    assert_eq!(body["__type"], "MethodNotAllowedException");

    let (status, _, body) = raw(
        "POST",
        Some("ItemStore.GetItem"),
        "application/json",
        r#"{"id":"x"}"#,
    )
    .await;
    assert_eq!(status, 415, "restJson1's media type is not awsJson 1.1's");
    assert_eq!(body["__type"], "UnsupportedMediaTypeException");

    // Constraints are checked as under restJson1, with the error named in `__type`.
    let (status, _, body) = raw("POST", Some("ItemStore.PutItem"), JSON, r#"{"id":""}"#).await;
    assert_eq!(status, 400);
    assert_eq!(body["__type"], "ValidationException");
    assert_eq!(body["fieldList"][0]["path"], "/id");
}

#[test]
fn secrets_stay_out_of_debug() {
    let input = PutItemInput::builder()
        .id("a")
        .secret("hunter2")
        .build()
        .expect("id is set");
    let shown = format!("{input:?}");
    assert!(!shown.contains("hunter2"), "{shown}");
    assert!(shown.contains("secret"), "{shown}");
}
