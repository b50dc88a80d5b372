// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Reads an item.
//!
//! Sent as `POST /` with `X-Amz-Target: ItemStore.GetItem`.
mod _get_item_error;
mod _get_item_fluent_builder;
mod _get_item_input;
mod _get_item_output;
pub use _get_item_error::GetItemError;
pub use _get_item_input::GetItemInput;
pub use _get_item_output::GetItemOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_get_item_fluent_builder::GetItemFluentBuilder;
    pub use super::_get_item_input::GetItemInputBuilder;
    pub use super::_get_item_output::GetItemOutputBuilder;
}
