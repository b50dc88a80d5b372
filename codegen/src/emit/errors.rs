//! Errors: the impls of `@error` structures, one error enum per operation, and
//! the service-wide `Error` that every operation error converts into.
//!
//! `Display` shows the error code and the service's description (aws-sdk prints
//! a bare "service error"). The enums are transparent wrappers: they display
//! what they wrap and hand `source()` through, so error-chain printers do not
//! repeat the message.

use super::http::{read_body, read_headers, Fail};
use super::{doc_attrs, inner_doc_attrs, mentions, Context};
use crate::ir::{ErrorInfo, Operation, Structure, TypeDef};
use crate::model::ShapeId;
use crate::naming::{ident, snake};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `Display`, `std::error::Error` and `ProvideErrorMetadata` for an error structure.
pub(crate) fn structure_error_impls(s: &Structure, info: &ErrorInfo) -> TokenStream {
    let name = ident(&s.rust_name);
    let code = &info.code;
    // A message member that is itself sensitive must not reach `Display`.
    let message_member = info
        .message_field
        .as_ref()
        .and_then(|field| s.members.iter().find(|m| &m.field_name == field))
        .filter(|m| !s.sensitive && !m.sensitive);
    let (display_message, message) = match message_member {
        Some(member) => {
            let field = ident(&member.field_name);
            if member.optional {
                (
                    quote! {
                        if let Some(message) = &self.#field {
                            write!(f, ": {message}")?;
                        }
                    },
                    quote!(self.#field.as_deref()),
                )
            } else {
                (
                    quote!(write!(f, ": {}", self.#field)?;),
                    quote!(Some(&self.#field)),
                )
            }
        }
        None => (quote!(), quote!(None)),
    };
    let code_doc = format!(" The error code the service sends for this error: `{code}`.");
    quote! {
        impl #name {
            #[doc = #code_doc]
            pub const CODE: &'static str = #code;
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(Self::CODE)?;
                #display_message
                Ok(())
            }
        }

        impl std::error::Error for #name {}

        /// `error` with its code and (unless sensitive) message in its metadata.
        fn with_code_and_message(mut error: #name) -> #name {
            let mut meta = sdk_runtime::error::ErrorMetadata::new().with_code(#name::CODE);
            if let Some(message) = sdk_runtime::error::ProvideErrorMetadata::message(&error) {
                meta = meta.with_message(message);
            }
            error.meta = meta;
            error
        }

        impl sdk_runtime::error::ProvideErrorMetadata for #name {
            fn code(&self) -> Option<&str> {
                // The response's code when it gave another (awsQueryCompatible).
                self.meta.code().or(Some(Self::CODE))
            }

            fn message(&self) -> Option<&str> {
                #message
            }
        }
    }
}

/// The file holding an operation's error enum.
pub(crate) fn operation_error_file(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let name = format_ident!("{}Error", op.rust_name);
    let docs = format!(
        "Everything `{}` can fail with: the errors the model lists, or an unhandled one.",
        op.id.name()
    );
    let error_enum = error_enum(cx, &name, &docs, &op.errors);
    let dispatch = if op.errors.is_empty() {
        quote!(Self::Unhandled(sdk_runtime::client::unhandled(raw)))
    } else {
        // Errors with members bound to headers are read through their
        // builders; then every arm's failure is boxed, so the arms agree.
        let error_of = |id: &ShapeId| match cx.service.types.get(id) {
            Some(TypeDef::Structure(s)) => s.error.as_ref().map(|info| (s, info)),
            _ => None,
        };
        let any_bound = op
            .errors
            .iter()
            .any(|id| error_of(id).is_some_and(|(_, info)| info.plan.has_bindings()));
        let arms: Vec<TokenStream> = op.errors.iter().map(|id| {
            let variant = variant_ident(cx, id);
            let path = cx.type_path(id);
            let error = error_of(id);
            let code = error.map_or(id.name().to_owned(), |(_, info)| info.code.clone());
            // Members bound to headers are read from them, the rest from the body.
            let (read, closure) = match error {
                Some((s, info)) if info.plan.has_bindings() => {
                    let fail = Fail::Function(quote!(sdk_runtime::error::BoxError::from));
                    let body = read_body(cx, &info.plan, &s.members, &quote!(raw.body()), &fail);
                    let headers = read_headers(cx, &info.plan, &s.members, &quote!(raw.headers()), &fail);
                    let build = if s.has_required_members() {
                        quote!(builder.build().map_err(sdk_runtime::error::BoxError::from))
                    } else {
                        quote!(Ok(builder.build()))
                    };
                    let read = quote! {
                        (|| -> Result<#path, sdk_runtime::error::BoxError> {
                            let mut builder = #path::builder();
                            #body
                            #(#headers)*
                            #build
                        })()
                    };
                    (read, quote!(|mut error|))
                }
                _ if any_bound => (
                    quote!(json::from_slice(raw.body()).map_err(sdk_runtime::error::BoxError::from)),
                    quote!(|mut error: #path|),
                ),
                _ => (
                    quote!(json::from_slice(raw.body())),
                    quote!(|mut error: #path|),
                ),
            };
            quote! {
                Some(#code) => #read.map(#closure {
                    error.meta = sdk_runtime::client::add_response_metadata(std::mem::take(&mut error.meta), raw);
                    Self::#variant(error)
                }),
            }
        }).collect();
        quote! {
            let code = sdk_runtime::client::error_code(raw);
            let parsed = match code.as_deref() {
                #(#arms)*
                _ => return Self::Unhandled(sdk_runtime::client::unhandled(raw)),
            };
            // A body that does not read as the error it names is kept as the cause.
            parsed.unwrap_or_else(|error| Self::Unhandled(sdk_runtime::client::unhandled(raw).with_source(error)))
        }
    };
    let json_import = mentions(&dispatch, "json").then(|| {
        quote!(
            use sdk_runtime::json;
        )
    });
    quote! {
        use sdk_runtime::error::ProvideErrorMetadata;
        #json_import

        #error_enum

        impl #name {
            /// Reads an error response: the modeled error its code names, else `Unhandled`.
            pub(crate) fn from_response(raw: &sdk_runtime::client::RawResponse) -> Self {
                #dispatch
            }
        }

        impl sdk_runtime::client::CreateUnhandledError for #name {
            fn create_unhandled_error(unhandled: crate::error::Unhandled) -> Self {
                Self::Unhandled(unhandled)
            }
        }
    }
}

