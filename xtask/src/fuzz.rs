//! `cargo xtask fuzz`: the coverage-guided fuzz targets of `fuzz/` (cargo-fuzz,
//! libFuzzer), on the stable toolchain.
//!
//! `--smoke` (the default without a target) builds every target once and runs
//! each for a few seconds from its checked-in seed corpus: for CI. With a
//! target, `--runs N` or `--seconds S` runs it longer. New inputs go to
//! `fuzz/target/corpus/<target>` (git-ignored), never into the checked-in
//! seeds, and crashes to `fuzz/artifacts/<target>/`.
//!
//! On stable, cargo-fuzz needs `--sanitizer none`: AddressSanitizer is a
//! nightly `-Z` flag, but the SanitizerCoverage instrumentation that guides
//! libFuzzer is a stable LLVM pass. Debug assertions and overflow checks stay
//! on, so arithmetic overflow is found as a crash.

use clap::Args as ClapArgs;
use std::path::Path;
use std::process::Command;

/// Every target in `fuzz/fuzz_targets/`.
const TARGETS: &[&str] = &[
    "json_reader",
    "response",
    "dispatcher",
    "local_pages",
    "endpoint_rules",
    "model_parser",
];

/// Arguments of `cargo xtask fuzz`.
#[derive(ClapArgs)]
pub struct Args {
    /// The target to run (one of json_reader, response, dispatcher, local_pages,
    /// endpoint_rules, model_parser); without one, every target is smoke-run.
    target: Option<String>,
    /// Run every target for a few seconds (the default without a target).
    #[arg(long, conflicts_with_all = ["target", "runs"])]
    smoke: bool,
    /// Stop after this many executions.
    #[arg(long, value_name = "N")]
    runs: Option<u64>,
    /// Stop after this many seconds [default: 5 with --smoke, else none].
    #[arg(long, value_name = "S")]
    seconds: Option<u64>,
}

/// Runs the fuzz targets as `args` asks; the exit code is the first failure's.
pub fn run(args: &Args, root: &Path) -> i32 {
    if Command::new("cargo")
        .args(["fuzz", "--version"])
        .output()
        .map_or(true, |out| !out.status.success())
    {
        eprintln!(
            "cargo-fuzz is not installed: run `cargo install cargo-fuzz --locked` \
             (it works on the stable toolchain with `--sanitizer none`)"
        );
        return 1;
    }
    let fuzz_dir = root.join("fuzz");
    let targets: Vec<&str> = match &args.target {
        Some(target) if TARGETS.contains(&target.as_str()) => vec![target.as_str()],
        Some(target) => {
            eprintln!("unknown fuzz target `{target}`; the targets are {TARGETS:?}");
            return 2;
        }
        None => TARGETS.to_vec(),
    };
    let smoke = args.smoke || args.target.is_none();
    let seconds = args.seconds.or(smoke.then_some(5));

    // One build of every target first, so the time limits below are fuzzing time.
    let mut build = Command::new("cargo");
    build
        .args(["fuzz", "build", "--sanitizer", "none"])
        .current_dir(&fuzz_dir);
    if let [target] = targets.as_slice() {
        build.arg(target);
    }
    if !status_ok(&mut build, "cargo fuzz build") {
        return 1;
    }

    for target in targets {
        let work = fuzz_dir.join("target").join("corpus").join(target);
        if let Err(error) = std::fs::create_dir_all(&work) {
            eprintln!("cannot create {}: {error}", work.display());
            return 1;
        }
        let seeds = fuzz_dir.join("corpus").join(target);
        let mut run = Command::new("cargo");
        run.args(["fuzz", "run", "--sanitizer", "none", target])
            .arg(&work)
            .arg(&seeds)
            .arg("--")
            .arg("-print_final_stats=1");
        if let Some(seconds) = seconds {
            run.arg(format!("-max_total_time={seconds}"));
        }
        if let Some(runs) = args.runs {
            run.arg(format!("-runs={runs}"));
        }
        println!("== fuzz {target}");
        run.current_dir(&fuzz_dir);
        let passed = if smoke {
            quiet_run(&mut run, target)
        } else {
            status_ok(&mut run, &format!("fuzz target {target}"))
        };
        if !passed {
            eprintln!(
                "fuzz target {target} failed: the crashing input is in fuzz/artifacts/{target}/; \
                 replay it with `cargo fuzz run --sanitizer none {target} <file>` in fuzz/"
            );
            return 1;
        }
    }
    0
}

/// Runs a short fuzz run with its output captured: libFuzzer prints a line per
/// new input, thousands in a few seconds. A pass prints libFuzzer's final
/// figures; a failure prints everything.
fn quiet_run(command: &mut Command, target: &str) -> bool {
    let output = match command.output() {
        Ok(output) => output,
        Err(error) => {
            eprintln!("fuzz target {target} could not start: {error}");
            return false;
        }
    };
    let log = String::from_utf8_lossy(&output.stderr);
    if output.status.success() {
        let last_status = log.lines().rev().find(|line| {
            line.strip_prefix('#')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        });
        for line in last_status
            .into_iter()
            .chain(log.lines().filter(|line| line.starts_with("stat::")))
        {
            println!("  {line}");
        }
        true
    } else {
        print!("{}", String::from_utf8_lossy(&output.stdout));
        eprint!("{log}");
        false
    }
}

fn status_ok(command: &mut Command, what: &str) -> bool {
    match command.status() {
        Ok(status) => status.success(),
        Err(error) => {
            eprintln!("{what} could not start: {error}");
            false
        }
    }
}
