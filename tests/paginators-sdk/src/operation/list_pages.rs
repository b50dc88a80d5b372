// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Pages whose token and entries sit one structure down.
//!
//! Sent as `POST /pages`.
mod _list_pages_error;
mod _list_pages_fluent_builder;
mod _list_pages_input;
mod _list_pages_output;
pub use _list_pages_error::ListPagesError;
pub use _list_pages_input::ListPagesInput;
pub use _list_pages_output::ListPagesOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_list_pages_fluent_builder::ListPagesFluentBuilder;
    pub use super::_list_pages_input::ListPagesInputBuilder;
    pub use super::_list_pages_output::ListPagesOutputBuilder;
}
mod _list_pages_paginator;
/// The paginator of this operation: see `into_paginator()` on its fluent builder.
pub mod paginator {
    pub use super::_list_pages_paginator::ListPagesPaginator;
}
