//! `bench-client`: the measuring side of `cargo xtask bench-client`.
//!
//! - `server` serves canned SSO OIDC answers on loopback and prints its URL.
//! - `load URL` measures each client: sequential and concurrent throughput,
//!   latency percentiles and CPU per request, printed as `key=value` lines.
//! - `calls CLIENT URL N` makes N RegisterClient calls after a warm-up; xtask runs
//!   it under callgrind at two values of N, so instructions per call are the
//!   difference, free of start-up costs.
//! - `dispatcher` serves the local SSO OIDC service (the generated dispatcher
//!   with real RegisterClient logic) on loopback and prints its URL.
//! - `server-load URL…` drives RegisterClient at each URL in turn with the raw
//!   hyper client at 16 and 64 concurrent requests, reporting the median of
//!   several rounds: the load generator for comparing servers.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use std::time::{Duration, Instant};

const REGISTER: &str = r#"{"clientId":"cid-0123456789","clientSecret":"secret-0123456789abcdef","clientIdIssuedAt":1700000000,"clientSecretExpiresAt":1707776000}"#;
const DEVICE: &str = r#"{"deviceCode":"dc-0123456789","userCode":"ABCD-EFGH","verificationUri":"https://device.sso.us-east-1.amazonaws.com/","verificationUriComplete":"https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH","expiresIn":600,"interval":1}"#;
const TOKEN: &str = r#"{"accessToken":"at-0123456789","tokenType":"Bearer","expiresIn":28800,"refreshToken":"rt-0123456789"}"#;
const REQUEST_BODY: &str = r#"{"clientName":"bench","clientType":"public","scopes":["sso:account:access"]}"#;
/// The awsJson1_1 call: `ItemStore.PutItem` of the fixture in tests/fixtures/aws_json.json.
const PUT_ITEM_BODY: &str = r#"{"id":"item-1","tags":["red","round"]}"#;
const PUT_ITEM: &str = r#"{"version":2,"storedAt":1764547200}"#;

#[derive(Clone)]
enum Bench {
    Raw(hyper_util::client::legacy::Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>, String),
    Ours(sso_oidc::Client),
    Aws(aws_sdk_ssooidc::Client),
    /// The raw floor sending the awsJson bytes `OursJson` sends.
    RawJson(hyper_util::client::legacy::Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>, String),
    OursJson(aws_json_sdk::Client),
}

impl Bench {
    fn new(kind: &str, url: &str) -> Bench {
        match kind {
            "raw" => {
                // The floor gets the same socket option our client sets, so the comparison is fair.
                let mut connector = hyper_util::client::legacy::connect::HttpConnector::new();
                connector.set_nodelay(true);
                Bench::Raw(
                    hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector),
                    format!("{url}/client/register"),
                )
            }
            "raw-json" => {
                let mut connector = hyper_util::client::legacy::connect::HttpConnector::new();
                connector.set_nodelay(true);
                Bench::RawJson(
                    hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector),
                    format!("{url}/"),
                )
            }
            "ours-json" => Bench::OursJson(aws_json_sdk::Client::from_conf(
                aws_json_sdk::Config::builder().region("us-east-1").endpoint_url(url).build(),
            )),
            "ours" => {
                let mut config = sso_oidc::Config::builder().region("us-east-1").endpoint_url(url);
                if std::env::var_os("BENCH_NO_TIMEOUT").is_some() {
                    config = config.timeout_config(sso_oidc::config::TimeoutConfig::standard().with_attempt_timeout(None));
                }
                Bench::Ours(sso_oidc::Client::from_conf(config.build()))
            }
            "aws" => Bench::Aws(aws_sdk_ssooidc::Client::from_conf(
                aws_sdk_ssooidc::Config::builder()
                    .behavior_version(aws_sdk_ssooidc::config::BehaviorVersion::latest())
                    .region(aws_sdk_ssooidc::config::Region::new("us-east-1"))
                    .endpoint_url(url)
                    .build(),
            )),
            other => {
                eprintln!("unknown client `{other}` (raw, ours, aws, raw-json, ours-json)");
                std::process::exit(2);
            }
        }
    }

    /// One RegisterClient call; `false` when it failed.
    async fn call(&self) -> bool {
        match self {
            Bench::Raw(client, url) => {
                let Ok(request) = http::Request::post(url.as_str())
                    .header("content-type", "application/json")
                    .header("user-agent", "raw-hyper")
                    .body(Full::new(Bytes::from_static(REQUEST_BODY.as_bytes())))
                else {
                    return false;
                };
                match client.request(request).await {
                    Ok(response) => response.into_body().collect().await.is_ok(),
                    Err(_) => false,
                }
            }
            Bench::RawJson(client, url) => {
                let Ok(request) = http::Request::post(url.as_str())
                    .header("content-type", "application/x-amz-json-1.1")
                    .header("x-amz-target", "ItemStore.PutItem")
                    .header("user-agent", "raw-hyper")
                    .body(Full::new(Bytes::from_static(PUT_ITEM_BODY.as_bytes())))
                else {
                    return false;
                };
                match client.request(request).await {
                    Ok(response) => response.into_body().collect().await.is_ok(),
                    Err(_) => false,
                }
            }
            Bench::OursJson(client) => client
                .put_item()
                .id("item-1")
                .tags("red")
                .tags("round")
                .send()
                .await
                .is_ok(),
            Bench::Ours(client) => client
                .register_client()
                .client_name("bench")
                .client_type("public")
                .scopes("sso:account:access")
                .send()
                .await
                .is_ok(),
            Bench::Aws(client) => {
                let result = client
                    .register_client()
                    .client_name("bench")
                    .client_type("public")
                    .scopes("sso:account:access")
                    .send()
                    .await;
                if let Err(error) = &result {
                    if std::env::var_os("BENCH_DEBUG").is_some() {
                        eprintln!("{:?}", error);
                    }
                }
                result.is_ok()
            }
        }
    }
}

