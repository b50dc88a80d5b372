// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Data types of the service: structures, unions and enums.
mod _choice;
mod _color;
mod _echo_input_copy;
mod _nested;
pub use _choice::Choice;
pub use _color::Color;
pub use _echo_input_copy::EchoInputCopy;
pub use _nested::Nested;
/// Builders for the structures in this module.
pub mod builders {
    pub use super::_echo_input_copy::EchoInputCopyBuilder;
    pub use super::_nested::NestedBuilder;
}
pub mod error;
