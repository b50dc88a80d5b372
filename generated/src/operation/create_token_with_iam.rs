// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Exchanges a grant for an access token on behalf of an application that IAM Identity Center
//! manages. Unlike CreateToken, the request is signed with AWS credentials (SigV4). It also
//! supports the JWT bearer grant and token exchange.
//!
//! Sent as `POST /token?aws_iam=t`.
mod _create_token_with_iam_error;
mod _create_token_with_iam_fluent_builder;
mod _create_token_with_iam_input;
mod _create_token_with_iam_output;
pub use _create_token_with_iam_error::CreateTokenWithIamError;
pub use _create_token_with_iam_input::CreateTokenWithIamInput;
pub use _create_token_with_iam_output::CreateTokenWithIamOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_create_token_with_iam_fluent_builder::CreateTokenWithIamFluentBuilder;
    pub use super::_create_token_with_iam_input::CreateTokenWithIamInputBuilder;
    pub use super::_create_token_with_iam_output::CreateTokenWithIamOutputBuilder;
}
