// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Primitive types used by the data types: timestamps, blobs, documents and big numbers.
pub use sdk_runtime::{
    BigDecimal, BigInteger, Blob, DateTime, Document, Number, TimestampFormat,
};
/// The body of a `@streaming` payload, read as it comes.
pub use sdk_runtime::{ByteStream, ByteStreamError};
