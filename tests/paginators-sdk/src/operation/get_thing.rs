// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Not paginated: no paginator, though the service has '@paginated' defaults.
//!
//! Sent as `GET /things/{name}`.
mod _get_thing_error;
mod _get_thing_fluent_builder;
mod _get_thing_input;
mod _get_thing_output;
pub use _get_thing_error::GetThingError;
pub use _get_thing_input::GetThingInput;
pub use _get_thing_output::GetThingOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_get_thing_fluent_builder::GetThingFluentBuilder;
    pub use super::_get_thing_input::GetThingInputBuilder;
    pub use super::_get_thing_output::GetThingOutputBuilder;
}
