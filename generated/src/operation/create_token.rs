// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Exchanges a grant (a device code, an authorization code or a refresh token) for an access token.
//! Call it without AWS credentials; the registered client authenticates with its own id and secret.
//!
//! Sent as `POST /token`.
mod _create_token_error;
mod _create_token_fluent_builder;
mod _create_token_input;
mod _create_token_output;
pub use _create_token_error::CreateTokenError;
pub use _create_token_input::CreateTokenInput;
pub use _create_token_output::CreateTokenOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_create_token_fluent_builder::CreateTokenFluentBuilder;
    pub use super::_create_token_input::CreateTokenInputBuilder;
    pub use super::_create_token_output::CreateTokenOutputBuilder;
}
