// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! One module per operation, with its input, output and error types.
/// The request id of outputs, errors and [`SdkError`](crate::error::SdkError)s,
/// as `aws-sdk`'s `operation::RequestId` (outputs and errors also have it as a method).
pub use sdk_runtime::client::RequestId;
/// Not paginated: no paginator, though the service has '@paginated' defaults.
pub mod get_thing;
/// Pages whose token and entries sit one structure down.
pub mod list_pages;
/// Tags as a map, a page of entries at a time.
pub mod list_tags;
/// Lists things a page at a time; tokens and page size come from the service's '@paginated'.
pub mod list_things;
/// Pages by the last key read, a map, as DynamoDB's 'Scan' does.
pub mod scan_items;
