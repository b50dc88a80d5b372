//! String enums: a `#[non_exhaustive]` enum whose `Unknown` variant keeps values
//! the model did not list behind an opaque type.
//!
//! Users can read an unknown value (`as_str()`) but cannot construct one or
//! match on its content, so no code depends on a value that a later model turns
//! into a named variant (the hazard of rustls issue 2829).

use super::{deprecated_attr, doc_attrs};
use crate::ir::Enum;
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::quote;

/// The whole file for one enum.
pub(crate) fn file(e: &Enum) -> TokenStream {
    let name = ident(&e.rust_name);
    let docs = doc_attrs(e.docs.as_deref(), &format!("The `{}` enum.", e.id.name()));
    let variants = e.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let docs = doc_attrs(v.docs.as_deref(), &format!("The value `{}`.", v.value));
        let deprecated = deprecated_attr(v.deprecated.as_deref());
        quote! { #docs #deprecated #variant, }
    });
    let as_str_arms = e.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let value = &v.value;
        quote!(Self::#variant => #value,)
    });
    let from_arms = e.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let value = &v.value;
        quote!(#value => Self::#variant,)
    });
    let values = e.variants.iter().map(|v| &v.value);
    let derive_debug = if e.sensitive {
        quote!()
    } else {
        quote!(Debug,)
    };
    let debug = e.sensitive.then(|| {
        let redacted = super::structure::REDACTED;
        quote! {
            impl std::fmt::Debug for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(#redacted)
                }
            }
        }
    });
    let has_deprecated = e.variants.iter().any(|v| v.deprecated.is_some());
    // Matching on a deprecated variant inside its own impl is not a use to warn about.
    let allow_deprecated = has_deprecated.then(|| quote!(#[allow(deprecated)]));
    quote! {
        use sdk_runtime::json;

        #docs
        #[non_exhaustive]
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, #derive_debug)]
        #[cfg_attr(
            feature = "serde",
            derive(serde::Serialize, serde::Deserialize),
            serde(from = "String", into = "String")
        )]
        pub enum #name {
            #(#variants)*
            /// A value this version of the crate does not know.
            ///
            /// Read it with [`as_str`](Self::as_str). Do not match on its content: a later
            /// version may turn it into a named variant, and such a match would silently stop
            /// matching.
            Unknown(crate::primitives::UnknownVariantValue),
        }

        #allow_deprecated
        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str_arms)*
                    Self::Unknown(value) => value.as_str(),
                }
            }

            /// Every value the model lists, in model order.
            pub const fn values() -> &'static [&'static str] {
                &[#(#values),*]
            }
        }

        #allow_deprecated
        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_arms)*
                    other => Self::Unknown(crate::primitives::UnknownVariantValue::new(other)),
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                Self::from(value.as_str())
            }
        }

        impl From<#name> for String {
            fn from(value: #name) -> Self {
                value.as_str().to_owned()
            }
        }

        impl std::str::FromStr for #name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl AsRef<str> for #name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #debug

        impl json::SerializeJson for #name {
            fn write_json(&self, out: &mut String) {
                json::write_string(out, self.as_str());
            }
        }

        impl json::DeserializeJson for #name {
            fn read_json(reader: &mut json::Reader<'_>, path: &json::JsonPath<'_>) -> Result<Self, json::DeserializeError> {
                reader.read_str(path).map(|value| Self::from(value.as_ref()))
            }
        }
    }
}
