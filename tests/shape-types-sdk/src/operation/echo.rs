// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The Echo operation.
//!
//! Sent as `POST /echo`.
mod _echo_error;
mod _echo_fluent_builder;
mod _echo_input;
mod _echo_output;
pub use _echo_error::EchoError;
pub use _echo_input::EchoInput;
pub use _echo_output::EchoOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_echo_fluent_builder::EchoFluentBuilder;
    pub use super::_echo_input::EchoInputBuilder;
    pub use super::_echo_output::EchoOutputBuilder;
}
