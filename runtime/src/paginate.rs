//! Paginators: every page of a paginated operation, and every item on them,
//! as a [`Stream`].
//!
//! A generated paginator is thin glue over [`PageStream`]: a closure that sends
//! the operation with a given continuation token, and a function that reads the
//! next token from a page. This module does the following, once for every
//! operation:
//!
//! - The first request goes with the token the caller set on the request, if
//!   any (so a listing can be resumed); each later one with the token the
//!   previous page returned.
//! - It stops after a page whose token is absent or empty.
//! - It also stops after a page that returns the very token its request sent:
//!   asking again would return the same page forever. Some services do this on
//!   the last page instead of leaving the token out.
//! - An error is yielded as an item and ends the stream (the failed request was
//!   already retried by the client as configured).
//!
//! Nothing is sent until the stream is first polled, and one request is in flight
//! at a time. The streams implement [`futures_core::Stream`], so the `StreamExt`
//! helpers of `futures` or `tokio-stream` apply; `next()` and `try_collect()`
//! are also inherent methods, so no other crate is needed to read them.

use std::collections::HashMap;
use std::future::Future;
use std::hash::{BuildHasher, Hash};
use std::pin::Pin;
use std::task::{Context, Poll};

pub use futures_core::Stream;

/// A continuation token: what one page returns and the next request sends back.
///
/// Tokens are strings in most models; DynamoDB's `Query` and `Scan` use a map
/// (the last key read).
pub trait PageToken: Clone + PartialEq + Send + 'static {
    /// Whether the token is empty, which ends pagination as an absent one does.
    fn is_empty(&self) -> bool;
}

impl PageToken for String {
    fn is_empty(&self) -> bool {
        str::is_empty(self)
    }
}

impl<K, V, S> PageToken for HashMap<K, V, S>
where
    K: Eq + Hash + Clone + Send + 'static,
    V: PartialEq + Clone + Send + 'static,
    S: BuildHasher + Clone + Send + 'static,
{
    fn is_empty(&self) -> bool {
        HashMap::is_empty(self)
    }
}

type PageFuture<O, E> = Pin<Box<dyn Future<Output = Result<O, E>> + Send>>;

/// What a [`PageStream`] needs from one operation, with the token type erased.
trait Pager<O, E>: Send {
    /// Starts the request for the next page.
    fn start(&mut self) -> PageFuture<O, E>;
    /// Reads a page's token; `false` when no page should follow it.
    fn advance(&mut self, page: &O) -> bool;
}

struct TokenPager<T, F, G> {
    fetch: F,
    token_of: G,
    /// The token the next request sends (the caller's, for the first).
    next: Option<T>,
}

impl<O, E, T, F, Fut, G> Pager<O, E> for TokenPager<T, F, G>
where
    T: PageToken,
    F: FnMut(Option<T>) -> Fut + Send,
    Fut: Future<Output = Result<O, E>> + Send + 'static,
    G: Fn(&O) -> Option<T> + Send,
{
    fn start(&mut self) -> PageFuture<O, E> {
        Box::pin((self.fetch)(self.next.clone()))
    }

    fn advance(&mut self, page: &O) -> bool {
        match (self.token_of)(page) {
            Some(token) if !token.is_empty() && self.next.as_ref() != Some(&token) => {
                self.next = Some(token);
                true
            }
            // Absent, empty, or the token this request sent: the last page.
            _ => false,
        }
    }
}

/// The pages of a paginated operation, one `Result` per request, in order.
///
/// See the [module docs](self) for when it stops.
#[must_use = "streams do nothing unless polled"]
pub struct PageStream<O, E> {
    pager: Box<dyn Pager<O, E>>,
    in_flight: Option<PageFuture<O, E>>,
    done: bool,
}

impl<O, E> std::fmt::Debug for PageStream<O, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageStream")
            .field("in_flight", &self.in_flight.is_some())
            .field("done", &self.done)
            .finish()
    }
}

