//! Broken models stop generation with an error naming the shape and the problem,
//! never a panic. One fixture per kind of breakage in `tests/fixtures/invalid`.

use sdk_tests::workspace_root;

fn error_for(name: &str) -> String {
    let path = workspace_root()
        .join("tests/fixtures/invalid")
        .join(format!("{name}.json"));
    let text = std::fs::read_to_string(path).expect("fixture readable");
    match codegen::generate(&text, &sdk_tests::options("bad", "bad.json")) {
        Ok(_) => panic!("{name} should not generate"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn dangling_target_names_the_member_and_the_missing_shape() {
    let error = error_for("dangling_target");
    assert!(error.contains("example.fixture#In$x"), "{error}");
    assert!(error.contains("example.fixture#Missing"), "{error}");
    assert!(error.contains("not defined"), "{error}");
}

#[test]
fn unknown_shape_type_names_the_shape_and_the_type() {
    let error = error_for("unknown_shape_type");
    assert!(
        error.contains("example.fixture#Weird: unknown shape type `tuple`"),
        "{error}"
    );
}

#[test]
fn mixins_are_refused_with_a_fix() {
    let error = error_for("mixins");
    assert!(
        error.contains("example.fixture#In: mixins are not supported"),
        "{error}"
    );
    assert!(error.contains("flatten"), "{error}");
}

#[test]
fn a_model_without_a_service_is_refused() {
    assert!(error_for("no_service").contains("defines no service"));
}

#[test]
fn a_malformed_http_trait_names_the_operation_once() {
    let error = error_for("bad_http");
    assert!(
        error.contains("example.fixture#Op: `@http` uri `/a{b}`"),
        "{error}"
    );
    assert!(
        error.contains("1 problem:"),
        "only one problem expected: {error}"
    );
}

#[test]
fn a_paginated_trait_that_does_not_resolve_names_the_operation_and_the_member() {
    let error = error_for("bad_paginated");
    for expected in [
        "example.fixture#NoSuchMember: `@paginated`: `inputToken` `missing`: `example.fixture#In` has no member `missing`",
        "example.fixture#NumberToken: `@paginated`: `outputToken` `count` must be a string (or a map), not an integer",
        "example.fixture#StringItems: `@paginated`: `items` `next` must be a list or a map, not a string",
        "example.fixture#StringItems: `@paginated`: `pageSize` `token` must be an integer, not a string",
        "example.fixture#PathInInput: `@paginated`: `inputToken` names `nested.token`, but only `outputToken` and `items` may be paths",
        "example.fixture#NoTokens: `@paginated`: needs both `inputToken` and `outputToken`",
        "example.fixture#ThroughAString: `@paginated`: `outputToken` `next.more`: `next` is a string, not a structure",
        "example.fixture#MixedTokens: `@paginated`: `inputToken` `token` and `outputToken` `key` must have the same type",
    ] {
        assert!(error.contains(expected), "missing {expected} in:\n{error}");
    }
    assert!(error.contains("8 problems:"), "{error}");
}

#[test]
fn a_stream_anywhere_but_an_input_or_output_payload_is_refused() {
    let error = error_for("misplaced_stream");
    for expected in [
        "example.fixture#PutInput: member `data` is a `@streaming` blob: bind it with `@httpPayload`",
        "example.fixture#Nested: member `inner` is a `@streaming` blob, which only an operation's input or output can hold",
        "example.fixture#Failed: member `body` is a `@streaming` blob, which only an operation's input or output can hold",
    ] {
        assert!(error.contains(expected), "missing `{expected}` in:\n{error}");
    }
}

#[test]
fn only_smithy_2_is_read() {
    assert!(error_for("smithy_1").contains("unsupported Smithy JSON AST version `1.0`"));
}

#[test]
fn every_problem_is_reported_at_once() {
    let model = r#"{"smithy": "2.0", "shapes": {
        "a#S": {"type": "service", "operations": [{"target": "a#Op"}], "traits": {"aws.protocols#restJson1": {}}},
        "a#Op": {"type": "operation", "input": {"target": "a#In"}, "traits": {"smithy.api#http": {"method": "POST", "uri": "/"}}},
        "a#In": {"type": "structure", "members": {"x": {"target": "a#Nope"}, "y": {"target": "a#AlsoNope"}}},
        "a#Odd": {"type": "set"}
    }}"#;
    let error = codegen::generate(model, &sdk_tests::options("bad", "bad.json"))
        .expect_err("broken")
        .to_string();
    for expected in ["a#In$x", "a#In$y", "a#Odd: unknown shape type `set`"] {
        assert!(error.contains(expected), "missing {expected} in:\n{error}");
    }
}

#[test]
fn json_that_is_not_an_ast_is_a_parse_error_not_a_panic() {
    for text in [
        "",
        "[]",
        "{\"smithy\": 2}",
        "{\"smithy\": \"2.0\", \"shapes\": {\"a#B\": {}}}",
    ] {
        let error = codegen::generate(text, &sdk_tests::options("bad", "bad.json"))
            .expect_err("not a model");
        assert!(
            error.to_string().contains("not a valid Smithy JSON AST"),
            "{text}: {error}"
        );
    }
}
