//! [`ByteStream`]: the bytes of a `@streaming` blob, read as they come rather
//! than held whole.
//!
//! The client sends an input's stream as the request body and hands an
//! output's stream back unread; the server hands a request body to the
//! handler as a stream and writes an output's stream as the response body.
//! The same type serves every direction, so a handler can pass a download
//! straight on as an upload.

use crate::error::BoxError;
use bytes::{Bytes, BytesMut};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::{Body, Frame, SizeHint};
use std::fmt;
use std::future::{poll_fn, Future as _};
use std::io;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use tokio::io::{AsyncRead, ReadBuf};

/// How much of a file is read at a time.
const FILE_CHUNK: u64 = 64 * 1024;

/// A stream of bytes: in memory, a file, or any body or stream of [`Bytes`].
///
/// Build one from bytes (`Vec<u8>`, [`Bytes`], `&'static [u8]`, `String`),
/// from a file with [`from_path`](Self::from_path), or from anything that
/// produces bytes with [`from_body`](Self::from_body) and
/// [`from_stream`](Self::from_stream). Read it chunk by chunk with
/// [`next`](Self::next) (it is also a [`futures_core::Stream`] and an
/// [`http_body::Body`](hyper::body::Body)), or whole with
/// [`collect`](Self::collect) and [`collect_with_limit`](Self::collect_with_limit).
///
/// A stream with a declared length ([`known_length`](Self::known_length)) is
/// held to it: one that ends early or runs long fails with an error rather
/// than sending a truncated or overlong body. In-memory bytes and files can be
/// read again ([`try_clone`](Self::try_clone)), which is what lets the client
/// retry a request that carries one; any other stream is read once.
///
/// `Debug` shows the kind and length, never the content.
pub struct ByteStream {
    inner: Inner,
}

enum Inner {
    /// Bytes in memory, handed out as one chunk.
    Memory(Bytes),
    /// A file, read a chunk at a time (boxed: its reader is large, and a
    /// stream travels inside every request future).
    File(Box<FileBody>),
    /// Any other body, held to its declared length when it has one.
    Body {
        body: BoxBody<Bytes, BoxError>,
        remaining: Option<u64>,
    },
}

/// Why a stream could not be read.
#[derive(Debug)]
pub struct ByteStreamError {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    /// More than the limit given to `collect_with_limit`.
    TooLarge(u64),
    /// Fewer or more bytes than the stream declared.
    Length(String),
    /// The source failed (a reset connection, an I/O error).
    Source(BoxError),
    /// No chunk came within the stream idle timeout.
    Idle(std::time::Duration),
}

impl ByteStreamError {
    /// Whether the stream was longer than the limit it was collected under.
    pub fn is_too_large(&self) -> bool {
        matches!(self.kind, ErrorKind::TooLarge(_))
    }

    /// Whether the stream failed because no chunk came within the client's
    /// stream idle timeout (`TimeoutConfig::with_stream_idle_timeout`).
    pub fn is_timeout(&self) -> bool {
        matches!(self.kind, ErrorKind::Idle(_))
    }

    fn length(message: String) -> Self {
        Self {
            kind: ErrorKind::Length(message),
        }
    }

    /// No chunk came within `limit` of waiting for one.
    pub(crate) fn idle(limit: std::time::Duration) -> Self {
        Self {
            kind: ErrorKind::Idle(limit),
        }
    }
}

impl fmt::Display for ByteStreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooLarge(limit) => write!(f, "the stream is longer than {limit} bytes"),
            ErrorKind::Length(message) => f.write_str(message),
            ErrorKind::Source(error) => write!(f, "the stream failed: {error}"),
            ErrorKind::Idle(limit) => write!(f, "no data came for {limit:?}: the stream timed out"),
        }
    }
}

impl std::error::Error for ByteStreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Source(error) => Some(error.as_ref()),
            _ => None,
        }
    }
}

impl From<BoxError> for ByteStreamError {
    fn from(error: BoxError) -> Self {
        // A stream that wraps another keeps the inner error as it was.
        match error.downcast::<ByteStreamError>() {
            Ok(error) => *error,
            Err(error) => Self {
                kind: ErrorKind::Source(error),
            },
        }
    }
}

impl ByteStream {
    /// A stream of `bytes`, already in memory.
    pub fn new(bytes: impl Into<Bytes>) -> Self {
        Self {
            inner: Inner::Memory(bytes.into()),
        }
    }

