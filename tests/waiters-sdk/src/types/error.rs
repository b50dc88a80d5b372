// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The errors the service models, one structure per error code.
mod _resource_not_found;
pub use _resource_not_found::ResourceNotFound;
/// Builders for the structures in this module.
pub mod builders {
    pub use super::_resource_not_found::ResourceNotFoundBuilder;
}
