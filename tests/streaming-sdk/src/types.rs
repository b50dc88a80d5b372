// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Data types of the service: structures, unions and enums.
pub mod error;
