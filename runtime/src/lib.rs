//! Hand-written support code shared by every SDK crate that `codegen` emits.
//!
//! Generated code stays declarative: structures, builders and short glue that
//! call into this crate for the parts that are the same for every service —
//! the protocol JSON reader and writer, Smithy's primitive types (timestamps,
//! blobs, documents, big numbers) and the error building blocks. Keeping them
//! here means they are written and tested once, as ordinary Rust.

#![warn(missing_docs)]
#![forbid(unsafe_code)]

mod big_number;
mod blob;
mod byte_stream;
#[cfg(feature = "cli")]
pub mod cli;
pub mod client;
mod date_time;
mod document;
pub mod endpoint;
pub mod error;
pub mod json;
pub mod paginate;
pub mod percent;
pub mod profile;
#[cfg(feature = "server")]
pub mod server;
pub mod waiters;

/// The `http` crate's types (methods, header names), for generated code.
pub use http;

pub use big_number::{BigDecimal, BigInteger, BigNumberError};
pub use blob::{Blob, BlobDecodeError};
pub use byte_stream::{ByteStream, ByteStreamError};
pub use date_time::{DateTime, DateTimeError, TimestampFormat};
pub use document::{Document, Number};
