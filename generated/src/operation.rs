// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! One module per operation, with its input, output and error types.
/// The request id of outputs, errors and [`SdkError`](crate::error::SdkError)s,
/// as `aws-sdk`'s `operation::RequestId` (outputs and errors also have it as a method).
pub use sdk_runtime::client::RequestId;
/// Exchanges a grant (a device code, an authorization code or a refresh token) for an access token.
/// Call it without AWS credentials; the registered client authenticates with its own id and secret.
pub mod create_token;
/// Exchanges a grant for an access token on behalf of an application that IAM Identity Center
/// manages. Unlike CreateToken, the request is signed with AWS credentials (SigV4). It also
/// supports the JWT bearer grant and token exchange.
pub mod create_token_with_iam;
/// Registers a public client application and returns its client id and secret. Store the result and
/// reuse it until it expires rather than registering again for every sign-in.
pub mod register_client;
/// Begins the device authorization grant: returns a device code for the client to poll with and a
/// user code, with the page where the user enters it to approve the sign-in.
pub mod start_device_authorization;
