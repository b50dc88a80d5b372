//! `cargo xtask wire`: one request per protocol, sent through a crate
//! generated from an official model of the shared corpus to a listener on
//! 127.0.0.1, and checked byte for byte against what the protocol requires.
//!
//! The protocol suites check every binding against a mock transport; this
//! checks the real thing end to end: the HTTP/1.1 request hyper writes, the
//! SigV4 `Authorization` of a signing service, `X-Amz-Target`, the media type
//! and the body. Values that change with the clock (the date, the signature)
//! are checked by form; everything else must match exactly.

use crate::scratch::{self, write_if_changed};
use serde_json::Value;
use std::path::Path;
use std::process::Command;

/// The models, by file in ../shared/models/corpus, and the crate name the
/// runner knows each by.
const MODELS: &[(&str, &str)] = &[
    ("freetier", "freetier"),
    ("identitystore", "identitystore"),
    ("eks-auth", "eksauth"),
];

const RUNNER: &str = include_str!("../templates/wire_runner.rs");

/// What one call must have sent.
struct Expected {
    label: &'static str,
    request_line: &'static str,
    /// Headers that must be there with exactly this value (lower-case names).
    headers: &'static [(&'static str, &'static str)],
    /// The SigV4 signing name in the credential scope.
    signing_name: &'static str,
    body: &'static str,
}

const EXPECTED: &[Expected] = &[
    Expected {
        label: "awsJson1_0",
        request_line: "POST / HTTP/1.1",
        headers: &[
            ("content-type", "application/x-amz-json-1.0"),
            ("x-amz-target", "AWSFreeTierService.GetFreeTierUsage"),
            ("content-length", "17"),
        ],
        signing_name: "freetier",
        // `maxResults` has `@default(10)`, so it is a plain `i32` the client
        // always sends (as aws-sdk-rust does; the service applies the same default).
        body: r#"{"maxResults":10}"#,
    },
    Expected {
        label: "awsJson1_1",
        request_line: "POST / HTTP/1.1",
        headers: &[
            ("content-type", "application/x-amz-json-1.1"),
            ("x-amz-target", "AWSIdentityStore.DescribeGroup"),
            ("content-length", "50"),
        ],
        signing_name: "identitystore",
        body: r#"{"IdentityStoreId":"d-1234567890","GroupId":"g-1"}"#,
    },
    Expected {
        label: "restJson1",
        request_line: "POST /clusters/my%20cluster/assume-role-for-pod-identity HTTP/1.1",
        headers: &[
            ("content-type", "application/json"),
            ("content-length", "15"),
        ],
        signing_name: "eks-auth",
        body: r#"{"token":"jwt"}"#,
    },
];

pub fn run(root: &Path) -> i32 {
    let corpus = root.join("../shared/models/corpus");
    if !corpus.is_dir() {
        println!(
            "skipping the wire check: {} is not beside the repository",
            corpus.display()
        );
        if std::env::var_os("SDK_TESTS_REQUIRE_SHARED").is_some() {
            eprintln!("error: SDK_TESTS_REQUIRE_SHARED is set, so a skip is a failure");
            return 1;
        }
        return 0;
    }
    let scratch = crate::target_dir(root).join("wire");
    let lines = match generate_and_run(&scratch, root, &corpus) {
        Ok(lines) => lines,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    let mut failures = 0;
    for expected in EXPECTED {
        let Some(line) = lines.iter().find(|l| l["label"] == expected.label) else {
            eprintln!("FAIL {}: the runner printed nothing for it", expected.label);
            failures += 1;
            continue;
        };
        match check(expected, line) {
            Ok(()) => println!(
                "ok   {}: the request is as the protocol requires",
                expected.label
            ),
            Err(problems) => {
                failures += 1;
                eprintln!("FAIL {}:", expected.label);
                for problem in problems {
                    eprintln!("       {problem}");
                }
                eprintln!(
                    "     the request was:\n{}",
                    line["request"].as_str().unwrap_or_default()
                );
            }
        }
    }
    if failures > 0 {
        eprintln!(
            "error: {failures} of {} requests are not what the protocol requires",
            EXPECTED.len()
        );
        return 1;
    }
    0
}

/// Generates each model's crate and the runner into `scratch`, runs the
/// runner, and returns its JSON lines.
fn generate_and_run(scratch: &Path, root: &Path, corpus: &Path) -> Result<Vec<Value>, String> {
    std::fs::create_dir_all(scratch.join("runner/src")).map_err(|e| e.to_string())?;
    let runtime = root.join("runtime");
    let mut dependencies = String::new();
    for (model, krate) in MODELS {
        let path = corpus.join(format!("{model}.json"));
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let options = codegen::GenerateOptions {
            crate_name: format!("wire-{model}"),
            model_label: format!("corpus/{model}.json"),
            runtime_path: runtime.display().to_string(),
            standalone: false,
            service: None,
            regenerate: "cargo xtask wire".to_owned(),
        };
        let generated = codegen::generate(&text, &options)
            .map_err(|e| format!("{model} does not generate: {e}"))?;
        codegen::files::write(&scratch.join(model), &generated.files).map_err(|e| e.to_string())?;
        dependencies.push_str(&format!(
            "{krate} = {{ package = \"wire-{model}\", path = \"../{model}\", default-features = false }}\n"
        ));
    }
    let members: Vec<&str> = MODELS
        .iter()
        .map(|(model, _)| *model)
        .chain(["runner"])
        .collect();
    scratch::write_workspace(root, scratch, &members)?;
    write_if_changed(
        &scratch.join("runner/Cargo.toml"),
        &format!(
            "[package]\nname = \"wire-runner\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{dependencies}\
             serde_json = \"1\"\n\
             tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n"
        ),
    )?;
    write_if_changed(&scratch.join("runner/src/main.rs"), RUNNER)?;
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args(["run", "--quiet", "-p", "wire-runner"])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch::target_dir(root))
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the runner failed (in {}):\n{}",
            scratch.display(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).map_err(|e| format!("runner line `{line}`: {e}")))
        .collect()
}

