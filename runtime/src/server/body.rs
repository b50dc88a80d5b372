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

/// Undoes the `gzip` content coding a client applied last (Smithy's
/// `@requestCompression`): the body is inflated, to at most `limit` bytes so a
/// small compressed body cannot grow without bound, and `gzip` is taken off the
/// request's `Content-Encoding`, which keeps the codings the client named
/// itself (`custom, gzip` leaves `custom`). Any other final coding is left as
/// it is, for the input to bind.
pub fn decode_content(
    request: &mut super::RequestParts,
    body: Bytes,
    limit: usize,
) -> Result<Bytes, FrameworkError> {
    let Some(value) = request.headers().get(http::header::CONTENT_ENCODING) else {
        return Ok(body);
    };
    let codings: Vec<&str> = value
        .to_str()
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let Some((last, rest)) = codings.split_last() else {
        return Ok(body);
    };
    if !last.eq_ignore_ascii_case("gzip") {
        return Ok(body);
    }
    let mut inflated = Vec::new();
    let read = std::io::Read::read_to_end(
        &mut std::io::Read::take(flate2::read::GzDecoder::new(&body[..]), limit as u64 + 1),
        &mut inflated,
    );
    match read {
        Ok(length) if length > limit => return Err(FrameworkError::PayloadTooLarge { limit }),
        Ok(_) => {}
        Err(error) => {
            return Err(FrameworkError::Serialization(format!(
                "the body is not valid gzip: {error}"
            )))
        }
    }
    let rest = rest.join(", ");
    let headers = request.headers_mut();
    match http::HeaderValue::from_str(&rest) {
        Ok(value) if !rest.is_empty() => {
            headers.insert(http::header::CONTENT_ENCODING, value);
        }
        _ => {
            headers.remove(http::header::CONTENT_ENCODING);
        }
    }
    Ok(Bytes::from(inflated))
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
    fn parts(encoding: Option<&str>) -> crate::server::RequestParts {
        let mut builder = http::Request::builder().method("POST").uri("/");
        if let Some(encoding) = encoding {
            builder = builder.header("content-encoding", encoding);
        }
        let (parts, ()) = builder.body(()).expect("request").into_parts();
        crate::server::RequestParts::new(parts).expect("parts")
    }

    fn gzip(bytes: &[u8]) -> Bytes {
        Bytes::from(crate::client::gzip(bytes).expect("gzip"))
    }

    #[test]
    fn gzip_is_undone_and_taken_off_the_codings() {
        let mut request = parts(Some("custom, gzip"));
        let body = decode_content(&mut request, gzip(b"{\"a\":1}"), 1024).expect("inflates");
        assert_eq!(&body[..], b"{\"a\":1}");
        assert_eq!(request.headers()["content-encoding"], "custom");

        let mut request = parts(Some("gzip"));
        decode_content(&mut request, gzip(b"{}"), 1024).expect("inflates");
        assert!(request.headers().get("content-encoding").is_none());

        // Other codings, and no coding, are left alone.
        let mut request = parts(Some("br"));
        let body = decode_content(&mut request, Bytes::from_static(b"x"), 1024).expect("kept");
        assert_eq!(&body[..], b"x");
        assert_eq!(request.headers()["content-encoding"], "br");
        let mut request = parts(None);
        assert_eq!(
            &decode_content(&mut request, Bytes::from_static(b"y"), 1024).expect("kept")[..],
            b"y"
        );
    }

    #[test]
    fn a_gzip_bomb_stops_at_the_limit_and_bad_gzip_is_refused() {
        let bomb = gzip(&vec![b'a'; 1 << 20]);
        assert!(bomb.len() < 4096, "a megabyte of one byte compresses well");
        let mut request = parts(Some("gzip"));
        assert_eq!(
            decode_content(&mut request, bomb, 64 * 1024),
            Err(FrameworkError::PayloadTooLarge { limit: 64 * 1024 })
        );
        let mut request = parts(Some("gzip"));
        let error = decode_content(&mut request, Bytes::from_static(b"not gzip"), 1024)
            .expect_err("refused");
        assert!(
            matches!(error, FrameworkError::Serialization(_)),
            "{error:?}"
        );
    }

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
