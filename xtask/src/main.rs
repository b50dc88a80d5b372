//! Project automation: `cargo xtask <command>`.
//!
//! - `codegen` regenerates `generated/` from `model/sso-oidc.json` (`--check`
//!   writes nothing and fails when the checked-in crate is stale).
//! - `corpus` runs the generator over the official AWS models in
//!   `../shared/models/corpus` and type-checks what it emits.

mod corpus;

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
    /// Regenerate the SDK crate (default: model/sso-oidc.json → generated/).
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
}

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
            let default_model = model.is_none();
            let args = codegen::cli::Args {
                model: model.unwrap_or_else(|| root.join("model/sso-oidc.json")),
                out: out.unwrap_or_else(|| root.join("generated")),
                crate_name: crate_name.or_else(|| default_model.then(|| "sso-oidc".to_owned())),
                runtime_path,
                check,
                diff: diff || check,
                service: None,
            };
            let env = codegen::cli::Environment {
                runtime_dir: root.join("runtime"),
                workspace_members: vec![root.join("generated")],
                // The header names the in-repo model by its repository path, so the
                // output does not depend on where the repository is checked out.
                model_label: default_model.then(|| "model/sso-oidc.json".to_owned()),
            };
            codegen::cli::run(&args, &env)
        }
        Command::Corpus(args) => corpus::run(&args, &root),
    };
    std::process::exit(code);
}
