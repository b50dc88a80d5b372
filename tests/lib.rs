//! Helpers shared by the integration tests: where things are, and how to turn a
//! generated crate into one reviewable text for snapshots.

use std::path::{Path, PathBuf};

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from(".."))
}

/// A fixture model's path (`tests/fixtures/<name>.json`).
pub fn fixture(name: &str) -> PathBuf {
    workspace_root()
        .join("tests/fixtures")
        .join(format!("{name}.json"))
}

/// The options the snapshot tests generate with: fixed, so snapshots do not
/// depend on where the repository is checked out.
pub fn options(crate_name: &str, model_label: &str) -> codegen::GenerateOptions {
    codegen::GenerateOptions {
        crate_name: crate_name.to_owned(),
        model_label: model_label.to_owned(),
        runtime_path: "../runtime".to_owned(),
        standalone: false,
        service: None,
        regenerate: "cargo xtask codegen".to_owned(),
    }
}

/// Every file of a generated crate as one text, each under a `==> path <==` line,
/// so a snapshot diff shows which file changed.
pub fn concatenate(files: &codegen::CrateFiles) -> String {
    let mut out = String::new();
    for (path, content) in files {
        out.push_str(&format!("==> {} <==\n", path.display()));
        out.push_str(content);
        if !content.ends_with('\n') {
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// The official AWS models folder beside the repository, when it is there.
///
/// Tests skip without it, saying so; where it must be there (CI sets
/// `SDK_TESTS_REQUIRE_SHARED=1` when `../shared` is beside the clone), its
/// absence fails the test instead of letting a skip pass for a run.
pub fn shared_models() -> Option<PathBuf> {
    let dir = workspace_root().join("../shared/models");
    if !dir.is_dir() && std::env::var_os("SDK_TESTS_REQUIRE_SHARED").is_some() {
        panic!(
            "SDK_TESTS_REQUIRE_SHARED is set but {} is not a folder",
            dir.display()
        );
    }
    dir.is_dir().then_some(dir)
}

/// The JSON body of a dispatcher's response; panics with the text when it is
/// not JSON (every answer of a restJson1 server is).
pub async fn json_body(body: sdk_runtime::ByteStream) -> serde_json::Value {
    let bytes = body
        .collect()
        .await
        .expect("a dispatcher's body is readable");
    serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        panic!(
            "response body is not JSON ({e}): {}",
            String::from_utf8_lossy(&bytes)
        )
    })
}
