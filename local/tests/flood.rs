//! Connection floods against the service, bounded in count and time: idle,
//! half-sent and dripping peers, with the service's file descriptors limited
//! as on a default Linux box. Whatever they do, a real client still gets an
//! answer, and everyone does once the flood ends.

use sso_oidc_local::{LocalService, ServeLimits};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The service binary in a child process with `ulimit -n <fds>`, killed on drop.
struct Service {
    child: Child,
    url: String,
    /// Kept open: the service prints more lines, and a closed pipe would end it.
    _stdout: BufReader<std::process::ChildStdout>,
}

impl Service {
    fn start(fds: u32, args: &[&str]) -> Service {
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(format!("ulimit -n {fds} && exec \"$0\" --port 0 \"$@\""))
            .arg(env!("CARGO_BIN_EXE_sso-oidc-local"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start sso-oidc-local");
        let stdout = child.stdout.take().expect("stdout");
        let mut stdout = BufReader::new(stdout);
        let mut first = String::new();
        stdout
            .read_line(&mut first)
            .expect("the service prints its URL");
        let url = first.trim().rsplit(' ').next().expect("a URL").to_owned();
        assert!(url.starts_with("http://127.0.0.1:"), "{first}");
        Service {
            child,
            url,
            _stdout: stdout,
        }
    }

    fn address(&self) -> String {
        self.url.trim_start_matches("http://").to_owned()
    }

    fn still_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn client(url: &str) -> sso_oidc::Client {
    sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url(url)
            .retry_config(sso_oidc::config::RetryConfig::disabled())
            .build(),
    )
}

/// Registers a client; the time it took, or why it failed.
async fn register(client: &sso_oidc::Client) -> Result<Duration, String> {
    let started = Instant::now();
    client
        .register_client()
        .client_name("under-flood")
        .client_type("public")
        .send()
        .await
        .map(|_| started.elapsed())
        .map_err(|e| e.to_string())
}

/// `count` connections, alternately idle and stopped halfway through a
/// request head, as a slowloris would hold them.
async fn hold(address: &str, count: usize) -> Vec<TcpStream> {
    let mut held = Vec::with_capacity(count);
    for i in 0..count {
        let mut stream = TcpStream::connect(address).await.expect("connect");
        if i % 2 == 1 {
            stream
                .write_all(b"POST /client/register HTTP/1.1\r\nHost: x\r\nContent-Len")
                .await
                .expect("half a head");
        }
        held.push(stream);
    }
    held
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_service_keeps_answering_while_1100_idle_connections_are_held() {
    let mut service = Service::start(1024, &[]);
    let held = hold(&service.address(), 1100).await;
    let sdk = client(&service.url);
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let sdk = sdk.clone();
            tokio::spawn(async move { register(&sdk).await })
        })
        .collect();
    for call in calls {
        let took = call.await.expect("task").expect("answered under the flood");
        assert!(took < Duration::from_secs(10), "took {took:?}");
    }
    assert!(service.still_running());
    drop(held);
    // Once the flood ends, everyone is answered.
    let calls: Vec<_> = (0..50)
        .map(|_| {
            let sdk = sdk.clone();
            tokio::spawn(async move { register(&sdk).await })
        })
        .collect();
    for call in calls {
        call.await.expect("task").expect("answered after the flood");
    }
    assert!(service.still_running());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn out_of_descriptors_the_service_closes_idle_connections_and_goes_on() {
    // A cap above the descriptor limit: accept itself fails (EMFILE).
    let mut service = Service::start(64, &["--max-connections", "1000"]);
    let held = hold(&service.address(), 120).await;
    let took = register(&client(&service.url))
        .await
        .expect("answered although accept ran out of descriptors");
    assert!(took < Duration::from_secs(10), "took {took:?}");
    assert!(service.still_running());
    drop(held);
}

/// A service in this process with short timeouts, so they can be watched.
async fn quick_service() -> sso_oidc_local::RunningService {
    LocalService::builder()
        .serve_limits(
            ServeLimits::default()
                .with_header_read_timeout(Duration::from_millis(300))
                .with_idle_timeout(Duration::from_secs(3))
                .with_request_timeout(Duration::from_secs(1)),
        )
        .start("127.0.0.1:0")
        .await
        .expect("service starts")
}

/// Reads until the server closes the connection; what it sent, and when.
async fn until_closed(stream: &mut TcpStream, limit: Duration) -> (String, Duration) {
    let started = Instant::now();
    let mut answer = Vec::new();
    let read = tokio::time::timeout(limit, stream.read_to_end(&mut answer)).await;
    assert!(read.is_ok(), "still open after {limit:?}");
    (
        String::from_utf8_lossy(&answer).into_owned(),
        started.elapsed(),
    )
}

#[tokio::test]
async fn slow_heads_idle_connections_and_dripped_bodies_are_cut_off() {
    let service = quick_service().await;
    let address = service.address();

    // Half a head, then nothing: closed at the header-read timeout.
    let mut half = TcpStream::connect(address).await.expect("connect");
    half.write_all(b"POST /client/register HTTP/1.1\r\nHo")
        .await
        .expect("write");
    let (_, took) = until_closed(&mut half, Duration::from_secs(5)).await;
    assert!(
        took < Duration::from_secs(2),
        "took {took:?}: not the idle timeout"
    );

    // A head dripped a byte at a time keeps no connection open past the
    // header-read timeout either, though bytes keep arriving.
    let mut drip = TcpStream::connect(address).await.expect("connect");
    let started = Instant::now();
    let head = b"POST /client/register HTTP/1.1\r\nHost: x\r\n\r\n";
    let mut closed = false;
    for byte in head.iter().take(head.len() - 4) {
        if drip.write_all(&[*byte]).await.is_err() {
            closed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        closed,
        "the whole head was dripped in without being cut off"
    );
    assert!(started.elapsed() < Duration::from_secs(2));

    // Connected, silent: closed at the idle timeout.
    let mut idle = TcpStream::connect(address).await.expect("connect");
    let (sent, took) = until_closed(&mut idle, Duration::from_secs(8)).await;
    assert!(sent.is_empty(), "{sent}");
    assert!(
        took >= Duration::from_millis(2900) && took < Duration::from_secs(6),
        "took {took:?}"
    );

    // A whole head, then a body dripped slowly: 408 at the request timeout.
    let mut body = TcpStream::connect(address).await.expect("connect");
    body.write_all(
        b"POST /client/register HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
          Content-Length: 1000\r\n\r\n{\"clientName\":",
    )
    .await
    .expect("write");
    let (sent, took) = until_closed(&mut body, Duration::from_secs(5)).await;
    assert!(sent.starts_with("HTTP/1.1 408"), "{sent}");
    assert!(
        took < Duration::from_secs(3),
        "took {took:?}: not the idle timeout"
    );

    // A client that keeps its connection busy is not cut off.
    let sdk = client(service.url());
    for _ in 0..3 {
        register(&sdk).await.expect("answered");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    service.shutdown().await;
}
