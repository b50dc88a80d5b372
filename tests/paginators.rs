//! Generated paginators (the `@paginated` fixture, `tests/paginators-sdk`) on a
//! scripted HTTP client: pages are followed until no token comes back, a token
//! sent back unchanged ends the listing, items are flattened across pages, the
//! page size goes with every request, nested token and item paths are read, and
//! an error part-way is yielded as the last item.

use paginators_sdk::error::{ProvideErrorMetadata, SdkError};
use paginators_sdk::{Client, Config};
use sdk_runtime::client::test_util::{MockHttpClient, MockReply, RecordedRequest};
use sdk_runtime::paginate::Stream;
use std::collections::BTreeMap;
use std::pin::Pin;

fn client(replies: Vec<MockReply>) -> (Client, MockHttpClient) {
    let mock = MockHttpClient::new(replies);
    let config = Config::builder()
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:1")
        .http_client(mock.clone())
        .build();
    (Client::from_conf(config), mock)
}

/// The query parameters of a recorded request.
fn query(request: &RecordedRequest) -> BTreeMap<String, String> {
    let uri: http::Uri = request.uri.parse().expect("a URI");
    uri.query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

fn tokens_sent(mock: &MockHttpClient) -> Vec<Option<String>> {
    mock.requests()
        .iter()
        .map(|r| query(r).get("nextToken").cloned())
        .collect()
}

fn things(names: &[&str], token: Option<&str>) -> MockReply {
    let things: Vec<_> = names
        .iter()
        .map(|name| serde_json::json!({ "name": name }))
        .collect();
    let mut body = serde_json::json!({ "things": things });
    if let Some(token) = token {
        body["nextToken"] = token.into();
    }
    MockReply::json(200, body.to_string())
}

/// `StreamExt::next` without a stream-utilities crate: the paginators are
/// plain `futures_core::Stream`s.
async fn poll_next<S: Stream + Unpin>(stream: &mut S) -> Option<S::Item> {
    std::future::poll_fn(|cx| Pin::new(&mut *stream).poll_next(cx)).await
}

#[tokio::test]
async fn pages_are_followed_until_no_token_comes_back() {
    let (client, mock) = client(vec![
        things(&["a", "b"], Some("t1")),
        things(&["c"], Some("t2")),
        things(&["d"], None),
    ]);
    let mut pages = client.list_things().prefix("x").into_paginator().send();
    let mut sizes = Vec::new();
    while let Some(page) = poll_next(&mut pages).await {
        sizes.push(page.expect("a page").things().len());
    }
    assert_eq!(sizes, [2, 1, 1]);
    assert_eq!(
        tokens_sent(&mock),
        [None, Some("t1".to_owned()), Some("t2".to_owned())]
    );
    // What the caller set goes with every request.
    assert!(mock.requests().iter().all(|r| query(r)["prefix"] == "x"));
}

#[tokio::test]
async fn an_empty_token_ends_the_listing() {
    let (client, mock) = client(vec![things(&["a"], Some(""))]);
    let pages = client.list_things().into_paginator().send();
    assert_eq!(pages.try_collect().await.expect("pages").len(), 1);
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn a_token_sent_back_unchanged_ends_the_listing() {
    let (client, mock) = client(vec![
        things(&["a"], Some("t1")),
        things(&["b"], Some("t1")),
        // Never asked for: the service would only repeat itself.
        things(&["c"], None),
    ]);
    let names: Vec<String> = client
        .list_things()
        .into_paginator()
        .items()
        .try_collect()
        .await
        .expect("items")
        .into_iter()
        .map(|thing| thing.name)
        .collect();
    assert_eq!(names, ["a", "b"]);
    assert_eq!(tokens_sent(&mock), [None, Some("t1".to_owned())]);
}

#[tokio::test]
async fn items_are_flattened_across_pages_and_the_page_size_is_sent() {
    let (client, mock) = client(vec![
        things(&["a", "b"], Some("t1")),
        things(&[], Some("t2")),
        things(&["c"], None),
    ]);
    let mut items = client.list_things().into_paginator().page_size(2).items();
    let mut names = Vec::new();
    while let Some(thing) = items.next().await {
        names.push(thing.expect("an item").name);
    }
    assert_eq!(names, ["a", "b", "c"]);
    let requests = mock.requests();
    assert_eq!(requests.len(), 3);
    assert!(requests.iter().all(|r| query(r)["maxResults"] == "2"));
}

#[tokio::test]
async fn a_token_set_on_the_request_resumes_the_listing() {
    let (client, mock) = client(vec![things(&["z"], None)]);
    let pages = client
        .list_things()
        .next_token("resume-here")
        .into_paginator()
        .send();
    assert_eq!(pages.try_collect().await.expect("pages").len(), 1);
    assert_eq!(tokens_sent(&mock), [Some("resume-here".to_owned())]);
}

#[tokio::test]
async fn an_error_part_way_is_the_last_item() {
    let (client, mock) = client(vec![
        things(&["a"], Some("t1")),
        MockReply::error(400, "ValidationException", r#"{"message":"token expired"}"#),
        things(&["never"], None),
    ]);
    let mut items = client.list_things().into_paginator().items();
    assert_eq!(items.next().await.expect("an item").expect("ok").name, "a");
    match items.next().await {
        Some(Err(SdkError::ServiceError(error))) => {
            assert_eq!(error.err().code(), Some("ValidationException"));
            assert_eq!(error.raw().status(), 400);
        }
        other => panic!("expected the service's error, got {other:?}"),
    }
    assert!(items.next().await.is_none());
    assert_eq!(mock.requests().len(), 2, "nothing is sent after the error");
}

#[tokio::test]
async fn nested_token_and_items_paths_are_followed() {
    let page = |entries: &[&str], cursor: Option<&str>| {
        let mut page = serde_json::json!({ "entries": entries });
        if let Some(cursor) = cursor {
            page["cursor"] = cursor.into();
        }
        MockReply::json(200, serde_json::json!({ "page": page }).to_string())
    };
    let (client, mock) = client(vec![
        page(&["one", "two"], Some("c1")),
        page(&["three"], None),
    ]);
    let entries = client
        .list_pages()
        .into_paginator()
        .page_size(50)
        .items()
        .try_collect()
        .await
        .expect("entries");
    assert_eq!(entries, ["one", "two", "three"]);
    let bodies: Vec<serde_json::Value> = mock
        .requests()
        .iter()
        .map(|r| serde_json::from_str(&r.body).expect("a JSON body"))
        .collect();
    assert_eq!(bodies[0], serde_json::json!({ "limit": 50 }));
    assert_eq!(
        bodies[1],
        serde_json::json!({ "cursor": "c1", "limit": 50 })
    );
}

#[tokio::test]
async fn a_page_without_its_nested_structure_is_the_last() {
    let (client, mock) = client(vec![MockReply::json(200, "{}")]);
    let pages = client.list_pages().into_paginator().send();
    assert_eq!(pages.try_collect().await.expect("pages").len(), 1);
    assert_eq!(mock.requests().len(), 1);
}

#[tokio::test]
async fn map_items_are_key_value_pairs() {
    let (client, mock) = client(vec![
        MockReply::json(200, r#"{"tags":{"a":"1"},"nextToken":"t1"}"#),
        MockReply::json(200, r#"{"tags":{"b":"2"}}"#),
    ]);
    let mut tags = client
        .list_tags()
        .into_paginator()
        .page_size(1)
        .items()
        .try_collect()
        .await
        .expect("tags");
    tags.sort();
    assert_eq!(
        tags,
        [
            ("a".to_owned(), "1".to_owned()),
            ("b".to_owned(), "2".to_owned())
        ]
    );
    // ListTags binds the token and the size to query names of its own.
    let second = query(&mock.requests()[1]);
    assert_eq!(second["token"], "t1");
    assert_eq!(second["max"], "1");
}

#[tokio::test]
async fn map_tokens_are_sent_back_until_one_repeats() {
    let (client, mock) = client(vec![
        MockReply::json(200, r#"{"items":[{"id":"1"}],"lastKey":{"id":"1"}}"#),
        MockReply::json(200, r#"{"items":[{"id":"2"}],"lastKey":{"id":"2"}}"#),
        // The key just sent, back again: the last page.
        MockReply::json(200, r#"{"items":[],"lastKey":{"id":"2"}}"#),
        MockReply::json(200, r#"{"items":[{"id":"never"}]}"#),
    ]);
    let items = client
        .scan_items()
        .into_paginator()
        .items()
        .try_collect()
        .await
        .expect("items");
    let ids: Vec<&str> = items.iter().map(|item| item["id"].as_str()).collect();
    assert_eq!(ids, ["1", "2"]);
    let bodies: Vec<serde_json::Value> = mock
        .requests()
        .iter()
        .map(|r| serde_json::from_str(&r.body).expect("a JSON body"))
        .collect();
    assert_eq!(
        bodies,
        [
            serde_json::json!({}),
            serde_json::json!({ "startKey": { "id": "1" } }),
            serde_json::json!({ "startKey": { "id": "2" } }),
        ]
    );
}
