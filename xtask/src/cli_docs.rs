//! `cargo xtask cli-docs [--out DIR]`: shell completions (bash, zsh, fish) and
//! man pages for the `sso-oidc` binary, from its clap definition.
//!
//! The writing is done by `cli/examples/cli_docs.rs`, run through cargo:
//! xtask itself must not depend on the generated crate, or a broken
//! `generated/` could not be regenerated with `cargo xtask codegen`.

use std::path::{Path, PathBuf};

/// The arguments of `cargo xtask cli-docs`.
#[derive(clap::Args)]
pub struct Args {
    /// Where to write the files [default: target/cli-docs].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

/// Writes the completions and man pages; the exit code.
pub fn run(args: &Args, root: &Path) -> i32 {
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| root.join("target").join("cli-docs"));
    let Some(out) = out.to_str() else {
        eprintln!("the output directory must be UTF-8: {}", out.display());
        return 2;
    };
    super::cargo(
        root,
        &[
            "run",
            "--quiet",
            "-p",
            "sso-oidc-cli",
            "--example",
            "cli_docs",
            "--",
            "--out",
            out,
        ],
    )
}
