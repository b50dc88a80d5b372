//! One `tracing` span per dispatched request.

use super::{FrameworkError, ResponseBody, Wire};
use std::future::Future;
use std::time::Instant;
use tracing::Instrument;

/// Runs `work`, the handling of one request for `operation`, inside a debug
/// span named `request` with the operation, the response status and the
/// duration as fields; a framework error becomes its response, framed for
/// `wire`. Nothing from the input or output goes into the span: either may
/// hold secrets.
pub async fn traced<F>(operation: &'static str, wire: Wire, work: F) -> http::Response<ResponseBody>
where
    F: Future<Output = Result<http::Response<ResponseBody>, FrameworkError>>,
{
    let span = tracing::debug_span!(
        "request",
        operation,
        status = tracing::field::Empty,
        duration_ms = tracing::field::Empty,
    );
    // The clock is read only when someone listens to the span.
    let started = (!span.is_disabled()).then(Instant::now);
    let response = work
        .instrument(span.clone())
        .await
        .unwrap_or_else(|error: FrameworkError| wire.framework_error(error));
    span.record("status", response.status().as_u16());
    if let Some(started) = started {
        span.record("duration_ms", started.elapsed().as_millis() as u64);
    }
    response
}
