// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Lists things a page at a time; tokens and page size come from the service's '@paginated'.
//!
//! Sent as `GET /things`.
mod _list_things_error;
mod _list_things_fluent_builder;
mod _list_things_input;
mod _list_things_output;
pub use _list_things_error::ListThingsError;
pub use _list_things_input::ListThingsInput;
pub use _list_things_output::ListThingsOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_list_things_fluent_builder::ListThingsFluentBuilder;
    pub use super::_list_things_input::ListThingsInputBuilder;
    pub use super::_list_things_output::ListThingsOutputBuilder;
}
mod _list_things_paginator;
/// The paginator of this operation: see `into_paginator()` on its fluent builder.
pub mod paginator {
    pub use super::_list_things_paginator::ListThingsPaginator;
}
