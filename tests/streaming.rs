//! `@streaming` blobs end to end: the generated client of the streaming
//! fixture (`tests/streaming-sdk`) against its generated dispatcher, served on
//! 127.0.0.1, uploading and downloading without holding a body whole.
//!
//! Nothing in this binary reads a large body into memory, so the process's
//! peak resident set (`VmHWM`) shows whether the client or the dispatcher did.

use sdk_runtime::error::{ErrorMetadata, Unhandled};
use std::future::Future as _;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use streaming_sdk::config::{RetryConfig, TimeoutConfig};
use streaming_sdk::operation::download_object::DownloadObjectInput;
use streaming_sdk::operation::download_object::{DownloadObjectError, DownloadObjectOutput};
use streaming_sdk::operation::upload_object::{
    UploadObjectError, UploadObjectInput, UploadObjectOutput,
};
use streaming_sdk::operation::upload_sized::{
    UploadSizedError, UploadSizedInput, UploadSizedOutput,
};
use streaming_sdk::primitives::ByteStream;
use streaming_sdk::server::{Dispatcher, Handler, RequestContext};
use streaming_sdk::{Client, Config};

const MIB: u64 = 1 << 20;

/// The byte at `offset` of every generated body: a pattern a reader can check.
fn pattern(offset: u64) -> u8 {
    (offset % 251) as u8
}

/// `length` bytes of [`pattern`], made a chunk at a time as they are read;
/// `dropped` counts the streams dropped before their end.
struct Pattern {
    offset: u64,
    length: u64,
    chunk: u64,
    dropped: Option<Arc<AtomicU32>>,
}

impl Pattern {
    fn new(length: u64) -> Self {
        Self {
            offset: 0,
            length,
            chunk: 64 * 1024,
            dropped: None,
        }
    }
}

impl futures_core::Stream for Pattern {
    type Item = Result<bytes::Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.offset == self.length {
            return Poll::Ready(None);
        }
        let end = (self.offset + self.chunk).min(self.length);
        let chunk: Vec<u8> = (self.offset..end).map(pattern).collect();
        self.offset = end;
        Poll::Ready(Some(Ok(chunk.into())))
    }
}

impl Drop for Pattern {
    fn drop(&mut self) {
        if self.offset < self.length {
            if let Some(dropped) = &self.dropped {
                dropped.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
}

/// What the handler saw.
#[derive(Default)]
struct Seen {
    uploads: AtomicU32,
    largest_chunk: AtomicUsize,
    downloads_dropped: Arc<AtomicU32>,
    /// Upload attempts left to fail with a 503 (to exercise retries).
    fail_next: AtomicU32,
    bytes: AtomicU64,
}

#[derive(Clone, Default)]
struct Service(Arc<Seen>);

impl Service {
    /// Reads `body` chunk by chunk, checking every byte against the pattern.
    async fn consume(&self, mut body: ByteStream) -> Result<(u64, u32), String> {
        let (mut length, mut chunks) = (0u64, 0u32);
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| e.to_string())?;
            self.0
                .largest_chunk
                .fetch_max(chunk.len(), Ordering::SeqCst);
            if let Some(i) = (0..chunk.len()).find(|&i| chunk[i] != pattern(length + i as u64)) {
                return Err(format!("byte {} is wrong", length + i as u64));
            }
            length += chunk.len() as u64;
            chunks += 1;
        }
        self.0.bytes.fetch_add(length, Ordering::SeqCst);
        Ok((length, chunks))
    }

    fn unhandled(status: u16, message: String) -> Unhandled {
        Unhandled::new(
            ErrorMetadata::new()
                .with_code("Broken")
                .with_status(status)
                .with_message(message),
        )
    }
}

impl Handler for Service {
    async fn upload_object(
        &self,
        input: UploadObjectInput,
        _: &RequestContext,
    ) -> Result<UploadObjectOutput, UploadObjectError> {
        self.0.uploads.fetch_add(1, Ordering::SeqCst);
        let failing = self
            .0
            .fail_next
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .is_ok();
        // The body is read either way, so the client is not left sending.
        let read = self.consume(input.body).await;
        if failing {
            return Err(UploadObjectError::Unhandled(Self::unhandled(
                503,
                "try again".to_owned(),
            )));
        }
        let (length, chunks) =
            read.map_err(|e| UploadObjectError::Unhandled(Self::unhandled(400, e)))?;
        Ok(UploadObjectOutput::builder()
            .length(length as i64)
            .chunks(chunks as i32)
            .set_label(input.label)
            .build())
    }

