// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Begins the device authorization grant: returns a device code for the client to poll with and a
//! user code, with the page where the user enters it to approve the sign-in.
//!
//! Sent as `POST /device_authorization`.
mod _start_device_authorization_error;
mod _start_device_authorization_fluent_builder;
mod _start_device_authorization_input;
mod _start_device_authorization_output;
pub use _start_device_authorization_error::StartDeviceAuthorizationError;
pub use _start_device_authorization_input::StartDeviceAuthorizationInput;
pub use _start_device_authorization_output::StartDeviceAuthorizationOutput;
/// Builders for this operation's input and output.
pub mod builders {
    pub use super::_start_device_authorization_fluent_builder::StartDeviceAuthorizationFluentBuilder;
    pub use super::_start_device_authorization_input::StartDeviceAuthorizationInputBuilder;
    pub use super::_start_device_authorization_output::StartDeviceAuthorizationOutputBuilder;
}
