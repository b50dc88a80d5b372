//! How the local service's state scales: `cargo bench -p sso-oidc-local --bench state`
//! (or `cargo xtask bench-local`).
//!
//! 1. StartDeviceAuthorization over loopback HTTP, from 32 concurrent callers, to
//!    a service holding 100,000 pending device codes beside one holding 1,000:
//!    the service's throughput as its clients see it. Each round starts both
//!    services afresh, fills them in-process (untimed), and times the same
//!    number of calls on each, in alternating order; the figure is the median
//!    ratio of the rounds, since the machine is shared and noisy.
//! 2. The same, called in-process, so the figure is the state's cost alone
//!    (over HTTP the fixed cost of a request dilutes it). Each service is held in a
//!    steady state, as a busy service is: its clock moves on with every call by
//!    the device code lifetime divided by the number pending, so codes expire as
//!    fast as they are made and the expiry path is measured too. The rounds time
//!    the same number of calls on each, in alternating order; the figure is the
//!    median ratio of the rounds, since the machine is shared and noisy.
//! 3. The resident memory of the `sso-oidc-local` binary before and after
//!    300,000 RegisterClient calls over loopback (64 at a time), read from
//!    `/proc/<pid>/status`: what a flood of registrations costs the service.

use sso_oidc_local::oidc::RegisterRequest;
use sso_oidc_local::{ManualClock, Oidc, RandomCodes, Settings};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const ROUNDS: usize = 15;
const CALLS: usize = 20_000;
const REGISTRATIONS: usize = 300_000;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `cargo bench` passes `--bench`; `--quick` (used by CI-style smoke runs) shrinks the work.
    let quick = args.iter().any(|a| a == "--quick");
    http_pending_codes(if quick { 1 } else { 7 });
    pending_codes(if quick { 1 } else { ROUNDS });
    registrations(if quick { 10_000 } else { REGISTRATIONS });
}

/// A service kept at `pending` pending device codes: see the module docs.
struct Steady {
    oidc: Oidc,
    clock: Arc<ManualClock>,
    step: Duration,
    id: String,
    secret: String,
}

impl Steady {
    fn new(pending: u32) -> Steady {
        let settings = Settings::default();
        let step = settings.device_code_lifetime / pending;
        let clock = Arc::new(ManualClock::new(Duration::from_secs(1_800_000_000)));
        let oidc = Oidc::new(settings, clock.clone(), Arc::new(RandomCodes::default()));
        let client = oidc
            .register(RegisterRequest {
                client_name: "bench".to_owned(),
                client_type: "public".to_owned(),
                ..RegisterRequest::default()
            })
            .expect("register");
        let steady = Steady {
            oidc,
            clock,
            step,
            id: client.client_id,
            secret: client.client_secret,
        };
        // Two lifetimes of calls: codes made first have expired, and the
        // expired ones kept for late polls have been forgotten.
        for _ in 0..pending * 2 {
            steady.start();
        }
        steady
    }

    fn start(&self) {
        self.clock.advance(self.step);
        self.oidc
            .start_device_authorization(&self.id, &self.secret, "https://example.awsapps.com/start")
            .expect("start");
    }

