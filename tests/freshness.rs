//! The checked-in generated crates must be exactly what codegen produces from
//! their models (the same check as `cargo xtask codegen --check`).

use sdk_tests::{options, workspace_root};

fn assert_fresh(model: &str, out: &str, crate_name: &str, runtime_path: &str) {
    let root = workspace_root();
    let text = std::fs::read_to_string(root.join(model)).expect("model readable");
    let options = codegen::GenerateOptions {
        runtime_path: runtime_path.to_owned(),
        ..options(crate_name, model)
    };
    let generated = codegen::generate(&text, &options).expect("model generates");
    let stale = codegen::files::check(&root.join(out), &generated.files).expect("output readable");
    assert!(
        stale.is_empty(),
        "{out} is stale; run `cargo xtask codegen`:\n{stale:#?}"
    );
}

#[test]
fn generated_sso_oidc_is_fresh() {
    assert_fresh("model/sso-oidc.json", "generated", "sso-oidc", "../runtime");
}

#[test]
fn shape_types_fixture_crate_is_fresh() {
    assert_fresh(
        "tests/fixtures/shape_types.json",
        "tests/shape-types-sdk",
        "shape-types-sdk",
        "../../runtime",
    );
}

#[test]
fn paginators_fixture_crate_is_fresh() {
    assert_fresh(
        "tests/fixtures/paginators.json",
        "tests/paginators-sdk",
        "paginators-sdk",
        "../../runtime",
    );
}

#[test]
fn streaming_fixture_crate_is_fresh() {
    assert_fresh(
        "tests/fixtures/streaming.json",
        "tests/streaming-sdk",
        "streaming-sdk",
        "../../runtime",
    );
}

#[test]
fn waiters_fixture_crate_is_fresh() {
    assert_fresh(
        "tests/fixtures/waiters.json",
        "tests/waiters-sdk",
        "waiters-sdk",
        "../../runtime",
    );
}

#[test]
fn aws_json_fixture_crate_is_fresh() {
    assert_fresh(
        "tests/fixtures/aws_json.json",
        "tests/aws-json-sdk",
        "aws-json-sdk",
        "../../runtime",
    );
}
