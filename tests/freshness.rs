//! The checked-in `generated/` crate must be exactly what codegen produces from
//! `model/sso-oidc.json` (the same check as `cargo xtask codegen --check`).

use sdk_tests::{options, workspace_root};

#[test]
fn generated_crate_is_fresh() {
    let root = workspace_root();
    let text = std::fs::read_to_string(root.join("model/sso-oidc.json")).expect("model readable");
    let generated = codegen::generate(&text, &options("sso-oidc", "model/sso-oidc.json"))
        .expect("model generates");
    let stale = codegen::files::check(&root.join("generated"), &generated.files)
        .expect("generated/ readable");
    assert!(
        stale.is_empty(),
        "generated/ is stale; run `cargo xtask codegen`:\n{stale:#?}"
    );
}
