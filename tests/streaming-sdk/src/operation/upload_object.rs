// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Stores the request body under 'key', read as it comes.
//!
//! Sent as `PUT /objects/{key}`.
mod _upload_object_error;
mod _upload_object_fluent_builder;
mod _upload_object_input;
mod _upload_object_output;
pub use _upload_object_error::UploadObjectError;
pub use _upload_object_input::UploadObjectInput;
pub use _upload_object_output::UploadObjectOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_upload_object_fluent_builder::UploadObjectFluentBuilder;
    pub use super::_upload_object_input::UploadObjectInputBuilder;
    pub use super::_upload_object_output::UploadObjectOutputBuilder;
}
