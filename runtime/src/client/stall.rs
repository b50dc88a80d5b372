//! `@streaming` bodies that must keep moving.
//!
//! An attempt timeout cannot bound a stream: how long a healthy one takes
//! grows with its size and the link's speed. Silence can be bounded. A
//! streamed download is wrapped in [`IdleLimited`], which fails the stream
//! when its reader has waited the stream idle timeout for a chunk. A streamed
//! upload is wrapped in [`Moving`], which notes when the connection last took
//! a chunk; the orchestrator ends the attempt when nothing has moved for the
//! timeout, counting from the last chunk to the next or to the answer's head.
//!
//! Both watch through [`Watch`], the process's one deadline thread, so a
//! download's reader may poll from any executor.

use super::deadline::Watch;
use crate::byte_stream::ByteStreamError;
use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

/// A downloaded body that fails when its reader waits `limit` for a chunk.
pub(crate) struct IdleLimited<B> {
    body: B,
    limit: Duration,
    /// Set when the reader starts waiting, cleared when a frame arrives: only
    /// time spent waiting counts, not time the reader spends elsewhere.
    waiting: Option<Watch>,
}

impl<B> IdleLimited<B> {
    pub(crate) fn new(body: B, limit: Duration) -> Self {
        Self {
            body,
            limit,
            waiting: None,
        }
    }
}

impl<B> Body for IdleLimited<B>
where
    B: Body<Data = Bytes> + Unpin,
    B::Error: Into<crate::error::BoxError>,
{
    type Data = Bytes;
    type Error = crate::error::BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = &mut *self;
        if let Poll::Ready(frame) = Pin::new(&mut this.body).poll_frame(cx) {
            this.waiting = None;
            return Poll::Ready(frame.map(|frame| frame.map_err(Into::into)));
        }
        let watch = match &mut this.waiting {
            Some(watch) => watch,
            None => {
                // A limit too far to reach is no limit.
                let Some(at) = Instant::now().checked_add(this.limit) else {
                    return Poll::Pending;
                };
                this.waiting.insert(Watch::new(at))
            }
        };
        if !watch.expired(cx) {
            return Poll::Pending;
        }
        this.waiting = None;
        Poll::Ready(Some(Err(Box::new(ByteStreamError::idle(this.limit)))))
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}

/// When an uploaded body last moved (when the attempt began, then each time
/// the connection took a chunk), and how long it may stay still.
#[derive(Debug, Clone)]
pub(crate) struct Progress(Arc<Moves>);

#[derive(Debug)]
struct Moves {
    last: Mutex<Instant>,
    idle: Duration,
}

impl Progress {
    pub(crate) fn starting(now: Instant, idle: Duration) -> Self {
        Self(Arc::new(Moves {
            last: Mutex::new(now),
            idle,
        }))
    }

    /// How long the body may stay still.
    pub(crate) fn idle(&self) -> Duration {
        self.0.idle
    }

    /// When the body will have been still too long, unless it moves first
    /// (`None`: a limit too far to reach).
    pub(crate) fn next(&self) -> Option<Instant> {
        let last = *self.0.last.lock().unwrap_or_else(PoisonError::into_inner);
        last.checked_add(self.0.idle)
    }

    fn moved(&self) {
        *self.0.last.lock().unwrap_or_else(PoisonError::into_inner) = Instant::now();
    }
}

/// An uploaded body that records its [`Progress`] as the connection takes it.
pub(crate) struct Moving<B> {
    body: B,
    progress: Progress,
}

impl<B> Moving<B> {
    pub(crate) fn new(body: B, progress: Progress) -> Self {
        Self { body, progress }
    }
}

impl<B> Body for Moving<B>
where
    B: Body<Data = Bytes> + Unpin,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let frame = Pin::new(&mut self.body).poll_frame(cx);
        if let Poll::Ready(Some(Ok(_))) = &frame {
            self.progress.moved();
        }
        frame
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body.size_hint()
    }
}