    /// Calls per second of `CALLS` StartDeviceAuthorization calls.
    fn rate(&self) -> f64 {
        let started = Instant::now();
        for _ in 0..CALLS {
            self.start();
        }
        CALLS as f64 / started.elapsed().as_secs_f64()
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn pending_codes(rounds: usize) {
    let small = Steady::new(1_000);
    let large = Steady::new(100_000);
    let (mut small_rates, mut large_rates, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..rounds {
        let (small_rate, large_rate) = if round % 2 == 0 {
            let s = small.rate();
            (s, large.rate())
        } else {
            let l = large.rate();
            (small.rate(), l)
        };
        small_rates.push(small_rate);
        large_rates.push(large_rate);
        ratios.push(large_rate / small_rate);
    }
    let [_, small_devices, ..] = small.oidc.counts();
    let [_, large_devices, ..] = large.oidc.counts();
    println!(
        "StartDeviceAuthorization, in-process, steady state, median of {rounds} interleaved rounds of {CALLS} calls"
    );
    println!(
        "  with   1,000 pending codes ({small_devices} device codes held): {:>9.0} calls/s",
        median(small_rates)
    );
    println!(
        "  with 100,000 pending codes ({large_devices} device codes held): {:>9.0} calls/s",
        median(large_rates)
    );
    println!("  ratio 100k / 1k: {:.3}x (the state alone: a 2,000-entry map stays in cache, a 200,000-entry one does not)", median(ratios));
}

/// Calls per second of `count` StartDeviceAuthorization calls over loopback
/// to `service`, from 32 concurrent callers.
async fn http_rate(
    service: &sso_oidc_local::RunningService,
    id: &str,
    secret: &str,
    count: usize,
) -> f64 {
    let client = sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url(service.url())
            .retry_config(sso_oidc::config::RetryConfig::disabled())
            .build(),
    );
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = (0..32)
        .map(|_| {
            let (client, next) = (client.clone(), Arc::clone(&next));
            let (id, secret) = (id.to_owned(), secret.to_owned());
            tokio::spawn(async move {
                while next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < count {
                    client
                        .start_device_authorization()
                        .client_id(&id)
                        .client_secret(&secret)
                        .start_url("https://example.awsapps.com/start")
                        .send()
                        .await
                        .expect("start");
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("task");
    }
    count as f64 / started.elapsed().as_secs_f64()
}

fn http_pending_codes(rounds: usize) {
    const HTTP_CALLS: usize = 5_000;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let (mut small_rates, mut large_rates, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    runtime.block_on(async {
        for round in 0..rounds {
            let mut services = Vec::new();
            for pending in [1_000, 100_000] {
                let service = sso_oidc_local::LocalService::builder()
                    .start("127.0.0.1:0")
                    .await
                    .expect("service starts");
                let client = service
                    .oidc()
                    .register(RegisterRequest {
                        client_name: "bench".to_owned(),
                        client_type: "public".to_owned(),
                        ..RegisterRequest::default()
                    })
                    .expect("register");
                for _ in 0..pending {
                    service
                        .oidc()
                        .start_device_authorization(
                            &client.client_id,
                            &client.client_secret,
                            "https://example.awsapps.com/start",
                        )
                        .expect("start");
                }
                services.push((service, client));
            }
            let measure = |i: usize| {
                let (service, client) = &services[i];
                http_rate(
                    service,
                    &client.client_id,
                    &client.client_secret,
                    HTTP_CALLS,
                )
            };
            let (small, large) = if round % 2 == 0 {
                let s = measure(0).await;
                (s, measure(1).await)
            } else {
                let l = measure(1).await;
                (measure(0).await, l)
            };
            small_rates.push(small);
            large_rates.push(large);
            ratios.push(large / small);
            for (service, _) in services {
                service.shutdown().await;
            }
        }
    });
    println!(
        "StartDeviceAuthorization over loopback HTTP, 32 callers, median of {rounds} interleaved rounds of {HTTP_CALLS} calls"
    );
    println!(
        "  with   1,000 pending codes: {:>9.0} calls/s",
        median(small_rates)
    );
    println!(
        "  with 100,000 pending codes: {:>9.0} calls/s",
        median(large_rates)
    );
    println!("  ratio 100k / 1k: {:.3}x (target >= 0.9x)", median(ratios));
}

/// Resident set size and its peak, in KiB, of process `pid`.
fn rss_kib(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn registrations(count: usize) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sso-oidc-local"))
        .args(["--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start sso-oidc-local");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("its URL");
    let url = first
        .trim()
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_owned();
    let pid = child.id();
    let (before, _) = rss_kib(pid);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let started = Instant::now();
    let (accepted, refused) = runtime.block_on(async {
        let client = sso_oidc::Client::from_conf(
            sso_oidc::Config::builder()
                .region("us-east-1")
                .endpoint_url(&url)
                .retry_config(sso_oidc::config::RetryConfig::disabled())
                .build(),
        );
        let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let tasks: Vec<_> = (0..64)
            .map(|_| {
                let (client, next) = (client.clone(), Arc::clone(&next));
                tokio::spawn(async move {
                    let (mut accepted, mut refused) = (0usize, 0usize);
                    while next.fetch_add(1, std::sync::atomic::Ordering::Relaxed) < count {
                        let answer = client
                            .register_client()
                            .client_name("flood")
                            .client_type("public")
                            .scopes("sso:account:access")
                            .send()
                            .await;
                        match answer {
                            Ok(_) => accepted += 1,
                            Err(error)
                                if error.raw_response().is_some_and(|r| r.status() == 503) =>
                            {
                                refused += 1
                            }
                            Err(error) => panic!("registration failed: {error}"),
                        }
                    }
                    (accepted, refused)
                })
            })
            .collect();
        let mut totals = (0, 0);
        for task in tasks {
            let (a, r) = task.await.expect("task");
            totals.0 += a;
            totals.1 += r;
        }
        totals
    });
    let took = started.elapsed();
    std::thread::sleep(Duration::from_millis(200));
    let (after, peak) = rss_kib(pid);
    let _ = child.kill();
    let _ = child.wait();
    println!(
        "RegisterClient x {count} over loopback in {:.1} s: {accepted} registered, {refused} refused (503, the cap)",
        took.as_secs_f64()
    );
    println!(
        "  service RSS: {:.1} MiB before, {:.1} MiB after, peak {:.1} MiB (target < 64 MiB)",
        before as f64 / 1024.0,
        after as f64 / 1024.0,
        peak as f64 / 1024.0
    );
}
