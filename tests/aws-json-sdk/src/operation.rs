// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! One module per operation, with its input, output and error types.
/// The request id of outputs, errors and [`SdkError`](crate::error::SdkError)s,
/// as `aws-sdk`'s `operation::RequestId` (outputs and errors also have it as a method).
pub use sdk_runtime::client::RequestId;
/// Reads an item.
pub mod get_item;
/// Stores an item, replacing the one with its id when 'expectedVersion' matches.
pub mod put_item;
