// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Data types of the service: structures, unions and enums.
mod _replica;
mod _table;
mod _table_status;
pub use _replica::Replica;
pub use _table::Table;
pub use _table_status::TableStatus;
/// Builders for the structures in this module.
pub mod builders {
    pub use super::_replica::ReplicaBuilder;
    pub use super::_table::TableBuilder;
}
pub mod error;
