// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Streams 'length' bytes back as the response body.
//!
//! Sent as `GET /objects/{key}`.
mod _download_object_error;
mod _download_object_fluent_builder;
mod _download_object_input;
mod _download_object_output;
pub use _download_object_error::DownloadObjectError;
pub use _download_object_input::DownloadObjectInput;
pub use _download_object_output::DownloadObjectOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_download_object_fluent_builder::DownloadObjectFluentBuilder;
    pub use super::_download_object_input::DownloadObjectInputBuilder;
    pub use super::_download_object_output::DownloadObjectOutputBuilder;
}
