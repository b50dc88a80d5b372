//! `cargo xtask bench-client`: our client beside a raw hyper client (the floor)
//! and aws-sdk-ssooidc, measured in one run on this machine.
//!
//! Wall-clock figures (requests per second, latency) are noisy on a shared
//! machine, so each is reported as a ratio to the floor measured in the same
//! run, concurrent ones as the median of interleaved rounds, with servers and
//! clients pinned to separate CPUs where `taskset` can; instructions per call
//! come from callgrind, which counts the same on a busy machine as on an idle
//! one. The benchmark crates live in `bench/`, a
//! workspace of their own, so the official SDK is only built here.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Instant;

/// Options of `cargo xtask bench-client`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also build the minimal binaries (release, size-optimized) and compare their sizes.
    #[arg(long)]
    sizes: bool,
    /// Also time a clean debug build of each SDK with its dependencies (minutes).
    #[arg(long)]
    build_times: bool,
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Where the wall-clock measurements run when the machine has two CPUs and
/// `taskset`: servers on one, the measuring client on the other, so a client is
/// measured on a core of its own rather than fighting the server for it.
const SERVER_CPU: usize = 0;
const CLIENT_CPU: usize = 1;

fn pinning() -> bool {
    // Probed once: every measurement asks.
    static PINNING: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *PINNING.get_or_init(|| {
        std::thread::available_parallelism().is_ok_and(|n| n.get() >= 2)
            && Command::new("taskset")
                .args(["-c", "0", "true"])
                .output()
                .is_ok_and(|o| o.status.success())
    })
}

/// `binary`, pinned to `cpu` when [`pinning`] is possible.
fn on_cpu(binary: &Path, cpu: usize) -> Command {
    if pinning() {
        let mut command = Command::new("taskset");
        command.arg("-c").arg(cpu.to_string()).arg(binary);
        command
    } else {
        Command::new(binary)
    }
}

