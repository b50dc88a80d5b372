// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Pages by the last key read, a map, as DynamoDB's 'Scan' does.
//!
//! Sent as `POST /scan`.
mod _scan_items_error;
mod _scan_items_fluent_builder;
mod _scan_items_input;
mod _scan_items_output;
pub use _scan_items_error::ScanItemsError;
pub use _scan_items_input::ScanItemsInput;
pub use _scan_items_output::ScanItemsOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_scan_items_fluent_builder::ScanItemsFluentBuilder;
    pub use super::_scan_items_input::ScanItemsInputBuilder;
    pub use super::_scan_items_output::ScanItemsOutputBuilder;
}
mod _scan_items_paginator;
/// The paginator of this operation: see `into_paginator()` on its fluent builder.
pub mod paginator {
    pub use super::_scan_items_paginator::ScanItemsPaginator;
}
