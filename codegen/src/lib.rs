//! Turns a Smithy JSON AST model into a Rust SDK crate.
//!
//! The pipeline has four named stages, one module each:
//!
//! 1. [`model`] — *parse*: serde types mirroring the JSON AST.
//! 2. [`ir`] — *resolve*: an IR of one service, with every name, type, doc,
//!    constraint and HTTP binding decided; a broken model stops here with
//!    [`Diagnostics`] naming each bad shape.
//! 3. `emit` — IR → one `quote!` token stream per Rust file.
//! 4. [`render`] — tokens → text formatted by prettyplease, with a header line.
//!
//! [`generate`] runs all four; [`files`] writes the result or checks it is fresh.

pub mod cli;
pub mod diagnostics;
pub mod docs;
mod emit;
pub mod files;
pub mod ir;
pub mod model;
pub mod naming;
pub mod render;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use files::CrateFiles;

use std::path::PathBuf;

/// How to generate a crate.
#[derive(Debug, Clone)]
pub struct GenerateOptions {
    /// The Cargo package name (`sso-oidc`); the library name is its snake case.
    pub crate_name: String,
    /// How the header line names the model (`model/sso-oidc.json`).
    pub model_label: String,
    /// The path from the output folder to the `sdk-runtime` crate, as written in `Cargo.toml`.
    pub runtime_path: String,
    /// Adds an empty `[workspace]` table so the crate builds on its own even
    /// inside another workspace's folder.
    pub standalone: bool,
    /// Which service to generate when the model defines several (absolute shape id).
    pub service: Option<String>,
    /// The command that regenerates the crate, which its header names
    /// (`cargo xtask codegen`, or `codegen --model … --out …` for another model).
    pub regenerate: String,
}

/// A generated crate, with figures for the summary line.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Every file, by path relative to the crate root.
    pub files: CrateFiles,
    /// Operations in the service.
    pub operations: usize,
    /// Named types (structures, unions, enums) emitted.
    pub types: usize,
}

/// Why generation failed.
#[derive(Debug)]
pub enum GenerateError {
    /// The model is not valid JSON for the AST.
    Parse(serde_json::Error),
    /// The model is well-formed JSON but broken or unsupported.
    Model(Diagnostics),
    /// The generator produced code that does not parse: a bug here, not in the model.
    Internal(String),
}

impl GenerateError {
    /// Whether the model is valid but uses what the generator does not
    /// implement yet (such as a protocol other than restJson1).
    pub fn is_unsupported(&self) -> bool {
        matches!(self, GenerateError::Model(diagnostics) if diagnostics.only_unsupported())
    }
}

impl std::fmt::Display for GenerateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GenerateError::Parse(error) => {
                write!(f, "the model is not a valid Smithy JSON AST: {error}")
            }
            GenerateError::Model(diagnostics) => diagnostics.fmt(f),
            GenerateError::Internal(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for GenerateError {}

/// Parses and resolves a model into the IR, without emitting anything.
pub fn resolve(model_json: &str, service: Option<&str>) -> Result<ir::Service, GenerateError> {
    let model = model::Model::from_json(model_json).map_err(GenerateError::Parse)?;
    ir::lower(&model, service).map_err(GenerateError::Model)
}

/// Runs the whole pipeline on a JSON AST document.
pub fn generate(model_json: &str, options: &GenerateOptions) -> Result<Generated, GenerateError> {
    let service = resolve(model_json, options.service.as_deref())?;
    let header = format!(
        "// @generated from {} by codegen. Do not edit: run `{}`.",
        options.model_label, options.regenerate
    );
    let mut files = CrateFiles::new();
    for file in emit::emit(&service, options) {
        let (path, text) = render::render(file, &header).map_err(GenerateError::Internal)?;
        files.insert(path, text);
    }
    files.insert(PathBuf::from("Cargo.toml"), cargo_toml(&service, options));
    files.insert(
        PathBuf::from("src/endpoint_rules.json"),
        emit::endpoint_rules(&service, options),
    );
    Ok(Generated {
        files,
        operations: service.operations.len(),
        types: service.types.len(),
    })
}

fn cargo_toml(service: &ir::Service, options: &GenerateOptions) -> String {
    let workspace = if options.standalone {
        "\n# Builds on its own wherever it is written.\n[workspace]\n"
    } else {
        ""
    };
    let description = format!(
        "Rust SDK for {}, generated from its Smithy model.",
        service.title
    )
    .replace('"', "'");
    format!(
        r#"# @generated from {model} by codegen. Do not edit: run `{regenerate}`.
[package]
name = "{name}"
version = "0.1.0"
edition = "2021"
rust-version = "1.80"
description = "{description}"
license = "Apache-2.0"
publish = false

[dependencies]
sdk-runtime = {{ path = "{runtime}", default-features = false }}
serde = {{ version = "1", features = ["derive"], optional = true }}
clap = {{ version = "4", optional = true }}
serde_json = {{ version = "1", optional = true }}

[dev-dependencies]
# The runnable examples in the docs drive the client on a tokio runtime.
tokio = {{ version = "1", features = ["rt"] }}

[features]
default = ["native-roots"]
# Serialize and Deserialize for every type, for storing results (not used on the wire).
serde = ["dep:serde", "sdk-runtime/serde"]
# HTTPS trusts the platform's certificate store (the default).
native-roots = ["sdk-runtime/native-roots"]
# HTTPS trusts the Mozilla roots bundled in the binary, for systems without a CA store.
webpki-roots = ["sdk-runtime/webpki-roots"]
# A scripted mock HTTP client (`sdk_runtime::client::test_util`) for tests.
test-util = ["sdk-runtime/test-util"]
# The server side: a `Handler` trait and a `Dispatcher` that routes HTTP requests to it.
server = ["sdk-runtime/server"]
# The command line: a clap subcommand per operation (`cli::commands`, `cli::run`).
cli = ["dep:clap", "dep:serde_json", "sdk-runtime/cli"]
{workspace}"#,
        model = options.model_label,
        regenerate = options.regenerate,
        name = options.crate_name,
        runtime = options.runtime_path,
    )
}
