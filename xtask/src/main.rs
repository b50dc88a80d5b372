//! Project automation: `cargo xtask <command>`.
//!
//! - `codegen` regenerates `generated/` from `model/sso-oidc.json` (`--check`
//!   writes nothing and fails when the checked-in crate is stale).
//! - `corpus` runs the generator over the official AWS models in
//!   `../shared/models/corpus` and type-checks what it emits.
//! - `bench-client` measures the generated client against raw hyper and
//!   aws-sdk-ssooidc (`bench/`).
//! - `demo` regenerates, then signs in through `sso-signin` against the local
//!   service in a temporary home directory (`signin/examples/sign_in.rs`).
//! - `bench-local` measures how the local service's state scales
//!   (`local/benches/state.rs`).
//! - `fuzz` runs the cargo-fuzz targets of `fuzz/`: `--smoke` a few seconds
//!   each (CI), or one target with `--runs N` / `--seconds S`.
//! - `cli-docs` writes shell completions and man pages for the `sso-oidc`
//!   binary (`cli/`) into `target/cli-docs` or `--out DIR`.
//! - `protocol-tests` converts botocore's protocol suites in
//!   `../shared/protocol-tests` to a model, generates a client from it, runs
//!   every case against it and checks the failures against `tests/protocol/*.skip`.

mod bench;
mod cli_docs;
mod corpus;
mod fuzz;
mod protocol;
mod scratch;
mod wire;

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Project automation")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the checked-in crates (model/sso-oidc.json → generated/, and the
    /// shape-types fixture → tests/shape-types-sdk/), or one model with --model/--out.
    Codegen {
        /// The model to read [default: model/sso-oidc.json].
        #[arg(long, value_name = "PATH")]
        model: Option<PathBuf>,
        /// Where to write the crate [default: generated/].
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// The package name [default: sso-oidc for the default model, else the model's stem].
        #[arg(long, value_name = "NAME")]
        crate_name: Option<String>,
        /// Path of sdk-runtime as the generated Cargo.toml names it [default: relative to --out].
        #[arg(long, value_name = "PATH")]
        runtime_path: Option<String>,
        /// Write nothing; fail and list the stale files when the output differs.
        #[arg(long)]
        check: bool,
        /// With --check, also print a unified diff per stale file.
        #[arg(long)]
        diff: bool,
    },
    /// Parse and resolve every corpus model, then generate and `cargo check` their types.
    Corpus(corpus::Args),
    /// Send one request per protocol (awsJson1_0, awsJson1_1, restJson1) through
    /// crates generated from corpus models to 127.0.0.1 and check the bytes.
    Wire,
    /// Benchmark the generated client against raw hyper and aws-sdk-ssooidc.
    BenchClient(bench::Args),
    /// Benchmark the local service's state: StartDeviceAuthorization with 100k
    /// vs 1k pending codes, and its memory through 300,000 registrations.
    BenchLocal,
    /// Regenerate from model/sso-oidc.json, then run a device sign-in with the
    /// generated client against the local service built on the generated dispatcher.
    Demo,
    /// Run the fuzz targets of fuzz/ (cargo-fuzz, stable, `--sanitizer none`):
    /// every one for a few seconds, or one for `--runs N` / `--seconds S`.
    Fuzz(fuzz::Args),
    /// Write shell completions (bash, zsh, fish) and man pages for the
    /// `sso-oidc` binary into target/cli-docs (or --out DIR).
    CliDocs(cli_docs::Args),
    /// Run botocore's protocol suites (../shared/protocol-tests) against a client
    /// generated from them; the failures must match `tests/protocol/<suite>.skip`.
    ProtocolTests(protocol::Args),
}

/// The crates generated into the repository: (model, output folder, package name).
/// `generated/` is the product; `tests/shape-types-sdk/` is the every-shape-type
/// fixture, checked in so tests can exercise its (de)serialization; `tests/paginators-sdk/`
/// is the `@paginated` fixture, whose paginators tests drive on a mock HTTP client;
/// `tests/streaming-sdk/` is the `@streaming` fixture, streamed end to end over loopback.
const CHECKED_IN: &[(&str, &str, &str)] = &[
    ("model/sso-oidc.json", "generated", "sso-oidc"),
    (
        "tests/fixtures/shape_types.json",
        "tests/shape-types-sdk",
        "shape-types-sdk",
    ),
    (
        "tests/fixtures/paginators.json",
        "tests/paginators-sdk",
        "paginators-sdk",
    ),
    (
        "tests/fixtures/waiters.json",
        "tests/waiters-sdk",
        "waiters-sdk",
    ),
    (
        "tests/fixtures/aws_json.json",
        "tests/aws-json-sdk",
        "aws-json-sdk",
    ),
    (
        "tests/fixtures/streaming.json",
        "tests/streaming-sdk",
        "streaming-sdk",
    ),
];

