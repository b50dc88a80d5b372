// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Stores an item, replacing the one with its id when 'expectedVersion' matches.
//!
//! Sent as `POST /` with `X-Amz-Target: ItemStore.PutItem`.
mod _put_item_error;
mod _put_item_fluent_builder;
mod _put_item_input;
mod _put_item_output;
pub use _put_item_error::PutItemError;
pub use _put_item_input::PutItemInput;
pub use _put_item_output::PutItemOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_put_item_fluent_builder::PutItemFluentBuilder;
    pub use super::_put_item_input::PutItemInputBuilder;
    pub use super::_put_item_output::PutItemOutputBuilder;
}
