// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Primitive types used by the data types: timestamps, blobs, documents and big numbers.
pub use sdk_runtime::{
    BigDecimal, BigInteger, Blob, DateTime, Document, Number, TimestampFormat,
};
