// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The errors the service models, one structure per error code.
mod _item_conflict;
mod _throttled;
pub use _item_conflict::ItemConflict;
pub use _throttled::Throttled;
/// Builders for the structures in this module.
pub mod builders {
    pub use super::_item_conflict::ItemConflictBuilder;
    pub use super::_throttled::ThrottledBuilder;
}
