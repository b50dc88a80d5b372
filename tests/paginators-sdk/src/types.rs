// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Data types of the service: structures, unions and enums.
mod _page;
mod _thing;
pub use _page::Page;
pub use _thing::Thing;
/// Builders for the structures in this module.
pub mod builders {
    pub use super::_page::PageBuilder;
    pub use super::_thing::ThingBuilder;
}
pub mod error;
