//! Written by `cargo xtask wire` into a scratch crate (source:
//! `xtask/templates/wire_runner.rs`). Sends one request through each crate
//! generated from a corpus model to a listener on 127.0.0.1 that records the
//! bytes it receives, and prints them, one JSON line per call, for the xtask
//! to compare with what the protocol requires.

use std::io::{Read, Write};
use std::net::TcpListener;

/// Accepts one connection, reads one request (head and `Content-Length`
/// body), answers `200 {}` and returns the bytes read.
fn record_one(listener: TcpListener) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept");
        let mut bytes = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let n = stream.read(&mut chunk).expect("read");
            if n == 0 {
                break;
            }
            bytes.extend_from_slice(&chunk[..n]);
            if let Some(end) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&bytes[..end]).to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse().ok())
                    .unwrap_or(0);
                if bytes.len() >= end + 4 + length {
                    break;
                }
            }
        }
        stream
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}")
            .expect("write");
        bytes
    })
}

macro_rules! call {
    ($label:expr, $krate:ident, |$client:ident| $send:expr) => {{
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let recorder = record_one(listener);
        let config = $krate::Config::builder()
            .region("us-east-1")
            .endpoint_url(format!("http://127.0.0.1:{port}"))
            .credentials($krate::config::Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI", None))
            .build();
        let $client = $krate::Client::from_conf(config);
        let outcome = $send.await.map(|_| ()).map_err(|e| format!("{e:?}"));
        let bytes = recorder.join().expect("recorder");
        println!(
            "{}",
            serde_json::json!({
                "label": $label,
                "port": port,
                "outcome": outcome.err(),
                "request": String::from_utf8_lossy(&bytes),
            })
        );
    }};
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    call!("awsJson1_0", freetier, |client| client.get_free_tier_usage().send());
    call!("awsJson1_1", identitystore, |client| client
        .describe_group()
        .identity_store_id("d-1234567890")
        .group_id("g-1")
        .send());
    call!("restJson1", eksauth, |client| client
        .assume_role_for_pod_identity()
        .cluster_name("my cluster")
        .token("jwt")
        .send());
}
