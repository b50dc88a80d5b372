//! The command line shared by the `codegen` binary and `cargo xtask codegen`.

use crate::files::{self, Stale};
use crate::{generate, GenerateOptions};
use std::path::{Component, Path, PathBuf};
use std::time::Instant;

/// Generate a Rust SDK crate from a Smithy JSON AST model.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The Smithy JSON AST model to read.
    #[arg(long, value_name = "PATH")]
    pub model: PathBuf,
    /// The folder the crate is written to (created when missing; it is owned by the generator).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// The Cargo package name of the crate (default: the model file's stem).
    #[arg(long, value_name = "NAME")]
    pub crate_name: Option<String>,
    /// Path of the `sdk-runtime` crate as the generated Cargo.toml should name it
    /// (default: found relative to the output folder).
    #[arg(long, value_name = "PATH")]
    pub runtime_path: Option<String>,
    /// Write nothing; fail and list the stale files when the folder differs.
    #[arg(long)]
    pub check: bool,
    /// Print the full diff of each stale file with `--check`.
    #[arg(long)]
    pub diff: bool,
    /// The service to generate when the model has several (absolute shape id).
    #[arg(long, value_name = "SHAPE_ID")]
    pub service: Option<String>,
}

/// What a run needs beyond the arguments.
#[derive(Debug, Clone)]
pub struct Environment {
    /// Where `sdk-runtime` lives, for the default `--runtime-path`.
    pub runtime_dir: PathBuf,
    /// Folders (besides none) whose crate is a member of an enclosing workspace, so
    /// it must not declare its own `[workspace]`.
    pub workspace_members: Vec<PathBuf>,
    /// How the header names the model; defaults to the path as given.
    pub model_label: Option<String>,
    /// The command the header names for regenerating; by default the program
    /// (`regenerate_program`) with this run's arguments, paths as given.
    pub regenerate: Option<String>,
    /// The program that runs this code generator (`codegen`, `cargo xtask codegen`).
    pub regenerate_program: &'static str,
}

/// `program` with the arguments of this run that shape the output, paths as
/// the user gave them (a relative path stays relative).
fn regenerate_command(program: &str, args: &Args) -> String {
    let quote = |text: &str| {
        if !text.is_empty()
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/._-+=:@#,".contains(&b))
        {
            text.to_owned()
        } else {
            format!("'{}'", text.replace('\'', "'\\''"))
        }
    };
    let mut command = format!(
        "{program} --model {} --out {}",
        quote(&args.model.display().to_string()),
        quote(&args.out.display().to_string())
    );
    if let Some(name) = &args.crate_name {
        command.push_str(&format!(" --crate-name {}", quote(name)));
    }
    if let Some(path) = &args.runtime_path {
        command.push_str(&format!(" --runtime-path {}", quote(path)));
    }
    if let Some(service) = &args.service {
        command.push_str(&format!(" --service {}", quote(service)));
    }
    command
}

/// Prints a line to stdout; a closed pipe (`| head`) is not worth a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

/// Runs the generator; returns the process exit code (0 ok, 1 stale, 2 error).
pub fn run(args: &Args, env: &Environment) -> i32 {
    match try_run(args, env) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            2
        }
    }
}

fn try_run(args: &Args, env: &Environment) -> Result<i32, String> {
    let started = Instant::now();
    let text = std::fs::read_to_string(&args.model)
        .map_err(|e| format!("cannot read the model {}: {e}", args.model.display()))?;
    let crate_name = match &args.crate_name {
        Some(name) => name.clone(),
        None => args
            .model
            .file_stem()
            .and_then(|s| s.to_str())
            .map(|s| s.trim_end_matches(".official").replace(['.', '_'], "-"))
            .ok_or("cannot derive a crate name from the model path; pass --crate-name")?,
    };
    let out = absolute(&args.out)?;
    let member = env
        .workspace_members
        .iter()
        .any(|m| absolute(m).ok().as_ref() == Some(&out));
    let runtime_path = match &args.runtime_path {
        Some(path) => path.clone(),
        None => relative_path(&out, &absolute(&env.runtime_dir)?)
            .display()
            .to_string(),
    };
    let options = GenerateOptions {
        crate_name: crate_name.clone(),
        model_label: env
            .model_label
            .clone()
            .unwrap_or_else(|| args.model.display().to_string()),
        runtime_path,
        standalone: !member,
        service: args.service.clone(),
        regenerate: env
            .regenerate
            .clone()
            .unwrap_or_else(|| regenerate_command(env.regenerate_program, args)),
    };
    let generated = generate(&text, &options).map_err(|e| e.to_string())?;
    if args.check {
        let stale = files::check(&out, &generated.files)
            .map_err(|e| format!("cannot read {}: {e}", out.display()))?;
        if stale.is_empty() {
            say!(
                "{crate_name}: {} files are up to date with {}",
                generated.files.len(),
                args.model.display()
            );
            return Ok(0);
        }
        eprintln!(
            "{crate_name}: {} file(s) in {} are stale; run `{}`:",
            stale.len(),
            out.display(),
            options.regenerate
        );
        for item in &stale {
            match item {
                Stale::Changed(path, diff) => {
                    eprintln!("  changed  {}", path.display());
                    if args.diff {
                        eprintln!("{diff}");
                    }
                }
                Stale::Missing(path) => eprintln!("  missing  {}", path.display()),
                Stale::Extra(path) => eprintln!("  extra    {}", path.display()),
            }
        }
        return Ok(1);
    }
    let summary = files::write(&out, &generated.files)
        .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let lines: usize = generated.files.values().map(|f| f.lines().count()).sum();
    say!(
        "{crate_name}: {} operations, {} types → {} files ({lines} lines) in {}; {} changed, {} removed ({} ms)",
        generated.operations,
        generated.types,
        summary.files,
        out.display(),
        summary.changed.len(),
        summary.removed.len(),
        started.elapsed().as_millis()
    );
    for path in &summary.changed {
        say!("  wrote    {}", path.display());
    }
    for path in &summary.removed {
        say!("  removed  {}", path.display());
    }
    Ok(0)
}

/// An absolute, normalized path (without requiring it to exist).
fn absolute(path: &Path) -> Result<PathBuf, String> {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map_err(|e| format!("cannot read the current folder: {e}"))?
            .join(path)
    };
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Ok(out)
}

/// The path from folder `from` to `to`, both absolute and normalized.
fn relative_path(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for component in &to[common..] {
        out.push(component);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_regenerate_command_keeps_paths_as_given_and_quotes_what_a_shell_would_split() {
        let args = Args {
            model: PathBuf::from("models/my model.json"),
            out: PathBuf::from("../out"),
            crate_name: Some("my-sdk".into()),
            runtime_path: None,
            check: true,
            diff: false,
            service: Some("ns#Svc".into()),
        };
        assert_eq!(
            regenerate_command("codegen", &args),
            "codegen --model 'models/my model.json' --out ../out --crate-name my-sdk --service ns#Svc"
        );
    }

    #[test]
    fn relative_paths_between_folders() {
        assert_eq!(
            relative_path(Path::new("/w/generated"), Path::new("/w/runtime")),
            Path::new("../runtime")
        );
        assert_eq!(
            relative_path(Path::new("/tmp/x"), Path::new("/w/runtime")),
            Path::new("../../w/runtime")
        );
        assert_eq!(
            absolute(Path::new("/a/./b/../c")).expect("absolute"),
            Path::new("/a/c")
        );
    }
}
