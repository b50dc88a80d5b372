//! Snapshot tests: what codegen emits for each fixture model, one feature per
//! fixture. A change to codegen shows up as a `.snap` diff to review
//! (`cargo insta review`), never silently.
//!
//! The crate made from the SSO OIDC model has no snapshot: it is checked in
//! as `generated/`, which `tests/freshness.rs` keeps equal to what codegen
//! emits, so a reviewer reads each change to it once, there.

use sdk_tests::{concatenate, fixture, options};

fn generate_fixture(name: &str) -> String {
    let text = std::fs::read_to_string(fixture(name)).expect("fixture readable");
    let generated = codegen::generate(
        &text,
        &options(
            &format!("fixture-{name}"),
            &format!("tests/fixtures/{name}.json"),
        ),
    )
    .unwrap_or_else(|error| panic!("fixture {name} should generate:\n{error}"));
    concatenate(&generated.files)
}

macro_rules! fixture_snapshot {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), generate_fixture(stringify!($name)));
        }
    )*};
}

fixture_snapshot!(
    shape_types,
    naming,
    sensitive,
    enums,
    errors,
    recursion,
    documentation,
    bindings,
    paginators,
    waiters,
    aws_json,
    streaming
);