/// Starts `binary MODE`, which prints the URL it serves on as its first line.
fn start_server(binary: &Path, mode: &str) -> Result<(Server, String), String> {
    let mut child = on_cpu(binary, SERVER_CPU)
        .arg(mode)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the {mode} server: {e}"))?;
    let stdout = child.stdout.take().ok_or("the server has no stdout")?;
    let server = Server(child);
    let mut url = String::new();
    BufReader::new(stdout)
        .read_line(&mut url)
        .map_err(|e| e.to_string())?;
    Ok((server, url.trim().to_owned()))
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

fn run(command: &mut Command) -> Result<String, String> {
    let output = command
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{command:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

pub fn run_bench(args: &Args, root: &Path) -> i32 {
    match bench(args, root) {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("error: {message}");
            2
        }
    }
}

fn bench(args: &Args, root: &Path) -> Result<(), String> {
    let dir = root.join("bench");
    let manifest = dir.join("Cargo.toml");
    // The binaries are looked for here, so the build goes here even when the
    // caller's CARGO_TARGET_DIR points elsewhere.
    let target_dir = dir.join("target");
    eprintln!("building the benchmark (release)…");
    run(cargo()
        .args([
            "build",
            "--release",
            "--quiet",
            "-p",
            "sdk-bench",
            "--manifest-path",
        ])
        .arg(&manifest)
        .arg("--target-dir")
        .arg(&target_dir))?;
    let binary = target_dir.join("release/sdk-bench");

    let (server, url) = start_server(&binary, "server")?;

    eprintln!("measuring throughput and latency against {url}…");
    if pinning() {
        eprintln!("pinning: servers on CPU {SERVER_CPU}, clients on CPU {CLIENT_CPU} (taskset)");
    }
    let load = run(on_cpu(&binary, CLIENT_CPU).args(["load", &url]))?;
    // `client key=value …` lines → figures[client][key]
    let mut figures: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
    for line in load.lines() {
        let mut words = line.split_whitespace();
        let Some(client) = words.next() else { continue };
        let words: Vec<&str> = words.collect();
        let concurrency = words
            .iter()
            .find_map(|w| w.strip_prefix("concurrency="))
            .map(str::to_owned);
        for word in &words {
            let Some((key, value)) = word.split_once('=') else {
                continue;
            };
            let Ok(value) = value.parse::<f64>() else {
                continue;
            };
            let key = match (&concurrency, key) {
                (Some(c), "rps") => format!("rps_c{c}"),
                (Some(_), "failures") => "failures_concurrent".to_owned(),
                _ => key.to_owned(),
            };
            *figures
                .entry(client.to_owned())
                .or_default()
                .entry(key)
                .or_default() += value;
        }
    }

    eprintln!("counting instructions per call with callgrind…");
    for client in ["raw", "ours", "aws", "raw-json", "ours-json"] {
        let count = |n: u32| -> Result<f64, String> {
            let out =
                std::env::temp_dir().join(format!("callgrind.{client}.{n}.{}", std::process::id()));
            let output = Command::new("valgrind")
                .arg("--tool=callgrind")
                .arg(format!("--callgrind-out-file={}", out.display()))
                .arg(&binary)
                .args(["calls", client, &url, &n.to_string()])
                .output()
                .map_err(|e| format!("cannot run valgrind: {e}"))?;
            let _ = std::fs::remove_file(&out);
            let stderr = String::from_utf8_lossy(&output.stderr);
            stderr
                .lines()
                .find_map(|l| l.split("Collected :").nth(1))
                .and_then(|n| n.trim().parse::<f64>().ok())
                .ok_or_else(|| format!("callgrind printed no total for {client}:\n{stderr}"))
        };
        // The difference of two runs removes start-up and warm-up costs.
        let per_call = (count(300)? - count(100)?) / 200.0;
        figures
            .entry(client.to_owned())
            .or_default()
            .insert("instructions_per_call".to_owned(), per_call);
    }

    // The server side: the same load generator against the raw floor server
    // (still running) and the local service on the generated dispatcher, in turns.
    eprintln!("measuring the dispatcher against a raw hyper server…");
    let (dispatcher, dispatcher_url) = start_server(&binary, "dispatcher")?;
    let out = run(on_cpu(&binary, CLIENT_CPU).args(["server-load", &url, &dispatcher_url]))?;
    drop(dispatcher);
    drop(server);
    // `URL concurrency=C rps=R …` lines → (URL, C) → R
    let served: BTreeMap<(String, String), f64> = out
        .lines()
        .filter_map(|line| {
            let url = line.split_whitespace().next()?;
            let c = line
                .split("concurrency=")
                .nth(1)?
                .split_whitespace()
                .next()?;
            let rps = line.split("rps=").nth(1)?.split_whitespace().next()?;
            Some(((url.to_owned(), c.to_owned()), rps.parse().ok()?))
        })
        .collect();

    let get = |client: &str, key: &str| {
        figures
            .get(client)
            .and_then(|f| f.get(key))
            .copied()
            .unwrap_or(f64::NAN)
    };
    println!(
        "\n{:<34} {:>12} {:>12} {:>12} {:>10} {:>10}",
        "", "raw hyper", "ours", "aws-sdk", "ours/raw", "ours/aws"
    );
    let rows = [
        ("instructions per call (callgrind)", "instructions_per_call"),
        ("requests/s sequential", "sequential_rps"),
        ("requests/s, 16 concurrent", "rps_c16"),
        ("requests/s, 64 concurrent", "rps_c64"),
        ("p50 latency (µs)", "p50_us"),
        ("p99 latency (µs)", "p99_us"),
        ("client CPU per request (µs)", "cpu_us_per_request"),
    ];
    for (label, key) in rows {
        let (raw, ours, aws) = (get("raw", key), get("ours", key), get("aws", key));
        println!(
            "{label:<34} {raw:>12.1} {ours:>12.1} {aws:>12.1} {:>10.2} {:>10.2}",
            ours / raw,
            ours / aws
        );
    }
    let failures: f64 = ["raw", "ours", "aws"]
        .iter()
        .map(|c| get(c, "failures") + get(c, "failures_concurrent"))
        .sum();
    println!("failed calls: {failures}");
    let (raw_json, ours_json) = (
        get("raw-json", "instructions_per_call"),
        get("ours-json", "instructions_per_call"),
    );
    println!(
        "awsJson1_1 PutItem (tests/aws-json-sdk), instructions per call: raw hyper {raw_json:.1}, ours {ours_json:.1}, ours/raw {:.2}",
        ours_json / raw_json
    );

    println!(
        "targets: instructions ≤ 1.5x raw ({:.2}x) and ≤ 0.25x aws-sdk ({:.2}x); concurrent throughput ≥ 0.8x raw ({:.2}x at 16, {:.2}x at 64)",
        get("ours", "instructions_per_call") / get("raw", "instructions_per_call"),
        get("ours", "instructions_per_call") / get("aws", "instructions_per_call"),
        get("ours", "rps_c16") / get("raw", "rps_c16"),
        get("ours", "rps_c64") / get("raw", "rps_c64"),
    );
    println!(
        "\n{:<34} {:>12} {:>12} {:>10}",
        "RegisterClient served", "raw hyper", "dispatcher", "ours/raw"
    );
    for c in ["16", "64"] {
        let rps = |url: &str| {
            served
                .get(&(url.to_owned(), c.to_owned()))
                .copied()
                .unwrap_or(f64::NAN)
        };
        let (raw, ours) = (rps(&url), rps(&dispatcher_url));
        println!(
            "{:<34} {raw:>12.1} {ours:>12.1} {:>10.2}",
            format!("requests/s, {c} concurrent"),
            ours / raw
        );
    }
    println!("target: the dispatcher serves ≥ 0.8x the raw server's requests/s");

    if args.sizes {
        eprintln!("building the minimal binaries (plain release, and size-optimized)…");
        // `plain` is `cargo build --release` as users get it (how the issue's
        // 13.8 MB for aws-sdk-ssooidc was measured); `min` adds opt-level s, LTO
        // and strip. One package per build: built together, cargo would unify
        // the two SDKs' features (aws-sdk's TLS choices would end up in ours).
        for profile in ["plain", "min"] {
            for package in ["min-ours", "min-aws"] {
                run(cargo()
                    .args([
                        "build",
                        "--quiet",
                        "--profile",
                        profile,
                        "-p",
                        package,
                        "--manifest-path",
                    ])
                    .arg(&manifest)
                    .arg("--target-dir")
                    .arg(&target_dir))?;
            }
            let size = |name: &str| {
                std::fs::metadata(target_dir.join(profile).join(name))
                    .map(|m| m.len() as f64 / 1e6)
                    .unwrap_or(f64::NAN)
            };
            let (ours, aws) = (size("min-ours"), size("min-aws"));
            println!(
                "release binary, profile `{profile}` (MB): ours {ours:.2}, aws-sdk {aws:.2}, ratio {:.2} (target ≤ 0.33)",
                ours / aws
            );
        }
    }

    if args.build_times {
        let mut times = Vec::new();
        for package in ["min-ours", "min-aws"] {
            eprintln!("clean debug build of {package}…");
            let target =
                std::env::temp_dir().join(format!("bench-build-{package}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&target);
            let started = Instant::now();
            run(cargo()
                .args(["build", "--quiet", "-p", package, "--manifest-path"])
                .arg(&manifest)
                .env("CARGO_TARGET_DIR", &target))?;
            times.push(started.elapsed().as_secs_f64());
            let _ = std::fs::remove_dir_all(&target);
        }
        println!(
            "clean debug build (s): ours {:.1}, aws-sdk {:.1}, ratio {:.2}",
            times[0],
            times[1],
            times[0] / times[1]
        );
    }
    Ok(())
}
