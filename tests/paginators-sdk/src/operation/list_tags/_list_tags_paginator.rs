// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
#[allow(deprecated)]
impl crate::operation::list_tags::builders::ListTagsFluentBuilder {
    /// Sends `ListTags` once per page, following the pages' tokens: see [`ListTagsPaginator`].
    pub fn into_paginator(self) -> ListTagsPaginator {
        ListTagsPaginator { builder: self }
    }
}
/// Sends `ListTags` once per page: the first request as built (with the `nextToken` you set, if any, to resume), each later one with the `nextToken` of the page before.
///
/// It stops after a page whose `nextToken` is absent or empty, and also after a page that returns the token its request sent, which would otherwise repeat forever. An error ends the stream after being yielded.
///
/// [`items`](Self::items) flattens every page's `tags`.
#[derive(Clone, Debug)]
#[allow(deprecated)]
pub struct ListTagsPaginator {
    builder: crate::operation::list_tags::builders::ListTagsFluentBuilder,
}
#[allow(deprecated)]
impl ListTagsPaginator {
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
        crate::operation::list_tags::ListTagsOutput,
        sdk_runtime::client::SdkError<crate::operation::list_tags::ListTagsError>,
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
            |output: &crate::operation::list_tags::ListTagsOutput| {
                output.next_token.clone()
            },
        )
    }
    /// Every item of every page's `tags`, in order, as a [`Stream`](sdk_runtime::paginate::Stream)
    /// (or with its inherent `next().await`); an error fetching a page is the last item.
    pub fn items(
        self,
    ) -> sdk_runtime::paginate::ItemStream<
        (String, String),
        crate::operation::list_tags::ListTagsOutput,
        sdk_runtime::client::SdkError<crate::operation::list_tags::ListTagsError>,
    > {
        sdk_runtime::paginate::ItemStream::new(
            self.send(),
            |output: crate::operation::list_tags::ListTagsOutput| {
                output.tags.unwrap_or_default()
            },
        )
    }
}
