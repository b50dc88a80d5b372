// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Tags as a map, a page of entries at a time.
//!
//! Sent as `GET /tags`.
mod _list_tags_error;
mod _list_tags_fluent_builder;
mod _list_tags_input;
mod _list_tags_output;
pub use _list_tags_error::ListTagsError;
pub use _list_tags_input::ListTagsInput;
pub use _list_tags_output::ListTagsOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_list_tags_fluent_builder::ListTagsFluentBuilder;
    pub use super::_list_tags_input::ListTagsInputBuilder;
    pub use super::_list_tags_output::ListTagsOutputBuilder;
}
mod _list_tags_paginator;
/// The paginator of this operation: see `into_paginator()` on its fluent builder.
pub mod paginator {
    pub use super::_list_tags_paginator::ListTagsPaginator;
}
