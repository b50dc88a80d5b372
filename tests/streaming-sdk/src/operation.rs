// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! One module per operation, with its input, output and error types.
/// The request id of outputs, errors and [`SdkError`](crate::error::SdkError)s,
/// as `aws-sdk`'s `operation::RequestId` (outputs and errors also have it as a method).
pub use sdk_runtime::client::RequestId;
/// Streams 'length' bytes back as the response body.
pub mod download_object;
/// Stores the request body under 'key', read as it comes.
pub mod upload_object;
/// Stores a body whose length must be declared up front.
pub mod upload_sized;