    async fn download_object(
        &self,
        input: DownloadObjectInput,
        _: &RequestContext,
    ) -> Result<DownloadObjectOutput, DownloadObjectError> {
        let length = input.length.unwrap_or(0).max(0) as u64;
        let mut body = Pattern::new(length);
        body.dropped = Some(Arc::clone(&self.0.downloads_dropped));
        DownloadObjectOutput::builder()
            .length(length as i64)
            .body(ByteStream::from_sized_stream(length, body))
            .build()
            .map_err(|e| DownloadObjectError::Unhandled(Self::unhandled(500, e.to_string())))
    }

    async fn upload_sized(
        &self,
        input: UploadSizedInput,
        _: &RequestContext,
    ) -> Result<UploadSizedOutput, UploadSizedError> {
        let (length, _) = self
            .consume(input.body)
            .await
            .map_err(|e| UploadSizedError::Unhandled(Self::unhandled(400, e)))?;
        Ok(UploadSizedOutput::builder().length(length as i64).build())
    }
}

/// A listener on a free loopback port.
async fn listen() -> (tokio::net::TcpListener, std::net::SocketAddr) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    (listener, address)
}

/// The dispatcher of `service`, served on a loopback port.
async fn serve(service: Service) -> std::net::SocketAddr {
    let (listener, address) = listen().await;
    tokio::spawn(streaming_sdk::server::serve(
        listener,
        Arc::new(Dispatcher::new(service)),
        std::future::pending(),
    ));
    address
}

/// The dispatcher on a loopback port, and a client for it (retries quick).
async fn start() -> (Client, Service) {
    let service = Service::default();
    let address = serve(service.clone()).await;
    let config = Config::builder()
        .region("us-east-1")
        .endpoint_url(format!("http://{address}"))
        .retry_config(
            RetryConfig::standard()
                .with_initial_backoff(Duration::from_millis(1))
                .with_max_backoff(Duration::from_millis(5)),
        )
        .build();
    (Client::from_conf(config), service)
}

/// The process's peak resident set so far, in bytes (`VmHWM`).
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status
        .lines()
        .find(|line| line.starts_with("VmHWM:"))
        .expect("VmHWM");
    let kib: u64 = line
        .split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("a number of kB");
    kib * 1024
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_four_mib_stream_up_and_down_in_bounded_memory() {
    let (client, service) = start().await;
    // Warm up (connection pool, first allocations) before the baseline.
    let warm = client
        .upload_object()
        .key("warm")
        .body(ByteStream::from_stream(Pattern::new(MIB)))
        .send()
        .await
        .expect("warm-up upload");
    assert_eq!(warm.length(), Some(MIB as i64));
    let before = peak_rss();

    // Up: a stream of unknown length, made as it is read, sent chunked.
    const SIZE: u64 = 64 * MIB;
    let uploaded = client
        .upload_object()
        .key("big")
        .label("sixty-four")
        .body(ByteStream::from_stream(Pattern::new(SIZE)))
        .send()
        .await
        .expect("upload");
    assert_eq!(uploaded.length(), Some(SIZE as i64));
    assert_eq!(uploaded.label(), Some("sixty-four"));
    let chunks = uploaded.chunks().expect("chunks");
    let largest = service.0.largest_chunk.load(Ordering::SeqCst);
    assert!(
        chunks >= 64 && largest as u64 <= MIB,
        "the handler got {chunks} chunks, the largest {largest} bytes: the body was not streamed"
    );

    // Down: the handler's stream, read here a chunk at a time.
    let mut output = client
        .download_object()
        .key("big")
        .length(SIZE as i64)
        .send()
        .await
        .expect("download");
    assert_eq!(output.length(), Some(SIZE as i64));
    assert_eq!(
        output.body.known_length(),
        Some(SIZE),
        "Content-Length sent"
    );
    let (mut read, mut chunks, mut largest) = (0u64, 0u32, 0usize);
    while let Some(chunk) = output.body.next().await {
        let chunk = chunk.expect("chunk");
        assert!(
            chunk
                .iter()
                .enumerate()
                .all(|(i, b)| *b == pattern(read + i as u64)),
            "wrong bytes at {read}"
        );
        read += chunk.len() as u64;
        largest = largest.max(chunk.len());
        chunks += 1;
    }
    assert_eq!(read, SIZE);
    assert!(
        chunks >= 64 && largest as u64 <= MIB,
        "{chunks} chunks, the largest {largest} bytes"
    );

    let grown = peak_rss().saturating_sub(before);
    println!(
        "peak RSS grew by {:.1} MiB streaming 64 MiB up and 64 MiB down",
        grown as f64 / MIB as f64
    );
    assert!(
        grown < 16 * MIB,
        "peak RSS grew by {grown} bytes: a 64 MiB body was held in memory"
    );

    // The measure can see a body held whole: touching 64 MiB moves it.
    let before = peak_rss();
    let held = vec![1u8; SIZE as usize];
    std::hint::black_box(&held);
    assert!(
        peak_rss().saturating_sub(before) >= 60 * MIB,
        "VmHWM did not see 64 MiB held"
    );
}

