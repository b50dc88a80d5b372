// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! Data types of the service: structures, unions and enums.
mod _access_denied_exception_reason;
mod _aws_additional_details;
mod _invalid_request_exception_reason;
pub use _access_denied_exception_reason::AccessDeniedExceptionReason;
pub use _aws_additional_details::AwsAdditionalDetails;
pub use _invalid_request_exception_reason::InvalidRequestExceptionReason;
/// Builders for the structures in this module.
pub mod builders {
    pub use super::_aws_additional_details::AwsAdditionalDetailsBuilder;
}
pub mod error;