/// User plus system CPU time of this process, from /proc (Linux).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or_default().split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    // After the command name: state is field 0, utime 11, stime 12; 100 ticks a second.
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

async fn load(url: &str) {
    for kind in ["raw", "ours", "aws"] {
        let bench = Bench::new(kind, url);
        for _ in 0..200 {
            bench.call().await;
        }
        let sequential = 2000;
        let mut latencies = Vec::with_capacity(sequential);
        let (started, cpu) = (Instant::now(), cpu_time());
        let mut failures = 0;
        for _ in 0..sequential {
            let at = Instant::now();
            failures += usize::from(!bench.call().await);
            latencies.push(at.elapsed());
        }
        let elapsed = started.elapsed();
        let cpu_per_request = (cpu_time() - cpu).as_secs_f64() * 1e6 / sequential as f64;
        latencies.sort();
        let p = |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)].as_secs_f64() * 1e6;
        println!(
            "{kind} sequential_rps={:.0} p50_us={:.1} p99_us={:.1} cpu_us_per_request={cpu_per_request:.1} failures={failures}",
            sequential as f64 / elapsed.as_secs_f64(),
            p(0.50),
            p(0.99)
        );
    }
    // Concurrent throughput swings on a shared machine: measure the clients in
    // turn, round after round, so drift hits all of them alike, and report
    // each one's median round.
    let kinds = ["raw", "ours", "aws"];
    let benches: Vec<Bench> = kinds.iter().map(|k| Bench::new(k, url)).collect();
    for concurrency in [16usize, 64] {
        let results = in_turns(&benches, concurrency, 16000).await;
        for (kind, (rps, failures)) in kinds.iter().zip(results) {
            println!("{kind} concurrency={concurrency} rps={rps:.0} failures={failures}");
        }
    }
}

/// Measures each of `benches` at `concurrency` in turn, [`ROUNDS`] times:
/// each one's median requests/s and its failed calls over all rounds.
async fn in_turns(benches: &[Bench], concurrency: usize, total: usize) -> Vec<(f64, usize)> {
    let mut rounds: Vec<Vec<f64>> = vec![Vec::new(); benches.len()];
    let mut failures = vec![0; benches.len()];
    for _ in 0..ROUNDS {
        for (i, bench) in benches.iter().enumerate() {
            let (rps, failed) = concurrent(bench, concurrency, total).await;
            rounds[i].push(rps);
            failures[i] += failed;
        }
    }
    rounds.iter_mut().map(|r| median(r)).zip(failures).collect()
}