#[tokio::test]
async fn requires_length_refuses_a_stream_of_unknown_length() {
    let (client, service) = start().await;
    let error = client
        .upload_sized()
        .key("sized")
        .body(ByteStream::from_stream(Pattern::new(10)))
        .send()
        .await
        .expect_err("refused");
    assert!(error.as_service_error().is_none(), "{error:?}");
    let text = format!("{error}: {:?}", std::error::Error::source(&error));
    assert!(
        text.contains("`UploadSized` needs the length of `body`")
            && text.contains("@requiresLength"),
        "{text}"
    );
    assert_eq!(
        service.0.bytes.load(Ordering::SeqCst),
        0,
        "nothing was sent"
    );

    // Lengths known ahead are sent: a sized stream, bytes, a file.
    let sized = client
        .upload_sized()
        .key("sized")
        .body(ByteStream::from_sized_stream(
            100_000,
            Pattern::new(100_000),
        ))
        .send()
        .await
        .expect("a sized stream");
    assert_eq!(sized.length(), Some(100_000));
    let in_memory: Vec<u8> = (0..1000).map(pattern).collect();
    let bytes = client
        .upload_sized()
        .key("sized")
        .body(in_memory)
        .send()
        .await
        .expect("bytes");
    assert_eq!(bytes.length(), Some(1000));
    let path = std::env::temp_dir().join(format!("streaming-e2e-{}", std::process::id()));
    std::fs::write(&path, (0..300_000).map(pattern).collect::<Vec<u8>>()).expect("write");
    let file = client
        .upload_sized()
        .key("sized")
        .body(ByteStream::from_path(&path).await.expect("file"))
        .send()
        .await
        .expect("a file");
    std::fs::remove_file(&path).expect("clean up");
    assert_eq!(file.length(), Some(300_000));

    // A sized stream that runs short fails rather than sending a short body.
    let error = client
        .upload_sized()
        .key("sized")
        .body(ByteStream::from_sized_stream(1000, Pattern::new(10)))
        .send()
        .await
        .expect_err("short");
    assert!(error.as_service_error().is_none(), "{error:?}");
}

