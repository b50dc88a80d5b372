// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(deprecated)]
impl crate::operation::list_pages::builders::ListPagesFluentBuilder {
    /// Sends `ListPages` once per page, following the pages' tokens: see [`ListPagesPaginator`].
    pub fn into_paginator(self) -> ListPagesPaginator {
        ListPagesPaginator {
            builder: self,
        }
    }
}
/// Sends `ListPages` once per page: the first request as built (with the `cursor` you set, if any, to resume), each later one with the `page.cursor` of the page before.
///
/// It stops after a page whose `page.cursor` is absent or empty, and also after a page that returns the token its request sent, which would otherwise repeat forever. An error ends the stream after being yielded.
///
/// [`items`](Self::items) flattens every page's `page.entries`.
#[derive(Clone, Debug)]
#[allow(deprecated)]
pub struct ListPagesPaginator {
    builder: crate::operation::list_pages::builders::ListPagesFluentBuilder,
}
#[allow(deprecated)]
impl ListPagesPaginator {
    /// Asks for at most `limit` results per page (the request's `limit`); the service may return fewer.
    pub fn page_size(mut self, limit: i64) -> Self {
        self.builder.inner.limit = Some(limit);
        self
    }
    /// Every page, in order, as a [`Stream`](sdk_runtime::paginate::Stream) (or
    /// with its inherent `next().await`). Nothing is sent until it is first polled.
    pub fn send(
        self,
    ) -> sdk_runtime::paginate::PageStream<
        crate::operation::list_pages::ListPagesOutput,
        sdk_runtime::client::SdkError<crate::operation::list_pages::ListPagesError>,
    > {
        let builder = self.builder;
        let first = builder.inner.cursor.clone();
        sdk_runtime::paginate::PageStream::new(
            first,
            move |token| {
                let mut request = builder.clone();
                request.inner.cursor = token;
                request.send()
            },
            |output: &crate::operation::list_pages::ListPagesOutput| {
                output.page.as_ref().and_then(|v| v.cursor.as_ref()).cloned()
            },
        )
    }
    /// Every item of every page's `page.entries`, in order, as a [`Stream`](sdk_runtime::paginate::Stream)
    /// (or with its inherent `next().await`); an error fetching a page is the last item.
    pub fn items(
        self,
    ) -> sdk_runtime::paginate::ItemStream<
        String,
        crate::operation::list_pages::ListPagesOutput,
        sdk_runtime::client::SdkError<crate::operation::list_pages::ListPagesError>,
    > {
        sdk_runtime::paginate::ItemStream::new(
            self.send(),
            |output: crate::operation::list_pages::ListPagesOutput| {
                output.page.and_then(|v| v.entries).unwrap_or_default()
            },
        )
    }
}
