// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Registers a public client application and returns its client id and secret. Store the result and
//! reuse it until it expires rather than registering again for every sign-in.
//!
//! Sent as `POST /client/register`.
mod _register_client_error;
mod _register_client_fluent_builder;
mod _register_client_input;
mod _register_client_output;
pub use _register_client_error::RegisterClientError;
pub use _register_client_input::RegisterClientInput;
pub use _register_client_output::RegisterClientOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_register_client_fluent_builder::RegisterClientFluentBuilder;
    pub use super::_register_client_input::RegisterClientInputBuilder;
    pub use super::_register_client_output::RegisterClientOutputBuilder;
}