/// The service-wide `Error` in `src/error.rs`, with `From` for every operation error.
pub(crate) fn service_error_file(cx: &Context<'_>) -> TokenStream {
    let module_docs = inner_doc_attrs(
        "Errors: the service-wide [`Error`], and the error types every operation shares.",
    );
    let name = format_ident!("Error");
    let docs = "Any error of any operation of this service.\n\nEvery operation's error enum converts into it with `?` or `From`, so code that\ncalls several operations can return one error type.";
    let enum_tokens = error_enum(cx, &name, docs, &cx.service.errors);
    let conversions = cx.service.operations.iter().map(|op| {
        let module = ident(&op.module_name);
        let op_error = format_ident!("{}Error", op.rust_name);
        let arms = op.errors.iter().map(|id| {
            let variant = variant_ident(cx, id);
            quote!(#op_error::#variant(inner) => Self::#variant(inner),)
        });
        quote! {
            impl From<crate::operation::#module::#op_error> for Error {
                fn from(error: crate::operation::#module::#op_error) -> Self {
                    use crate::operation::#module::#op_error;
                    match error {
                        #(#arms)*
                        #op_error::Unhandled(inner) => Self::Unhandled(inner),
                    }
                }
            }
        }
    });
    quote! {
        #module_docs

        pub use sdk_runtime::client::{ConnectorError, RawResponse, ResponseBodyTooLarge, ResponseError, SdkError, ServiceError};
        pub use sdk_runtime::error::{BuildError, ErrorMetadata, ProvideErrorMetadata, Unhandled};
        pub use sdk_runtime::json::DeserializeError;

        #enum_tokens
        #(#conversions)*

        /// `?` from any operation's [`SdkError`]: a service error converts as its
        /// operation error does; a failure without one (the request not built or
        /// sent, a timeout, an unreadable response) becomes [`Error::Unhandled`],
        /// with the `SdkError` as its source and the response's status and request
        /// id when there was a response.
        impl<E> From<SdkError<E>> for Error
        where
            E: Into<Error>
                + sdk_runtime::client::CreateUnhandledError
                + std::error::Error
                + Send
                + Sync
                + 'static,
        {
            fn from(error: SdkError<E>) -> Self {
                error.into_service_error().into()
            }
        }
    }
}

