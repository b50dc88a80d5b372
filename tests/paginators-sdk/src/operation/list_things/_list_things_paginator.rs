// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(deprecated)]
impl crate::operation::list_things::builders::ListThingsFluentBuilder {
    /// Sends `ListThings` once per page, following the pages' tokens: see [`ListThingsPaginator`].
    pub fn into_paginator(self) -> ListThingsPaginator {
        ListThingsPaginator {
            builder: self,
        }
    }
}
/// Sends `ListThings` once per page: the first request as built (with the `nextToken` you set, if any, to resume), each later one with the `nextToken` of the page before.
///
/// It stops after a page whose `nextToken` is absent or empty, and also after a page that returns the token its request sent, which would otherwise repeat forever. An error ends the stream after being yielded.
///
/// [`items`](Self::items) flattens every page's `things`.
#[derive(Clone, Debug)]
#[allow(deprecated)]
pub struct ListThingsPaginator {
    builder: crate::operation::list_things::builders::ListThingsFluentBuilder,
}
#[allow(deprecated)]
impl ListThingsPaginator {
    /// Asks for at most `limit` results per page (the request's `maxResults`); the service may return fewer.
    pub fn page_size(mut self, limit: i32) -> Self {
        self.builder.inner.max_results = Some(limit);
        self
    }
    /// Every page, in order, as a [`Stream`](sdk_runtime::paginate::Stream) (or
    /// with its inherent `next().await`). Nothing is sent until it is first polled.
    pub fn send(
        self,
    ) -> sdk_runtime::paginate::PageStream<
        crate::operation::list_things::ListThingsOutput,
        sdk_runtime::client::SdkError<crate::operation::list_things::ListThingsError>,
    > {
        let builder = self.builder;
        let first = builder.inner.next_token.clone();
        sdk_runtime::paginate::PageStream::new(
            first,
            move |token| {
                let mut request = builder.clone();
                request.inner.next_token = token;
                request.send()
            },
            |output: &crate::operation::list_things::ListThingsOutput| {
                output.next_token.clone()
            },
        )
    }
    /// Every item of every page's `things`, in order, as a [`Stream`](sdk_runtime::paginate::Stream)
    /// (or with its inherent `next().await`); an error fetching a page is the last item.
    pub fn items(
        self,
    ) -> sdk_runtime::paginate::ItemStream<
        crate::types::Thing,
        crate::operation::list_things::ListThingsOutput,
        sdk_runtime::client::SdkError<crate::operation::list_things::ListThingsError>,
    > {
        sdk_runtime::paginate::ItemStream::new(
            self.send(),
            |output: crate::operation::list_things::ListThingsOutput| {
                output.things.unwrap_or_default()
            },
        )
    }
}
