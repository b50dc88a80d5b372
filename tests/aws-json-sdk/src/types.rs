// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Data types of the service: structures, unions and enums.
pub mod error;