#[tokio::test]
async fn only_replayable_bodies_are_retried() {
    let (client, service) = start().await;
    // Bytes in memory are sent again after a 503.
    service.0.fail_next.store(1, Ordering::SeqCst);
    let output = client
        .upload_object()
        .key("retried")
        .body((0..5000).map(pattern).collect::<Vec<u8>>())
        .send()
        .await
        .expect("retried");
    assert_eq!(output.length(), Some(5000));
    assert_eq!(service.0.uploads.load(Ordering::SeqCst), 2);

    // A stream is sent once: the 503 is the answer.
    service.0.fail_next.store(1, Ordering::SeqCst);
    let error = client
        .upload_object()
        .key("once")
        .body(ByteStream::from_stream(Pattern::new(5000)))
        .send()
        .await
        .expect_err("not retried");
    assert_eq!(
        error.raw_response().map(|raw| raw.status()),
        Some(503),
        "{error:?}"
    );
    assert_eq!(service.0.uploads.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn a_dropped_download_frees_the_connection_and_the_server() {
    let (client, service) = start().await;
    // A gigabyte the client stops reading after one chunk.
    let mut output = client
        .download_object()
        .key("huge")
        .length(1 << 30)
        .send()
        .await
        .expect("download");
    let first = output.body.next().await.expect("a chunk").expect("ok");
    assert!(!first.is_empty());
    drop(output);

    // The server notices: its stream is dropped unfinished, not left writing.
    let dropped = async {
        while service.0.downloads_dropped.load(Ordering::SeqCst) == 0 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(10), dropped)
        .await
        .expect("the server's stream was dropped within 10 s");

    // And the client goes on: the next calls are answered.
    let next = tokio::time::timeout(
        Duration::from_secs(10),
        client.download_object().key("small").length(10).send(),
    )
    .await
    .expect("answered within 10 s")
    .expect("download");
    let body = next.body.collect().await.expect("read");
    assert_eq!(body.len(), 10);
}

#[tokio::test]
async fn a_streaming_response_is_past_the_body_limit() {
    let service = Service::default();
    let address = serve(service).await;
    // A 1 KiB limit on buffered bodies does not cap a 1 MiB stream.
    let client = Client::from_conf(
        Config::builder()
            .region("us-east-1")
            .endpoint_url(format!("http://{address}"))
            .max_response_body(1024)
            .build(),
    );
    let output = client
        .download_object()
        .key("past-the-limit")
        .length(MIB as i64)
        .send()
        .await
        .expect("download");
    let body = output.body.collect_with_limit(2 * MIB).await.expect("read");
    assert_eq!(body.len() as u64, MIB);
    // The caller's own limit holds.
    let output = client
        .download_object()
        .key("capped")
        .length(MIB as i64)
        .send()
        .await
        .expect("download");
    let error = output
        .body
        .collect_with_limit(1000)
        .await
        .expect_err("capped");
    assert!(error.is_too_large(), "{error}");
}

/// A client of `address` whose streams may be silent for `idle`, and whose
/// fixed timeouts are far shorter than the streams these tests send.
fn client_with_stream_idle(address: std::net::SocketAddr, idle: Duration) -> Client {
    Client::from_conf(
        Config::builder()
            .region("us-east-1")
            .endpoint_url(format!("http://{address}"))
            .timeout_config(
                TimeoutConfig::standard()
                    .with_attempt_timeout(Some(Duration::from_millis(200)))
                    .with_operation_timeout(Some(Duration::from_millis(300)))
                    .with_stream_idle_timeout(Some(idle)),
            )
            .build(),
    )
}

/// Reads a request head from `socket`, up to its blank line.
async fn read_head(socket: &mut tokio::net::TcpStream) {
    use tokio::io::AsyncReadExt as _;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if socket.read(&mut byte).await.expect("read") == 0 {
            return;
        }
        head.push(byte[0]);
    }
}

#[tokio::test]
async fn a_download_that_stalls_fails_after_the_idle_timeout_and_not_before() {
    use tokio::io::AsyncWriteExt as _;
    let (listener, address) = listen().await;
    // A server that promises 1000 bytes, sends 10, 10 more a little later, and stalls.
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        read_head(&mut socket).await;
        socket
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\n0123456789")
            .await
            .expect("write");
        tokio::time::sleep(Duration::from_millis(100)).await;
        socket.write_all(b"abcdefghij").await.expect("write");
        tokio::time::sleep(Duration::from_secs(60)).await;
        drop(socket);
    });
    let idle = Duration::from_millis(300);
    let client = client_with_stream_idle(address, idle);
    let mut output = client
        .download_object()
        .key("stalls")
        .send()
        .await
        .expect("the head arrives");
    let first = output.body.next().await.expect("a chunk").expect("read");
    assert_eq!(&first[..], b"0123456789");
    // Time the reader spends elsewhere is not silence: the second chunk came
    // while nobody waited, and is there to read after twice the timeout.
    tokio::time::sleep(2 * idle).await;
    let second = output.body.next().await.expect("a chunk").expect("read");
    assert_eq!(&second[..], b"abcdefghij");

    let waited = std::time::Instant::now();
    let stalled = tokio::time::timeout(Duration::from_secs(10), output.body.next())
        .await
        .expect("the stream gave up within 10 s rather than hang")
        .expect("an error, not the end");
    let error = stalled.expect_err("980 bytes never came");
    assert!(error.is_timeout(), "{error}");
    assert!(error.to_string().contains("300ms"), "{error}");
    assert!(
        waited.elapsed() >= idle,
        "gave up after {:?}, before the idle timeout",
        waited.elapsed()
    );
}

