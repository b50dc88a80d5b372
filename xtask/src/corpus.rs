//! `cargo xtask corpus`: the generator against the official AWS models.
//!
//! Stage one parses and resolves every model (fast, and must pass for all).
//! Stage two generates each model's crate into one scratch workspace under
//! `target/corpus` and runs `cargo check` on it, smallest first; the build
//! goes to the target directory all scratch workspaces share (`scratch.rs`),
//! so dependencies build once. Every model gets a line; failures are
//! reported, never hidden.

use crate::scratch;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Options of `cargo xtask corpus`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The corpus folder [default: ../shared/models/corpus beside the workspace].
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Type-check only the N smallest models (default: all); 0 skips the type check.
    #[arg(long, value_name = "N")]
    check: Option<usize>,
    /// Only models whose name contains this text.
    #[arg(long)]
    filter: Option<String>,
    /// Fail the type check on any compiler warning (for fixtures, whose output must be clean).
    #[arg(long)]
    deny_warnings: bool,
    /// Run clippy (warnings denied) instead of `cargo check`: generated crates must be lint-clean.
    #[arg(long)]
    clippy: bool,
}

struct Model {
    name: String,
    path: PathBuf,
    bytes: u64,
}

pub fn run(args: &Args, root: &Path) -> i32 {
    let dir = args
        .corpus
        .clone()
        .unwrap_or_else(|| root.join("../shared/models/corpus"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!(
            "skipping: no corpus at {} (it lives in ../shared beside the repository)",
            dir.display()
        );
        return 0;
    };
    let mut models: Vec<Model> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|path| {
            let name = path.file_stem()?.to_str()?.to_owned();
            let bytes = std::fs::metadata(&path).ok()?.len();
            Some(Model { name, path, bytes })
        })
        .filter(|m| {
            args.filter
                .as_ref()
                .is_none_or(|f| m.name.contains(f.as_str()))
        })
        .collect();
    models.sort_by_key(|m| (m.bytes, m.name.clone()));

    println!(
        "{:<34} {:>8} {:>5} {:>6}  {:<8} types compile",
        "model", "bytes", "ops", "types", "resolve"
    );
    let mut resolved = Vec::new();
    let mut resolve_failed = 0;
    // Valid models the generator refuses (a protocol not implemented yet):
    // reported, and not failures, since refusing them is the correct outcome.
    let mut refused = 0;
    let started = Instant::now();
    for model in &models {
        let outcome = std::fs::read_to_string(&model.path)
            .map_err(|e| codegen::GenerateError::Internal(e.to_string()))
            .and_then(|text| codegen::resolve(&text, None));
        let outcome = outcome.map_err(|error| (error.is_unsupported(), error));
        match outcome {
            Ok(service) => resolved.push((model, service.operations.len(), service.types.len())),
            Err((true, error)) => {
                refused += 1;
                println!(
                    "{:<34} {:>8} {:>5} {:>6}  {:<8} {}",
                    model.name,
                    model.bytes,
                    "-",
                    "-",
                    "refused",
                    first_line(&error.to_string())
                );
            }
            Err((false, error)) => {
                let error = first_line(&error.to_string());
                resolve_failed += 1;
                println!(
                    "{:<34} {:>8} {:>5} {:>6}  {:<8} {error}",
                    model.name, model.bytes, "-", "-", "FAIL"
                );
            }
        }
    }
    let resolve_time = started.elapsed();

    let to_check = args.check.unwrap_or(usize::MAX).min(resolved.len());
    let label = dir.file_name().and_then(|n| n.to_str()).unwrap_or("corpus");
    let scratch = crate::target_dir(root).join("corpus").join(label);
    let (mut passed, mut failed) = (0, 0);
    if to_check > 0 {
        if let Err(error) = prepare_workspace(&scratch, root, &resolved[..to_check]) {
            eprintln!("error: cannot write the scratch workspace: {error}");
            return 2;
        }
    }
    for (index, (model, operations, types)) in resolved.iter().enumerate() {
        let status = if index >= to_check {
            "not checked".to_owned()
        } else {
            match check_crate(root, &scratch, &model.name, args.deny_warnings, args.clippy) {
                Ok(()) => {
                    passed += 1;
                    "ok".to_owned()
                }
                Err(error) => {
                    failed += 1;
                    format!("FAIL {error}")
                }
            }
        };
        println!(
            "{:<34} {:>8} {:>5} {:>6}  {:<8} {status}",
            model.name, model.bytes, operations, types, "ok"
        );
    }
    println!(
        "parse + resolve: {} passed, {resolve_failed} failed, {refused} refused as not supported yet ({} ms for {} models)",
        resolved.len(),
        resolve_time.as_millis(),
        models.len()
    );
    if to_check > 0 {
        println!(
            "types compile: {passed} passed, {failed} failed ({} of {} models checked)",
            to_check,
            resolved.len()
        );
    }
    if resolve_failed > 0 || failed > 0 {
        1
    } else {
        0
    }
}