    /// A stream of the file at `path`, read a chunk at a time when the stream
    /// is. Its length is the file's length now; a file that is shorter when
    /// read fails the stream rather than sending fewer bytes than declared.
    pub async fn from_path(path: impl AsRef<Path>) -> io::Result<Self> {
        let path = path.as_ref().to_owned();
        let metadata = tokio::fs::metadata(&path).await?;
        Self::file(path, &metadata)
    }

    /// [`from_path`](Self::from_path) for callers that cannot wait (the
    /// command line reading its flags): the file's length is read now.
    #[cfg(feature = "cli")]
    pub(crate) fn from_file_now(path: &Path) -> io::Result<Self> {
        let metadata = std::fs::metadata(path)?;
        Self::file(path.to_owned(), &metadata)
    }

    fn file(path: PathBuf, metadata: &std::fs::Metadata) -> io::Result<Self> {
        if !metadata.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a file", path.display()),
            ));
        }
        Ok(Self {
            inner: Inner::File(Box::new(FileBody::new(path, metadata.len()))),
        })
    }

    /// A stream of the data frames of `body` (trailers are dropped). Its length
    /// is known when the body's size hint is exact.
    pub fn from_body<B>(body: B) -> Self
    where
        B: Body<Data = Bytes> + Send + Sync + 'static,
        B::Error: Into<BoxError>,
    {
        let remaining = body.size_hint().exact();
        Self {
            inner: Inner::Body {
                body: body.map_err(Into::into).boxed(),
                remaining,
            },
        }
    }

    /// A stream of the chunks `stream` yields, of unknown length.
    pub fn from_stream<S, E>(stream: S) -> Self
    where
        S: futures_core::Stream<Item = Result<Bytes, E>> + Send + Sync + 'static,
        E: Into<BoxError> + 'static,
    {
        Self::streamed(stream, None)
    }

    /// A stream of the chunks `stream` yields, which must add up to exactly
    /// `length` bytes (the stream fails otherwise). Use it where the length is
    /// known ahead, so that a request can declare it (`@requiresLength`).
    pub fn from_sized_stream<S, E>(length: u64, stream: S) -> Self
    where
        S: futures_core::Stream<Item = Result<Bytes, E>> + Send + Sync + 'static,
        E: Into<BoxError> + 'static,
    {
        Self::streamed(stream, Some(length))
    }

    fn streamed<S, E>(stream: S, remaining: Option<u64>) -> Self
    where
        S: futures_core::Stream<Item = Result<Bytes, E>> + Send + Sync + 'static,
        E: Into<BoxError> + 'static,
    {
        let frames = StreamBody::new(StreamFrames(Box::pin(stream)));
        Self {
            inner: Inner::Body {
                body: frames.boxed(),
                remaining,
            },
        }
    }

    /// How many bytes the stream has left to yield, when that is known
    /// (bytes in memory, a file, a sized stream or body).
    pub fn known_length(&self) -> Option<u64> {
        match &self.inner {
            Inner::Memory(bytes) => Some(bytes.len() as u64),
            Inner::File(file) => Some(file.remaining),
            Inner::Body { remaining, .. } => *remaining,
        }
    }

    /// The bytes, when the stream is bytes in memory.
    pub fn as_bytes(&self) -> Option<&Bytes> {
        match &self.inner {
            Inner::Memory(bytes) => Some(bytes),
            _ => None,
        }
    }

    /// A second stream that yields what this one has left, when that can be
    /// had without reading this one: bytes in memory, or a file not yet
    /// started. `None` for any other stream, which can be read only once.
    pub fn try_clone(&self) -> Option<Self> {
        let inner = match &self.inner {
            Inner::Memory(bytes) => Inner::Memory(bytes.clone()),
            Inner::File(file) if file.is_unread() => {
                Inner::File(Box::new(FileBody::new(file.path.clone(), file.length)))
            }
            _ => return None,
        };
        Some(Self { inner })
    }

    /// The next chunk, `None` at the end.
    pub async fn next(&mut self) -> Option<Result<Bytes, ByteStreamError>> {
        poll_fn(|cx| Pin::new(&mut *self).poll_chunk(cx)).await
    }

    /// Reads the whole stream into memory.
    pub async fn collect(self) -> Result<Bytes, ByteStreamError> {
        self.collect_with_limit(u64::MAX).await
    }

    /// Reads the whole stream into memory, failing as soon as more than
    /// `limit` bytes have arrived (so at most `limit` bytes and one chunk are
    /// ever held); a stream that declares a longer length fails at once.
    pub async fn collect_with_limit(mut self, limit: u64) -> Result<Bytes, ByteStreamError> {
        let too_large = || ByteStreamError {
            kind: ErrorKind::TooLarge(limit),
        };
        let known = self.known_length();
        if known.is_some_and(|length| length > limit) {
            return Err(too_large());
        }
        // One chunk is returned as it is; a buffer is made for a second.
        let mut first: Option<Bytes> = None;
        let mut joined: Option<BytesMut> = None;
        let mut received: u64 = 0;
        while let Some(chunk) = self.next().await {
            let chunk = chunk?;
            received = received.saturating_add(chunk.len() as u64);
            if received > limit {
                return Err(too_large());
            }
            match (&mut joined, first.take()) {
                (Some(buffer), _) => buffer.extend_from_slice(&chunk),
                (None, None) => first = Some(chunk),
                (None, Some(previous)) => {
                    let capacity = known.map_or(received, |n| n.max(received));
                    let mut buffer = BytesMut::with_capacity(capacity as usize);
                    buffer.extend_from_slice(&previous);
                    buffer.extend_from_slice(&chunk);
                    joined = Some(buffer);
                }
            }
        }
        Ok(match joined {
            Some(buffer) => buffer.freeze(),
            None => first.unwrap_or_default(),
        })
    }

    /// The next chunk of data, skipping empty chunks and trailers.
    fn poll_chunk(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, ByteStreamError>>> {
        match &mut self.inner {
            Inner::Memory(bytes) if bytes.is_empty() => Poll::Ready(None),
            Inner::Memory(bytes) => Poll::Ready(Some(Ok(std::mem::take(bytes)))),
            Inner::File(file) => file.poll_chunk(cx),
            Inner::Body { body, remaining } => loop {
                let frame = match ready!(Pin::new(&mut *body).poll_frame(cx)) {
                    Some(Ok(frame)) => frame,
                    Some(Err(error)) => return Poll::Ready(Some(Err(error.into()))),
                    None => {
                        return Poll::Ready(match remaining {
                            Some(left) if *left > 0 => Some(Err(ByteStreamError::length(format!(
                                "the stream ended {left} bytes short of its length"
                            )))),
                            _ => None,
                        })
                    }
                };
                let Ok(data) = frame.into_data() else {
                    continue;
                };
                if data.is_empty() {
                    continue;
                }
                if let Some(left) = remaining {
                    match left.checked_sub(data.len() as u64) {
                        Some(rest) => *left = rest,
                        None => {
                            return Poll::Ready(Some(Err(ByteStreamError::length(
                                "the stream is longer than its declared length".to_owned(),
                            ))))
                        }
                    }
                }
                return Poll::Ready(Some(Ok(data)));
            },
        }
    }
}

