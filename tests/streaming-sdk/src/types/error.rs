// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The errors the service models, one structure per error code.