impl<O, E> PageStream<O, E>
where
    O: 'static,
    E: 'static,
{
    /// Pages fetched by `fetch` (which sends the operation with the token it is
    /// given), starting with `first` (the token the caller set, usually `None`)
    /// and following what `token_of` reads from each page.
    pub fn new<T, F, Fut, G>(first: Option<T>, fetch: F, token_of: G) -> Self
    where
        T: PageToken,
        F: FnMut(Option<T>) -> Fut + Send + 'static,
        Fut: Future<Output = Result<O, E>> + Send + 'static,
        G: Fn(&O) -> Option<T> + Send + 'static,
    {
        Self {
            pager: Box::new(TokenPager {
                fetch,
                token_of,
                next: first,
            }),
            in_flight: None,
            done: false,
        }
    }

    /// The next page: `None` once the last page (or an error) has been yielded.
    pub async fn next(&mut self) -> Option<Result<O, E>> {
        std::future::poll_fn(|cx| self.poll_page(cx)).await
    }

    /// Every page, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<O>, E> {
        let mut pages = Vec::new();
        while let Some(page) = self.next().await {
            pages.push(page?);
        }
        Ok(pages)
    }

    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<O, E>>> {
        if self.done {
            return Poll::Ready(None);
        }
        let pager = &mut self.pager;
        let future = self.in_flight.get_or_insert_with(|| pager.start());
        let result = match future.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(result) => result,
        };
        self.in_flight = None;
        self.done = match &result {
            Ok(page) => !self.pager.advance(page),
            Err(_) => true,
        };
        Poll::Ready(Some(result))
    }
}

impl<O: 'static, E: 'static> Stream for PageStream<O, E> {
    type Item = Result<O, E>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_page(cx)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.done {
            (0, Some(0))
        } else {
            (0, None)
        }
    }
}

type Items<I> = Box<dyn Iterator<Item = I> + Send>;

/// The items on every page of a paginated operation, flattened, in order; an
/// error fetching a page is yielded as an item and ends the stream.
#[must_use = "streams do nothing unless polled"]
pub struct ItemStream<I, O, E> {
    pages: PageStream<O, E>,
    items_of: Box<dyn FnMut(O) -> Items<I> + Send>,
    current: Option<Items<I>>,
}

impl<I, O, E> std::fmt::Debug for ItemStream<I, O, E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemStream")
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}

impl<I, O, E> ItemStream<I, O, E>
where
    I: 'static,
    O: 'static,
    E: 'static,
{
    /// The items `items_of` takes out of each of `pages`.
    pub fn new<F, It>(pages: PageStream<O, E>, mut items_of: F) -> Self
    where
        F: FnMut(O) -> It + Send + 'static,
        It: IntoIterator<Item = I>,
        It::IntoIter: Send + 'static,
    {
        Self {
            pages,
            items_of: Box::new(move |page| Box::new(items_of(page).into_iter())),
            current: None,
        }
    }

    /// The next item: `None` after the last item of the last page, or after an error.
    pub async fn next(&mut self) -> Option<Result<I, E>> {
        std::future::poll_fn(|cx| self.poll_item(cx)).await
    }

    /// Every item, or the first error.
    pub async fn try_collect(mut self) -> Result<Vec<I>, E> {
        let mut items = Vec::new();
        while let Some(item) = self.next().await {
            items.push(item?);
        }
        Ok(items)
    }

    fn poll_item(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<I, E>>> {
        loop {
            if let Some(item) = self.current.as_mut().and_then(Iterator::next) {
                return Poll::Ready(Some(Ok(item)));
            }
            self.current = None;
            match self.pages.poll_page(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(Err(error))) => return Poll::Ready(Some(Err(error))),
                Poll::Ready(Some(Ok(page))) => self.current = Some((self.items_of)(page)),
            }
        }
    }
}

