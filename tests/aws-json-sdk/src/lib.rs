// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! A Rust SDK for Item Store.
//!
//! A small store of items, spoken in awsJson 1.1: every call is a 'POST /' naming its operation in
//! 'X-Amz-Target'.
//!
//! Generated from the service's Smithy model (API version `2026-12-01`). Call operations through
//! [`Client`], configured with [`Config`] (region, endpoint, retries, timeouts). Every
//! operation has a module in [`operation`] with its input, output and error types; shared
//! data types are in [`types`]; [`Error`] is any error of any operation. With the
//! `server` feature, the `server` module serves the same operations: implement its
//! `Handler` trait and its `Dispatcher` routes HTTP requests to it. With the `cli`
//! feature, the `cli` module has a command-line subcommand per operation.
//!
//! # Example
//!
//! ```
//! use aws_json_sdk::operation::get_item::GetItemInput;
//!
//! let input = GetItemInput::builder()
//!     .id("example")
//!     .build()?;
//! assert_eq!(input.id(), "example");
//!
//! // A missing required member is an error that names it, never a panic.
//! let error = GetItemInput::builder().build().unwrap_err();
//! assert!(error.to_string().contains("id"));
//! # Ok::<(), aws_json_sdk::error::BuildError>(())
//! ```
//!
//! # Compared with the official AWS SDK crate
//!
//! The public surface follows the official crate (module names `types`, `error`,
//! `operation::<op>`; builder setters, `set_*` and `get_*`; getters), so code moves
//! between them easily. Where this crate differs, it is on purpose:
//!
//! - Required members are plain fields, not `Option`s, and `build()` checks them:
//!   the error names every missing member, instead of the request failing later.
//! - An error's `Display` shows its code and the service's description rather than
//!   a bare "service error".
//! - Enum values the model does not list are kept in `Unknown` behind an opaque
//!   type that can be read (`as_str()`) but not built or matched by content.
//! - `Debug` of any `@sensitive` member prints `*** Sensitive Data Redacted ***`.
//! - With the `serde` feature, every type implements `serde::Serialize` and
//!   `serde::Deserialize`, so results such as registrations and tokens can be
//!   stored. The wire format does not use serde: see [`json`].
#![warn(missing_docs)]
#![forbid(unsafe_code)]
pub mod client;
pub mod config;
pub mod error;
pub mod operation;
pub mod primitives;
pub mod types;
#[cfg(feature = "server")]
pub mod server;
#[cfg(feature = "cli")]
pub mod cli;
pub use client::Client;
pub use config::Config;
pub use error::Error;
/// The protocol's JSON form of every type: [`json::to_string`] and
/// [`json::from_slice`] read and write exactly what goes over the wire.
pub use sdk_runtime::json;