pub(crate) fn variant_ident(cx: &Context<'_>, id: &ShapeId) -> proc_macro2::Ident {
    match cx.service.types.get(id) {
        Some(def) => ident(def.rust_name()),
        None => ident(&crate::naming::type_name(id.name())),
    }
}

/// An error enum over `errors` plus `Unhandled`.
fn error_enum(
    cx: &Context<'_>,
    name: &proc_macro2::Ident,
    docs: &str,
    errors: &[ShapeId],
) -> TokenStream {
    let docs = doc_attrs(Some(docs), "");
    let variants = errors.iter().map(|id| {
        let variant = variant_ident(cx, id);
        let path = cx.type_path(id);
        let docs = match cx.service.types.get(id) {
            Some(TypeDef::Structure(s)) => s.docs.clone(),
            _ => None,
        };
        let docs = doc_attrs(docs.as_deref(), &format!("The `{}` error.", id.name()));
        quote! { #docs #variant(#path), }
    });
    let checks = errors.iter().map(|id| {
        let variant = variant_ident(cx, id);
        let method = format_ident!("is_{}", snake(&variant.to_string()));
        let doc = format!(
            " Whether this is a [`{variant}`]({}).",
            cx.type_path(id).to_string().replace(' ', "")
        );
        quote! {
            #[doc = #doc]
            pub fn #method(&self) -> bool {
                matches!(self, Self::#variant(_))
            }
        }
    });
    let variant_idents: Vec<_> = errors.iter().map(|id| variant_ident(cx, id)).collect();
    quote! {
        #docs
        #[non_exhaustive]
        #[derive(Debug)]
        pub enum #name {
            #(#variants)*
            /// An error the model does not describe: an unknown error code, or a response
            /// that could not be read as the error it claimed to be.
            Unhandled(crate::error::Unhandled),
        }

        impl #name {
            #(#checks)*

            /// Whether this is an error the model does not describe.
            pub fn is_unhandled(&self) -> bool {
                matches!(self, Self::Unhandled(_))
            }
        }

        impl #name {
            /// The error this value wraps; every trait below delegates to it.
            fn inner(&self) -> &(dyn sdk_runtime::error::ServiceError + 'static) {
                match self {
                    #(Self::#variant_idents(inner) => inner,)*
                    Self::Unhandled(inner) => inner,
                }
            }
        }

        impl #name {
            /// The error's code and message, and the HTTP status and request id of the
            /// response it came in, as far as they are known.
            pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
                match self {
                    #(Self::#variant_idents(inner) => inner.meta(),)*
                    Self::Unhandled(inner) => inner.meta(),
                }
            }

            /// The id the service gave the request (its `x-amzn-requestid` response
            /// header), when the error came in a response that had one.
            pub fn request_id(&self) -> Option<&str> {
                self.meta().request_id()
            }
        }

        impl sdk_runtime::client::RequestId for #name {
            fn request_id(&self) -> Option<&str> {
                self.meta().request_id()
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(self.inner(), f)
            }
        }

        impl std::error::Error for #name {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                self.inner().source()
            }
        }

        impl ProvideErrorMetadata for #name {
            fn code(&self) -> Option<&str> {
                self.inner().code()
            }

            fn message(&self) -> Option<&str> {
                self.inner().message()
            }
        }
    }
}