impl<I: 'static, O: 'static, E: 'static> Stream for ItemStream<I, O, E> {
    type Item = Result<I, E>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_item(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Debug, Clone, PartialEq)]
    struct Page {
        items: Vec<u32>,
        token: Option<String>,
    }

    fn page(items: &[u32], token: Option<&str>) -> Page {
        Page {
            items: items.to_vec(),
            token: token.map(str::to_owned),
        }
    }

    /// The token each request sent, in order.
    type Sent = Arc<Mutex<Vec<Option<String>>>>;

    /// Pages answered from a script, recording the token each request sent.
    fn scripted(
        first: Option<&str>,
        script: Vec<Result<Page, &'static str>>,
    ) -> (PageStream<Page, &'static str>, Sent) {
        let sent = Arc::new(Mutex::new(Vec::new()));
        let record = sent.clone();
        let mut script = script.into_iter();
        let stream = PageStream::new(
            first.map(str::to_owned),
            move |token: Option<String>| {
                record.lock().unwrap().push(token);
                let reply = script.next().expect("no request past the script");
                async move { reply }
            },
            |page: &Page| page.token.clone(),
        );
        (stream, sent)
    }

    /// The tokens the requests sent, for comparing with a list of `Option<&str>`.
    fn tokens(sent: &Mutex<Vec<Option<String>>>) -> Vec<Option<String>> {
        sent.lock().unwrap().clone()
    }

    fn expected(tokens: &[Option<&str>]) -> Vec<Option<String>> {
        tokens.iter().map(|t| t.map(str::to_owned)).collect()
    }

    #[tokio::test]
    async fn follows_tokens_until_there_is_none() {
        let (stream, sent) = scripted(
            None,
            vec![
                Ok(page(&[1, 2], Some("a"))),
                Ok(page(&[3], Some("b"))),
                Ok(page(&[4], None)),
            ],
        );
        let pages = stream.try_collect().await.unwrap();
        assert_eq!(pages.len(), 3);
        assert_eq!(tokens(&sent), expected(&[None, Some("a"), Some("b")]));
    }

    #[tokio::test]
    async fn an_empty_token_is_the_last_page() {
        let (stream, sent) = scripted(None, vec![Ok(page(&[1], Some("")))]);
        assert_eq!(stream.try_collect().await.unwrap().len(), 1);
        assert_eq!(sent.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn a_token_sent_back_unchanged_ends_the_stream() {
        let (stream, sent) = scripted(
            None,
            vec![Ok(page(&[1], Some("a"))), Ok(page(&[2], Some("a")))],
        );
        assert_eq!(stream.try_collect().await.unwrap().len(), 2);
        assert_eq!(tokens(&sent), expected(&[None, Some("a")]));
    }

    #[tokio::test]
    async fn the_callers_token_starts_the_listing() {
        let (stream, sent) = scripted(Some("resume"), vec![Ok(page(&[7], None))]);
        assert_eq!(stream.try_collect().await.unwrap()[0].items, [7]);
        assert_eq!(tokens(&sent), expected(&[Some("resume")]));
        // Given back on the first page: that is the loop guard too.
        let (stream, sent) = scripted(Some("same"), vec![Ok(page(&[7], Some("same")))]);
        assert_eq!(stream.try_collect().await.unwrap().len(), 1);
        assert_eq!(sent.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn an_error_is_yielded_then_the_stream_ends() {
        let (mut stream, sent) = scripted(None, vec![Ok(page(&[1], Some("a"))), Err("boom")]);
        assert!(stream.next().await.unwrap().is_ok());
        assert_eq!(stream.next().await, Some(Err("boom")));
        assert_eq!(stream.next().await, None);
        assert_eq!(stream.next().await, None);
        assert_eq!(sent.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn items_are_flattened_across_pages_skipping_empty_ones() {
        let (pages, _) = scripted(
            None,
            vec![
                Ok(page(&[1, 2], Some("a"))),
                Ok(page(&[], Some("b"))),
                Ok(page(&[3], None)),
            ],
        );
        let items = ItemStream::new(pages, |page: Page| page.items);
        assert_eq!(items.try_collect().await.unwrap(), [1, 2, 3]);
    }

    #[tokio::test]
    async fn items_end_with_the_error() {
        let (pages, _) = scripted(None, vec![Ok(page(&[1, 2], Some("a"))), Err("boom")]);
        let mut items = ItemStream::new(pages, |page: Page| page.items);
        assert_eq!(items.next().await, Some(Ok(1)));
        assert_eq!(items.next().await, Some(Ok(2)));
        assert_eq!(items.next().await, Some(Err("boom")));
        assert_eq!(items.next().await, None);
    }

    #[tokio::test]
    async fn map_tokens_work_like_strings() {
        let key = |k: &str| HashMap::from([("id".to_owned(), k.to_owned())]);
        let mut script = vec![
            (vec![1], Some(key("k1"))),
            (vec![2], Some(key("k1"))),
            (vec![3], None),
        ]
        .into_iter();
        let sent = Arc::new(Mutex::new(Vec::new()));
        let record = sent.clone();
        let stream = PageStream::new(
            None,
            move |token: Option<HashMap<String, String>>| {
                record.lock().unwrap().push(token);
                let reply: Result<_, ()> = Ok(script.next().unwrap());
                async move { reply }
            },
            |page: &(Vec<u32>, Option<HashMap<String, String>>)| page.1.clone(),
        );
        // The second page repeats the first one's key: it is the last.
        assert_eq!(stream.try_collect().await.unwrap().len(), 2);
        assert_eq!(*sent.lock().unwrap(), [None, Some(key("k1"))]);
    }

    #[test]
    fn the_streams_are_send() {
        fn send<T: Send>() {}
        send::<PageStream<Page, String>>();
        send::<ItemStream<u32, Page, String>>();
    }
}
