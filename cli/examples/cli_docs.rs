//! Shell completions (bash, zsh, fish) and man pages for `sso-oidc`, from the
//! same clap definition the binary parses with. Run by `cargo xtask cli-docs
//! [--out DIR]`; by hand: `cargo run -p sso-oidc-cli --example cli_docs -- --out DIR`.

use std::path::{Path, PathBuf};

use clap_complete::Shell;

/// Writes the completions and man pages into `out`; returns the files written.
pub fn write_all(out: &Path) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(out)?;
    let mut command = sso_oidc_cli::command();
    // Propagates the global flags into every subcommand, so each page lists them.
    command.build();
    let mut written = Vec::new();
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        written.push(clap_complete::generate_to(
            shell,
            &mut command,
            "sso-oidc",
            out,
        )?);
    }
    let page = |command: clap::Command, file: PathBuf| -> std::io::Result<PathBuf> {
        let mut bytes = Vec::new();
        clap_mangen::Man::new(command).render(&mut bytes)?;
        std::fs::write(&file, bytes)?;
        Ok(file)
    };
    written.push(page(command.clone(), out.join("sso-oidc.1"))?);
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        // `man sso-oidc-login`, as git names its pages.
        let name = format!("sso-oidc-{}", sub.get_name());
        let file = out.join(format!("{name}.1"));
        written.push(page(
            sub.clone()
                .name(name)
                .display_name(format!("sso-oidc {}", sub.get_name())),
            file,
        )?);
    }
    Ok(written)
}

#[allow(dead_code)] // The tests include this file for write_all alone.
fn main() {
    let mut args = std::env::args().skip(1);
    let mut out = PathBuf::from("target/cli-docs");
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--out", Some(dir)) => out = PathBuf::from(dir),
            _ => {
                eprintln!("usage: cli_docs [--out DIR]");
                std::process::exit(2);
            }
        }
    }
    match write_all(&out) {
        Ok(files) => {
            for file in files {
                println!("wrote {}", file.display());
            }
        }
        Err(error) => {
            eprintln!("cannot write to {}: {error}", out.display());
            std::process::exit(1);
        }
    }
}
