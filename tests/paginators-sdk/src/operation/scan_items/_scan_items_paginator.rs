// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(deprecated)]
impl crate::operation::scan_items::builders::ScanItemsFluentBuilder {
    /// Sends `ScanItems` once per page, following the pages' tokens: see [`ScanItemsPaginator`].
    pub fn into_paginator(self) -> ScanItemsPaginator {
        ScanItemsPaginator {
            builder: self,
        }
    }
}
/// Sends `ScanItems` once per page: the first request as built (with the `startKey` you set, if any, to resume), each later one with the `lastKey` of the page before.
///
/// It stops after a page whose `lastKey` is absent or empty, and also after a page that returns the token its request sent, which would otherwise repeat forever. An error ends the stream after being yielded.
///
/// [`items`](Self::items) flattens every page's `items`.
#[derive(Clone, Debug)]
#[allow(deprecated)]
pub struct ScanItemsPaginator {
    builder: crate::operation::scan_items::builders::ScanItemsFluentBuilder,
}
#[allow(deprecated)]
impl ScanItemsPaginator {
    /// Asks for at most `limit` results per page (the request's `limit`); the service may return fewer.
    pub fn page_size(mut self, limit: i32) -> Self {
        self.builder.inner.limit = Some(limit);
        self
    }
    /// Every page, in order, as a [`Stream`](sdk_runtime::paginate::Stream) (or
    /// with its inherent `next().await`). Nothing is sent until it is first polled.
    pub fn send(
        self,
    ) -> sdk_runtime::paginate::PageStream<
        crate::operation::scan_items::ScanItemsOutput,
        sdk_runtime::client::SdkError<crate::operation::scan_items::ScanItemsError>,
    > {
        let builder = self.builder;
        let first = builder.inner.start_key.clone();
        sdk_runtime::paginate::PageStream::new(
            first,
            move |token| {
                let mut request = builder.clone();
                request.inner.start_key = token;
                request.send()
            },
            |output: &crate::operation::scan_items::ScanItemsOutput| {
                output.last_key.clone()
            },
        )
    }
    /// Every item of every page's `items`, in order, as a [`Stream`](sdk_runtime::paginate::Stream)
    /// (or with its inherent `next().await`); an error fetching a page is the last item.
    pub fn items(
        self,
    ) -> sdk_runtime::paginate::ItemStream<
        std::collections::HashMap<String, String>,
        crate::operation::scan_items::ScanItemsOutput,
        sdk_runtime::client::SdkError<crate::operation::scan_items::ScanItemsError>,
    > {
        sdk_runtime::paginate::ItemStream::new(
            self.send(),
            |output: crate::operation::scan_items::ScanItemsOutput| {
                output.items.unwrap_or_default()
            },
        )
    }
}
