// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Stores a body whose length must be declared up front.
//!
//! Sent as `PUT /sized/{key}`.
mod _upload_sized_error;
mod _upload_sized_fluent_builder;
mod _upload_sized_input;
mod _upload_sized_output;
pub use _upload_sized_error::UploadSizedError;
pub use _upload_sized_input::UploadSizedInput;
pub use _upload_sized_output::UploadSizedOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_upload_sized_fluent_builder::UploadSizedFluentBuilder;
    pub use super::_upload_sized_input::UploadSizedInputBuilder;
    pub use super::_upload_sized_output::UploadSizedOutputBuilder;
}
