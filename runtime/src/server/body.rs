//! Reading a request body under a size limit, and checking its media type.

use super::FrameworkError;
use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use hyper::body::Body;

/// The largest body a dispatcher reads unless told otherwise: 1 MiB.
///
/// It bounds the bodies a dispatcher reads into memory. A `@streaming` input
/// payload is not read by the dispatcher: the handler gets it unread, as a
/// [`ByteStream`](crate::ByteStream), and bounds what it keeps itself
/// ([`collect_with_limit`](crate::ByteStream::collect_with_limit)); the
/// server's request timeout still applies to reading it.
pub const DEFAULT_BODY_LIMIT: usize = 1 << 20;

/// Reads the whole body, refusing one over `limit` bytes: at once when its
/// `Content-Length` says so, else as soon as the bytes read pass the limit, so
/// an oversized body is never buffered whole.
pub async fn read_body<B>(
    body: B,
    headers: &http::HeaderMap,
    limit: usize,
) -> Result<Bytes, FrameworkError>
where
    B: Body<Data = Bytes>,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let declared = headers
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(FrameworkError::PayloadTooLarge { limit });
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.is::<http_body_util::LengthLimitError>() => {
            Err(FrameworkError::PayloadTooLarge { limit })
        }
        Err(error) => Err(FrameworkError::BodyRead(error.to_string())),
    }
}

/// Checks that a non-empty `body` came with media type `expected`
/// (parameters such as `; charset=utf-8` are allowed). An empty body needs no
/// `Content-Type`.
pub fn check_content_type(
    headers: &http::HeaderMap,
    body: &[u8],
    expected: &str,
) -> Result<(), FrameworkError> {
    if body.is_empty() {
        return Ok(());
    }
    check_media_type(headers, expected)
}

/// Checks that the request declares media type `expected` (parameters
/// allowed), whatever its body: for endpoints that must refuse any other type
/// before reading a byte, as a guard against cross-site form posts.
pub fn check_media_type(headers: &http::HeaderMap, expected: &str) -> Result<(), FrameworkError> {
    let found = headers
        .get(http::header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let Some(found) = found else {
        return Err(FrameworkError::UnsupportedMediaType("(none)".to_owned()));
    };
    let media_type = found.split(';').next().unwrap_or_default().trim();
    if media_type.eq_ignore_ascii_case(expected) {
        Ok(())
    } else {
        Err(FrameworkError::UnsupportedMediaType(media_type.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::Full;

    fn headers(pairs: &[(&'static str, &str)]) -> http::HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| {
                (
                    http::HeaderName::from_static(k),
                    http::HeaderValue::from_str(v).expect("value"),
                )
            })
            .collect()
    }

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(future)
    }

    #[test]
    fn media_types_allow_parameters_and_empty_bodies() {
        let json = headers(&[("content-type", "application/json; charset=utf-8")]);
        assert_eq!(check_content_type(&json, b"{}", "application/json"), Ok(()));
        let upper = headers(&[("content-type", "Application/JSON")]);
        assert_eq!(
            check_content_type(&upper, b"{}", "application/json"),
            Ok(())
        );
        let text = headers(&[("content-type", "text/plain")]);
        assert_eq!(
            check_content_type(&text, b"{}", "application/json"),
            Err(FrameworkError::UnsupportedMediaType("text/plain".into()))
        );
        assert_eq!(check_content_type(&text, b"", "application/json"), Ok(()));
        assert!(check_content_type(&headers(&[]), b"{}", "application/json").is_err());
        assert!(check_media_type(&headers(&[]), "application/json").is_err());
        assert_eq!(check_media_type(&json, "application/json"), Ok(()));
    }

    #[test]
    fn a_declared_length_over_the_limit_is_refused_before_reading() {
        let body = Full::new(Bytes::from_static(b"0123456789"));
        let result = block_on(read_body(body, &headers(&[("content-length", "10")]), 4));
        assert_eq!(result, Err(FrameworkError::PayloadTooLarge { limit: 4 }));
    }

    #[test]
    fn an_undeclared_stream_is_cut_off_at_the_limit() {
        let body = Endless { sent: 0 };
        let result = block_on(read_body(body, &headers(&[]), 64));
        assert_eq!(result, Err(FrameworkError::PayloadTooLarge { limit: 64 }));
        let small = Full::new(Bytes::from_static(b"{}"));
        assert_eq!(
            block_on(read_body(small, &headers(&[]), 64)),
            Ok(Bytes::from_static(b"{}"))
        );
    }

    /// A body that never ends, ten bytes a frame, counting what it sent.
    struct Endless {
        sent: usize,
    }

    impl Body for Endless {
        type Data = Bytes;
        type Error = std::convert::Infallible;

        fn poll_frame(
            mut self: std::pin::Pin<&mut Self>,
            _: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, Self::Error>>> {
            self.sent += 10;
            assert!(self.sent < 1000, "read far past the limit");
            std::task::Poll::Ready(Some(Ok(hyper::body::Frame::data(Bytes::from_static(
                b"0123456789",
            )))))
        }
    }
}