impl Default for ByteStream {
    /// An empty stream.
    fn default() -> Self {
        Self::new(Bytes::new())
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the bytes: a stream can carry anything.
        match &self.inner {
            Inner::Memory(bytes) => write!(f, "ByteStream({} bytes in memory)", bytes.len()),
            Inner::File(file) => write!(f, "ByteStream(file, {} bytes)", file.remaining),
            Inner::Body {
                remaining: Some(length),
                ..
            } => write!(f, "ByteStream(stream, {length} bytes)"),
            Inner::Body {
                remaining: None, ..
            } => f.write_str("ByteStream(stream)"),
        }
    }
}

impl futures_core::Stream for ByteStream {
    type Item = Result<Bytes, ByteStreamError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.poll_chunk(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.known_length() {
            Some(0) => (0, Some(0)),
            _ => (0, None),
        }
    }
}

impl Body for ByteStream {
    type Data = Bytes;
    type Error = ByteStreamError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        self.poll_chunk(cx)
            .map(|chunk| chunk.map(|chunk| chunk.map(Frame::data)))
    }

    fn is_end_stream(&self) -> bool {
        self.known_length() == Some(0)
    }

    fn size_hint(&self) -> SizeHint {
        match self.known_length() {
            Some(length) => SizeHint::with_exact(length),
            None => SizeHint::default(),
        }
    }
}

impl From<Bytes> for ByteStream {
    fn from(bytes: Bytes) -> Self {
        Self::new(bytes)
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(bytes: Vec<u8>) -> Self {
        Self::new(bytes)
    }
}

impl From<&'static [u8]> for ByteStream {
    fn from(bytes: &'static [u8]) -> Self {
        Self::new(bytes)
    }
}

impl From<String> for ByteStream {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}