/// The workspace root: xtask lives one level below it.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() {
    let cli = Cli::parse();
    let root = workspace_root();
    let code = match cli.command {
        Command::Codegen {
            model,
            out,
            crate_name,
            runtime_path,
            check,
            diff,
        } => {
            if model.is_some() || out.is_some() {
                let args = codegen::cli::Args {
                    model: model.unwrap_or_else(|| root.join(CHECKED_IN[0].0)),
                    out: out.unwrap_or_else(|| root.join(CHECKED_IN[0].1)),
                    crate_name,
                    runtime_path,
                    check,
                    diff: diff || check,
                    service: None,
                };
                codegen::cli::run(&args, &environment(&root, None))
            } else {
                codegen_checked_in(&root, runtime_path, check, diff)
            }
        }
        Command::Corpus(args) => corpus::run(&args, &root),
        Command::Wire => wire::run(&root),
        Command::BenchClient(args) => bench::run_bench(&args, &root),
        Command::BenchLocal => cargo(
            &root,
            &["bench", "-p", "sso-oidc-local", "--bench", "state"],
        ),
        Command::Demo => match codegen_checked_in(&root, None, false, false) {
            0 => run_sign_in_demo(&root),
            failed => failed,
        },
        Command::Fuzz(args) => fuzz::run(&args, &root),
        Command::CliDocs(args) => cli_docs::run(&args, &root),
        Command::ProtocolTests(args) => protocol::run(&args, &root),
    };
    std::process::exit(code);
}

/// What the codegen CLI needs to know about this repository.
fn environment(root: &Path, label: Option<&str>) -> codegen::cli::Environment {
    codegen::cli::Environment {
        runtime_dir: root.join("runtime"),
        workspace_members: CHECKED_IN
            .iter()
            .map(|(_, out, _)| root.join(out))
            .collect(),
        // In-repo models are named by their repository path, so the output
        // does not depend on where the repository is checked out.
        model_label: label.map(str::to_owned),
        // The checked-in crates regenerate together; another model's crate
        // names its own command, paths as given.
        regenerate: label.map(|_| "cargo xtask codegen".to_owned()),
        regenerate_program: "cargo xtask codegen",
    }
}

/// Regenerates (or with `check`, checks) every checked-in crate; the worst
/// exit code wins.
fn codegen_checked_in(root: &Path, runtime_path: Option<String>, check: bool, diff: bool) -> i32 {
    CHECKED_IN
        .iter()
        .map(|(model, out, name)| {
            let args = codegen::cli::Args {
                model: root.join(model),
                out: root.join(out),
                crate_name: Some((*name).to_owned()),
                runtime_path: runtime_path.clone(),
                check,
                diff: diff || check,
                service: None,
            };
            codegen::cli::run(&args, &environment(root, Some(model)))
        })
        .max()
        .unwrap_or(0)
}

/// Runs `signin/examples/sign_in.rs` (built against the crate just written).
fn run_sign_in_demo(root: &Path) -> i32 {
    println!("\nsigning in through sso-signin against the local service…\n");
    cargo(
        root,
        &["run", "--quiet", "-p", "sso-signin", "--example", "sign_in"],
    )
}

/// Runs the cargo that runs xtask with `args` in `root`; its exit code.
fn cargo(root: &Path, args: &[&str]) -> i32 {
    let status =
        std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
            .args(args)
            .current_dir(root)
            .status();
    match status {
        Ok(status) => status.code().unwrap_or(1),
        Err(error) => {
            eprintln!("cannot run cargo: {error}");
            1
        }
    }
}

/// Where scratch builds go: `CARGO_TARGET_DIR` (relative to the workspace)
/// or the workspace's `target`.
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| {
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        })
        .unwrap_or_else(|| root.join("target"))
}
