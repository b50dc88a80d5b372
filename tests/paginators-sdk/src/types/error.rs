// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The errors the service models, one structure per error code.