impl From<&'static str> for ByteStream {
    fn from(text: &'static str) -> Self {
        Self::new(text)
    }
}

impl From<crate::Blob> for ByteStream {
    fn from(blob: crate::Blob) -> Self {
        Self::new(blob.into_inner())
    }
}

/// A stream of byte chunks as a stream of body frames.
struct StreamFrames<S>(S);

impl<S, E> futures_core::Stream for StreamFrames<S>
where
    S: futures_core::Stream<Item = Result<Bytes, E>> + Unpin,
    E: Into<BoxError>,
{
    type Item = Result<Frame<Bytes>, BoxError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Pin::new(&mut self.0)
            .poll_next(cx)
            .map(|item| item.map(|chunk| chunk.map(Frame::data).map_err(Into::into)))
    }
}

/// A file read a chunk at a time: opened (on the blocking pool) when first
/// read, and read to exactly the length it had when the stream was made.
struct FileBody {
    path: PathBuf,
    length: u64,
    remaining: u64,
    state: FileState,
}

enum FileState {
    Unopened,
    Opening(tokio::task::JoinHandle<io::Result<std::fs::File>>),
    Open(tokio::fs::File),
}

impl FileBody {
    fn new(path: PathBuf, length: u64) -> Self {
        Self {
            path,
            length,
            remaining: length,
            state: FileState::Unopened,
        }
    }

    fn is_unread(&self) -> bool {
        matches!(self.state, FileState::Unopened)
    }

