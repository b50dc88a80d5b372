// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Describes a table.
//!
//! Sent as `GET /tables/{name}`.
mod _describe_table_error;
mod _describe_table_fluent_builder;
mod _describe_table_input;
mod _describe_table_output;
pub use _describe_table_error::DescribeTableError;
pub use _describe_table_input::DescribeTableInput;
pub use _describe_table_output::DescribeTableOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_describe_table_fluent_builder::DescribeTableFluentBuilder;
    pub use super::_describe_table_input::DescribeTableInputBuilder;
    pub use super::_describe_table_output::DescribeTableOutputBuilder;
}
mod _describe_table_waiters;
/// The waiters of this operation: see the `wait_until_` methods of [`Client`](crate::Client).
pub mod waiters {
    pub use super::_describe_table_waiters::{
        NameMatchesWaiter, NoReplicasWaiter, ReplicasReadyWaiter, TableExistsWaiter,
        TableNotExistsWaiter,
    };
}
