// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Primitive types used by the data types: timestamps, blobs, documents and big numbers.
pub use sdk_runtime::{
    BigDecimal, BigInteger, Blob, DateTime, Document, Number, TimestampFormat,
};
/// An enum value the model does not list, as received.
///
/// It can be read with [`as_str`](Self::as_str) but not constructed outside this
/// crate, so code cannot come to depend on a particular unknown value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownVariantValue(String);
impl UnknownVariantValue {
    pub(crate) fn new(value: &str) -> Self {
        Self(value.to_owned())
    }
    /// The value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