/// A stream of `left` chunks of the pattern, `size` bytes each, one every `every`.
struct Paced {
    left: u32,
    offset: u64,
    size: u64,
    every: Duration,
    sleep: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl futures_core::Stream for Paced {
    type Item = Result<bytes::Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.left == 0 {
            return Poll::Ready(None);
        }
        let every = self.every;
        let sleep = self
            .sleep
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(every)));
        std::task::ready!(sleep.as_mut().poll(cx));
        self.sleep = None;
        self.left -= 1;
        let start = self.offset;
        self.offset += self.size;
        let chunk: Vec<u8> = (start..self.offset).map(pattern).collect();
        Poll::Ready(Some(Ok(chunk.into())))
    }
}

#[tokio::test]
async fn an_upload_is_bounded_by_its_silences_not_by_the_attempt_or_operation_timeout() {
    let service = Service::default();
    let address = serve(service).await;
    let client = client_with_stream_idle(address, Duration::from_millis(600));
    // Fifteen chunks 100 ms apart: 1.5 s in all, past the 200 ms attempt and
    // 300 ms operation timeouts and past the 600 ms idle timeout more than
    // twice (each chunk starts its silence anew), never silent for long.
    let body = Paced {
        left: 15,
        offset: 0,
        size: 1000,
        every: Duration::from_millis(100),
        sleep: None,
    };
    let started = std::time::Instant::now();
    let output = client
        .upload_object()
        .key("slow")
        .body(ByteStream::from_stream(body))
        .send()
        .await
        .expect("a slow, steady upload is not cut short");
    assert_eq!(output.length, Some(15_000));
    assert!(started.elapsed() >= Duration::from_millis(1400));

    // An upload in memory is still held to the attempt timeout.
    let (silent, silent_address) = listen().await;
    tokio::spawn(async move {
        let mut held = Vec::new();
        loop {
            let (socket, _) = silent.accept().await.expect("accept");
            held.push(socket);
        }
    });
    let client = client_with_stream_idle(silent_address, Duration::from_secs(30));
    let started = std::time::Instant::now();
    let error = client
        .upload_object()
        .key("in-memory")
        .body(ByteStream::new(vec![1u8; 10]))
        .send()
        .await
        .expect_err("nobody answers");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "an in-memory upload ended by the operation timeout, not the 30 s idle one: {:?}",
        started.elapsed()
    );
    let message = format!("{error:?}");
    assert!(
        message.contains("no response within 200ms")
            || message.contains("did not finish within 300ms"),
        "{message}"
    );
}

#[tokio::test]
async fn an_upload_the_server_stops_taking_or_never_answers_times_out() {
    use tokio::io::AsyncReadExt as _;
    let idle = Duration::from_millis(300);
    // A server that reads the head and then nothing: the socket's buffers
    // fill, and the connection stops taking the body.
    let (deaf, deaf_address) = listen().await;
    tokio::spawn(async move {
        let (mut socket, _) = deaf.accept().await.expect("accept");
        read_head(&mut socket).await;
        tokio::time::sleep(Duration::from_secs(60)).await;
        drop(socket);
    });
    // A server that reads everything and never answers.
    let (mute, mute_address) = listen().await;
    tokio::spawn(async move {
        let (mut socket, _) = mute.accept().await.expect("accept");
        let mut sink = vec![0u8; 64 * 1024];
        while socket.read(&mut sink).await.is_ok_and(|n| n > 0) {}
    });

    for (address, body, what) in [
        (
            deaf_address,
            // Endless: only the server's silence can end it.
            ByteStream::from_stream(Pattern::new(u64::MAX)),
            "a server that stops reading",
        ),
        (
            mute_address,
            ByteStream::from_sized_stream(MIB, Pattern::new(MIB)),
            "a server that reads all and never answers",
        ),
    ] {
        let client = client_with_stream_idle(address, idle);
        let started = std::time::Instant::now();
        let error = tokio::time::timeout(
            Duration::from_secs(20),
            client.upload_object().key("stuck").body(body).send(),
        )
        .await
        .unwrap_or_else(|_| panic!("{what}: the upload hung past 20 s"))
        .expect_err(what);
        assert!(
            format!("{error:?}").contains("did not move for 300ms"),
            "{what}: {error:?}"
        );
        assert!(started.elapsed() >= idle, "{what}: {:?}", started.elapsed());
    }
}