fn first_line(text: &str) -> String {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let head = lines.next().unwrap_or_default().trim().to_owned();
    match lines.next() {
        Some(next) => format!("{head} {}", next.trim()),
        None => head,
    }
}

/// A package name for a model file stem (`sso-oidc.official` → `corpus-sso-oidc-official`).
fn crate_name(model: &str) -> String {
    let stem: String = model
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("corpus-{stem}")
}

/// Generates every crate into one workspace so dependencies compile once.
fn prepare_workspace(
    scratch: &Path,
    root: &Path,
    models: &[(&Model, usize, usize)],
) -> Result<(), String> {
    std::fs::create_dir_all(scratch).map_err(|e| e.to_string())?;
    let mut members = Vec::new();
    for (model, _, _) in models {
        let text = std::fs::read_to_string(&model.path).map_err(|e| e.to_string())?;
        let out = scratch.join(&model.name);
        let options = codegen::GenerateOptions {
            crate_name: crate_name(&model.name),
            model_label: format!("corpus/{}.json", model.name),
            runtime_path: root.join("runtime").display().to_string(),
            standalone: false,
            service: None,
            regenerate: "cargo xtask corpus".to_owned(),
        };
        match codegen::generate(&text, &options) {
            Ok(generated) => {
                codegen::files::write(&out, &generated.files).map_err(|e| e.to_string())?;
                members.push(model.name.as_str());
            }
            // Reported by `check_crate`, which finds no crate to check.
            Err(error) => eprintln!(
                "{}: generation failed: {}",
                model.name,
                first_line(&error.to_string())
            ),
        }
    }
    scratch::write_workspace(root, scratch, &members)
}

fn check_crate(
    root: &Path,
    scratch: &Path,
    model: &str,
    deny_warnings: bool,
    clippy: bool,
) -> Result<(), String> {
    if !scratch.join(model).join("Cargo.toml").exists() {
        return Err("generation failed".to_owned());
    }
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    command
        .args([
            if clippy { "clippy" } else { "check" },
            "--quiet",
            "--message-format",
            "short",
            "-p",
            &crate_name(model),
            // The server side and the command line are generated for every
            // model too: check they compile.
            "--features",
            "server,cli",
        ])
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch::target_dir(root));
    if clippy {
        // Lints on the crate only; RUSTFLAGS would rebuild the dependencies under them too.
        command.args(["--", "-D", "warnings"]);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        let excerpt = scratch::error_excerpt(&stderr, 12);
        let first = excerpt
            .first()
            .cloned()
            .unwrap_or_else(|| "(none)".to_owned());
        // The table keeps one line a model; the whole excerpt goes to stderr,
        // where a cause that only a note gives (a linker's) is not lost.
        eprintln!("{model}: cargo failed:\n  {}", excerpt.join("\n  "));
        return Err(format!("{} error line(s); first: {first}", excerpt.len()));
    }
    // Warnings are denied by reading them, not by RUSTFLAGS: a RUSTFLAGS change
    // rebuilds every dependency in the shared scratch target directory, while
    // cargo replays a crate's warnings whether or not it recompiled it.
    if !deny_warnings {
        return Ok(());
    }
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains(": warning:"))
        .collect();
    if !warnings.is_empty() {
        eprintln!("{model}: warnings:\n  {}", warnings.join("\n  "));
        return Err(format!(
            "{} warning(s); first: {}",
            warnings.len(),
            warnings[0]
        ));
    }
    Ok(())
}