/// Rounds of each concurrent measurement; the median is reported.
const ROUNDS: usize = 5;

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// About `total` calls from `concurrency` tasks at once: (requests/s, failed calls).
async fn concurrent(bench: &Bench, concurrency: usize, total: usize) -> (f64, usize) {
    let per_task = total / concurrency;
    let started = Instant::now();
    let tasks: Vec<_> = (0..concurrency)
        .map(|_| {
            let bench = bench.clone();
            tokio::spawn(async move {
                let mut failed = 0;
                for _ in 0..per_task {
                    failed += usize::from(!bench.call().await);
                }
                failed
            })
        })
        .collect();
    let mut failures = 0;
    for task in tasks {
        failures += task.await.unwrap_or(per_task);
    }
    let rps = (per_task * concurrency) as f64 / started.elapsed().as_secs_f64();
    (rps, failures)
}

/// Serves the local SSO OIDC service until killed.
async fn serve_dispatcher() {
    let service = match sso_oidc_local::LocalService::builder().start("127.0.0.1:0").await {
        Ok(service) => service,
        Err(error) => {
            eprintln!("cannot start the local service: {error}");
            std::process::exit(1);
        }
    };
    println!("{}", service.url());
    std::future::pending::<()>().await;
}

/// RegisterClient from the raw client at 16 and 64 requests at a time, against
/// each server of `urls` in turn, round after round; prints each one's median.
async fn server_load(urls: &[&str]) {
    let benches: Vec<Bench> = urls.iter().map(|url| Bench::new("raw", url)).collect();
    for bench in &benches {
        for _ in 0..500 {
            bench.call().await;
        }
    }
    for concurrency in [16usize, 64] {
        let results = in_turns(&benches, concurrency, 24000).await;
        for (url, (rps, failures)) in urls.iter().zip(results) {
            println!("{url} concurrency={concurrency} rps={rps:.0} failures={failures}");
        }
    }
}

async fn serve() {
    use hyper::service::service_fn;
    let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("cannot bind: {error}");
            std::process::exit(1);
        }
    };
    let Ok(address) = listener.local_addr() else { return };
    println!("http://{address}");
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let _ = stream.set_nodelay(true);
        tokio::spawn(async move {
            let service = service_fn(|request: http::Request<hyper::body::Incoming>| async move {
                let body = match request.uri().path() {
                    "/client/register" => REGISTER,
                    "/device_authorization" => DEVICE,
                    "/" if request.headers().contains_key("x-amz-target") => PUT_ITEM,
                    _ => TOKEN,
                };
                let _ = request.into_body().collect().await;
                http::Response::builder()
                    .header("content-type", "application/json")
                    .body(Full::new(Bytes::from_static(body.as_bytes())))
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                .await;
        });
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let runtime = match args.first() {
        Some(&"calls") => tokio::runtime::Builder::new_current_thread().enable_all().build(),
        _ => tokio::runtime::Builder::new_multi_thread().enable_all().build(),
    };
    let Ok(runtime) = runtime else {
        eprintln!("cannot start tokio");
        std::process::exit(1);
    };
    match args.as_slice() {
        ["server"] => runtime.block_on(serve()),
        ["dispatcher"] => runtime.block_on(serve_dispatcher()),
        ["server-load", urls @ ..] if !urls.is_empty() => runtime.block_on(server_load(urls)),
        ["load", url] => runtime.block_on(load(url)),
        ["calls", kind, url, n] => {
            let n: usize = n.parse().unwrap_or(0);
            runtime.block_on(async {
                let bench = Bench::new(kind, url);
                for _ in 0..20 {
                    bench.call().await;
                }
                let mut failures = 0;
                for _ in 0..n {
                    failures += usize::from(!bench.call().await);
                }
                println!("{kind} calls={n} failures={failures}");
            });
        }
        _ => {
            eprintln!("usage: bench-client server | dispatcher | load URL | server-load URL… | calls raw|ours|aws|raw-json|ours-json URL N");
            std::process::exit(2);
        }
    }
}
