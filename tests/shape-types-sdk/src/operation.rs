// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! One module per operation, with its input, output and error types.
/// The Echo operation.
pub mod echo;