    fn failed(&self, error: impl fmt::Display) -> ByteStreamError {
        ByteStreamError {
            kind: ErrorKind::Source(format!("reading {}: {error}", self.path.display()).into()),
        }
    }

    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, ByteStreamError>>> {
        loop {
            if self.remaining == 0 {
                return Poll::Ready(None);
            }
            match &mut self.state {
                FileState::Unopened => {
                    let path = self.path.clone();
                    let open = tokio::task::spawn_blocking(move || std::fs::File::open(path));
                    self.state = FileState::Opening(open);
                }
                FileState::Opening(open) => {
                    let opened = ready!(Pin::new(open).poll(cx));
                    match opened {
                        Ok(Ok(file)) => {
                            self.state = FileState::Open(tokio::fs::File::from_std(file))
                        }
                        Ok(Err(error)) => return Poll::Ready(Some(Err(self.failed(error)))),
                        Err(error) => return Poll::Ready(Some(Err(self.failed(error)))),
                    }
                }
                FileState::Open(file) => {
                    let mut chunk = vec![0; self.remaining.min(FILE_CHUNK) as usize];
                    let mut buffer = ReadBuf::new(&mut chunk);
                    if let Err(error) = ready!(Pin::new(file).poll_read(cx, &mut buffer)) {
                        return Poll::Ready(Some(Err(self.failed(error))));
                    }
                    let read = buffer.filled().len();
                    if read == 0 {
                        let message = format!(
                            "{} ended {} bytes short of the {} it had when the stream was made",
                            self.path.display(),
                            self.remaining,
                            self.length
                        );
                        return Poll::Ready(Some(Err(ByteStreamError::length(message))));
                    }
                    chunk.truncate(read);
                    self.remaining -= read as u64;
                    return Poll::Ready(Some(Ok(Bytes::from(chunk))));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime")
            .block_on(future)
    }

    fn chunks(
        items: Vec<Result<&'static str, io::Error>>,
    ) -> impl futures_core::Stream<Item = Result<Bytes, io::Error>> + Send + Sync + Unpin {
        Iter(
            items
                .into_iter()
                .map(|item| item.map(|text| Bytes::from_static(text.as_bytes())))
                .collect(),
        )
    }

    /// A stream of the given items, in order.
    struct Iter<T>(std::collections::VecDeque<T>);

    impl<T: Unpin> futures_core::Stream for Iter<T> {
        type Item = T;

        fn poll_next(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<T>> {
            Poll::Ready(self.0.pop_front())
        }
    }

    #[test]
    fn bytes_in_memory_are_one_chunk_and_can_be_read_again() {
        block_on(async {
            let mut stream = ByteStream::from("hello");
            assert_eq!(stream.known_length(), Some(5));
            let again = stream.try_clone().expect("in memory");
            assert_eq!(stream.next().await.expect("a chunk").expect("ok"), "hello");
            assert!(stream.next().await.is_none());
            assert_eq!(again.collect().await.expect("ok"), "hello");
            assert!(ByteStream::default().next().await.is_none());
        });
    }

    #[test]
    fn streams_are_collected_under_a_limit() {
        block_on(async {
            let stream = ByteStream::from_stream(chunks(vec![Ok("ab"), Ok(""), Ok("cd")]));
            assert_eq!(stream.known_length(), None);
            assert!(stream.try_clone().is_none(), "a stream is read once");
            assert_eq!(stream.collect().await.expect("ok"), "abcd");
            let stream = ByteStream::from_stream(chunks(vec![Ok("ab"), Ok("cd")]));
            let error = stream.collect_with_limit(3).await.expect_err("too long");
            assert!(error.is_too_large());
            assert_eq!(error.to_string(), "the stream is longer than 3 bytes");
            let declared = ByteStream::from_sized_stream(10, chunks(vec![]));
            assert!(declared
                .collect_with_limit(9)
                .await
                .expect_err("declared")
                .is_too_large());
        });
    }

    #[test]
    fn declared_lengths_are_held_to() {
        block_on(async {
            let short = ByteStream::from_sized_stream(5, chunks(vec![Ok("abc")]));
            assert_eq!(short.known_length(), Some(5));
            let error = short.collect().await.expect_err("short");
            assert_eq!(
                error.to_string(),
                "the stream ended 2 bytes short of its length"
            );
            let long = ByteStream::from_sized_stream(2, chunks(vec![Ok("abc")]));
            let error = long.collect().await.expect_err("long");
            assert_eq!(
                error.to_string(),
                "the stream is longer than its declared length"
            );
            let exact = ByteStream::from_sized_stream(3, chunks(vec![Ok("a"), Ok("bc")]));
            assert_eq!(exact.collect().await.expect("exact"), "abc");
        });
    }

    #[test]
    fn source_errors_are_passed_on() {
        block_on(async {
            let failing =
                ByteStream::from_stream(chunks(vec![Ok("a"), Err(io::Error::other("reset"))]));
            let error = failing.collect().await.expect_err("failed");
            assert_eq!(error.to_string(), "the stream failed: reset");
            assert!(!error.is_too_large());
        });
    }

    #[test]
    fn bodies_keep_their_exact_length() {
        block_on(async {
            let body = http_body_util::Full::new(Bytes::from_static(b"xyz"));
            let stream = ByteStream::from_body(body);
            assert_eq!(stream.known_length(), Some(3));
            assert_eq!(Body::size_hint(&stream).exact(), Some(3));
            assert_eq!(stream.collect().await.expect("ok"), "xyz");
        });
    }

    #[test]
    fn files_stream_in_chunks_to_their_length_and_can_be_read_again() {
        block_on(async {
            let dir = std::env::temp_dir().join(format!("byte-stream-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("dir");
            let path = dir.join("data");
            let content: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
            std::fs::write(&path, &content).expect("write");
            let mut stream = ByteStream::from_path(&path).await.expect("file");
            assert_eq!(stream.known_length(), Some(200_000));
            let again = stream.try_clone().expect("an unread file");
            let mut read = Vec::new();
            let mut largest = 0;
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.expect("chunk");
                largest = largest.max(chunk.len());
                read.extend_from_slice(&chunk);
            }
            assert_eq!(read, content);
            assert!(largest as u64 <= FILE_CHUNK, "read {largest} bytes at once");
            assert!(stream.try_clone().is_none(), "a file already read");
            assert_eq!(again.collect().await.expect("again"), content);

            // A file cut short after the stream was made fails it.
            let stream = ByteStream::from_path(&path).await.expect("file");
            std::fs::write(&path, b"short").expect("truncate");
            let error = stream.collect().await.expect_err("short");
            assert!(error.to_string().contains("199995 bytes short"), "{error}");
            assert!(ByteStream::from_path(&dir).await.is_err(), "a directory");
            std::fs::remove_dir_all(&dir).expect("clean up");
        });
    }

    #[test]
    fn debug_never_shows_the_content() {
        assert_eq!(
            format!("{:?}", ByteStream::from("secret")),
            "ByteStream(6 bytes in memory)"
        );
        assert_eq!(
            format!("{:?}", ByteStream::from_stream(chunks(vec![Ok("secret")]))),
            "ByteStream(stream)"
        );
        assert_eq!(
            format!(
                "{:?}",
                ByteStream::from_sized_stream(6, chunks(vec![Ok("secret")]))
            ),
            "ByteStream(stream, 6 bytes)"
        );
    }

    #[test]
    fn streams_are_send_and_sync() {
        fn check<T: Send + Sync + Unpin>() {}
        check::<ByteStream>();
    }
}
