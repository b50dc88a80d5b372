//! Snapshot tests: what codegen emits for each fixture model, and for the real
//! SSO OIDC model. A change to a model or to codegen shows up as a `.snap` diff
//! to review (`cargo insta review`), never silently.

use sdk_tests::{concatenate, fixture, options, workspace_root};

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
    waiters
);

#[test]
fn sso_oidc() {
    let text = std::fs::read_to_string(workspace_root().join("model/sso-oidc.json"))
        .expect("model readable");
    let generated = codegen::generate(&text, &options("sso-oidc", "model/sso-oidc.json"))
        .expect("model generates");
    insta::assert_snapshot!("sso_oidc", concatenate(&generated.files));
}