/// Every way the recorded request differs from `expected`.
fn check(expected: &Expected, line: &Value) -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let request = line["request"].as_str().unwrap_or_default();
    // The listener answers `{}`, which outputs with required members refuse:
    // only a call that sent nothing is a failure here.
    if request.is_empty() {
        problems.push(format!(
            "nothing reached the listener; the call ended with {}",
            line["outcome"]
        ));
    }
    let port = line["port"].as_u64().unwrap_or_default();
    let (head, body) = request.split_once("\r\n\r\n").unwrap_or((request, ""));
    let mut lines = head.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    if request_line != expected.request_line {
        problems.push(format!(
            "request line `{request_line}`, expected `{}`",
            expected.request_line
        ));
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        match line.split_once(':') {
            Some((name, value)) => {
                headers.push((name.to_ascii_lowercase(), value.trim().to_owned()))
            }
            None => problems.push(format!("a header line without a colon: `{line}`")),
        }
    }
    let values = |name: &str| -> Vec<&str> {
        headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    let host = format!("127.0.0.1:{port}");
    let required: Vec<(&str, &str)> = expected
        .headers
        .iter()
        .copied()
        .chain([("host", host.as_str())])
        .collect();
    for (name, want) in &required {
        match values(name).as_slice() {
            [got] if got == want => {}
            [] => problems.push(format!("no `{name}` header (expected `{want}`)")),
            got => problems.push(format!(
                "`{name}: {}`, expected `{want}` once",
                got.join(" | ")
            )),
        }
    }
    for (name, _) in &headers {
        if values(name).len() > 1 {
            problems.push(format!("header `{name}` is sent more than once"));
        }
    }
    // SigV4: the date and signature change with the clock; their form does not.
    let date = values("x-amz-date").first().copied().unwrap_or_default();
    let date_ok = date.len() == 16
        && date.as_bytes()[8] == b'T'
        && date.ends_with('Z')
        && date[..8]
            .bytes()
            .chain(date[9..15].bytes())
            .all(|b| b.is_ascii_digit());
    if !date_ok {
        problems.push(format!("`x-amz-date: {date}` is not a basic ISO 8601 time"));
    }
    let authorization = values("authorization").first().copied().unwrap_or_default();
    let scope = format!(
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/{}/us-east-1/{}/aws4_request, SignedHeaders=",
        date.get(..8).unwrap_or_default(),
        expected.signing_name
    );
    match authorization.strip_prefix(&scope) {
        None => problems.push(format!(
            "`authorization: {authorization}` does not start `{scope}`"
        )),
        Some(rest) => {
            let (signed, signature) = rest.split_once(", Signature=").unwrap_or((rest, ""));
            let signed: Vec<&str> = signed.split(';').collect();
            for name in required.iter().map(|(n, _)| *n).chain(["x-amz-date"]) {
                if !signed.contains(&name) {
                    problems.push(format!(
                        "`{name}` is not among the signed headers {signed:?}"
                    ));
                }
            }
            if signature.len() != 64 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
                problems.push(format!("signature `{signature}` is not 64 hex digits"));
            }
        }
    }
    if body != expected.body {
        problems.push(format!("body `{body}`, expected `{}`", expected.body));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
