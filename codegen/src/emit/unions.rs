//! Tagged unions: a `#[non_exhaustive]` enum with one variant per member and an
//! `Unknown` variant for members this version does not know.

use super::structure::{json_value, member_call, JsonValue, REDACTED};
use super::{doc_attrs, Context};
use crate::ir::{TypeRef, Union};
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The whole file for one union.
pub(crate) fn file(cx: &Context<'_>, u: &Union) -> TokenStream {
    let name = ident(&u.rust_name);
    let docs = doc_attrs(u.docs.as_deref(), &format!("The `{}` union.", u.id.name()));
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let docs = doc_attrs(v.docs.as_deref(), &format!("The `{}` member.", v.name));
        match &v.target {
            None => quote! { #docs #variant, },
            Some(target) => {
                let ty = cx.rust_type(target);
                let ty = if v.boxed { quote!(Box<#ty>) } else { ty };
                quote! { #docs #variant(#ty), }
            }
        }
    });
    let helpers = u.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let is = format_ident!(
            "is_{}",
            v.method_stem
                .trim_start_matches("r#")
                .trim_start_matches('_')
        );
        let is_doc = format!(" Whether this is the `{}` member.", v.name);
        match &v.target {
            None => quote! {
                #[doc = #is_doc]
                pub fn #is(&self) -> bool {
                    matches!(self, Self::#variant)
                }
            },
            Some(target) => {
                let as_ = format_ident!(
                    "as_{}",
                    v.method_stem
                        .trim_start_matches("r#")
                        .trim_start_matches('_')
                );
                let ty = cx.rust_type(target);
                let as_doc = format!(
                    " The `{}` member's value, or `Err(self)` when another member is set.",
                    v.name
                );
                quote! {
                    #[doc = #as_doc]
                    pub fn #as_(&self) -> Result<&#ty, &Self> {
                        match self {
                            Self::#variant(value) => Ok(value),
                            _ => Err(self),
                        }
                    }

                    #[doc = #is_doc]
                    pub fn #is(&self) -> bool {
                        self.#as_().is_ok()
                    }
                }
            }
        }
    });
    // Variants hold the model's members as they are: a structure held inline
    // can dwarf a string or unit variant. Boxing it would change the API, so
    // such unions allow clippy's size lint, and only they.
    let inline_aggregate = u.variants.iter().any(|v| {
        !v.boxed
            && matches!(&v.target, Some(TypeRef::Named(id))
            if matches!(
                cx.service.types.get(id),
                Some(crate::ir::TypeDef::Structure(_) | crate::ir::TypeDef::Union(_))
            ))
    });
    // (Every union also has the unit `Unknown` variant.)
    let large_variants = inline_aggregate.then(|| quote!(#[allow(clippy::large_enum_variant)]));
    let sensitive = u.sensitive || u.variants.iter().any(|v| v.sensitive);
    let derive_debug = if sensitive { quote!() } else { quote!(Debug,) };
    let debug = sensitive.then(|| {
        let arms = u.variants.iter().map(|v| {
            let variant = ident(&v.variant_name);
            let label = &v.variant_name;
            match (&v.target, v.sensitive || u.sensitive) {
                (None, _) => quote!(Self::#variant => f.write_str(#label),),
                (Some(_), true) => {
                    quote!(Self::#variant(_) => f.debug_tuple(#label).field(&#REDACTED).finish(),)
                }
                (Some(_), false) => {
                    quote!(Self::#variant(value) => f.debug_tuple(#label).field(value).finish(),)
                }
            }
        });
        quote! {
            // Hand-written so that `@sensitive` members never reach logs.
            impl std::fmt::Debug for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    match self {
                        #(#arms)*
                        Self::Unknown => f.write_str("Unknown"),
                    }
                }
            }
        }
    });
    let write_arms = u.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let key = &v.json_name;
        match &v.target {
            None => {
                let write = member_call(key, &quote!(&json::EmptyObject));
                quote!(Self::#variant => #write,)
            }
            Some(target) => {
                let JsonValue { write, .. } = json_value(target, v.timestamp_format, key);
                quote!(Self::#variant(value) => #write,)
            }
        }
    });
    let read_arms = u.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let key = &v.json_name;
        match &v.target {
            // A unit member's value (`{}`) carries nothing.
            None => quote! {
                #key => {
                    reader.skip(&path)?;
                    Self::#variant
                }
            },
            Some(target) => {
                let JsonValue { read, .. } = json_value(target, v.timestamp_format, key);
                let read = if v.boxed {
                    quote!(Box::new(#read))
                } else {
                    read
                };
                quote!(#key => Self::#variant(#read),)
            }
        }
    });
    quote! {
        use sdk_runtime::json;

        #docs
        #large_variants
        #[non_exhaustive]
        #[derive(Clone, PartialEq, #derive_debug)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        pub enum #name {
            #(#variants)*
            /// A member this version of the crate does not know. It cannot be sent back:
            /// it serializes as an empty object.
            #[non_exhaustive]
            #[cfg_attr(feature = "serde", serde(skip))]
            Unknown,
        }

        impl #name {
            #(#helpers)*

            /// Whether the value holds a member this version does not know.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown)
            }
        }

        #debug

        impl json::SerializeJson for #name {
            fn write_json(&self, out: &mut String) {
                let mut object = json::ObjectWriter::new(out);
                match self {
                    #(#write_arms)*
                    Self::Unknown => {}
                }
                object.finish();
            }
        }

        impl json::DeserializeJson for #name {
            fn read_json(reader: &mut json::Reader<'_>, path: &json::JsonPath<'_>) -> Result<Self, json::DeserializeError> {
                let mut found = None;
                reader.begin_object(path)?;
                while let Some(key) = reader.next_key(path)? {
                    let path = path.key(&key);
                    // `null` members are unset, and `__type` is a type hint some services add.
                    if reader.read_null(&path)? {
                        continue;
                    }
                    let variant = match key.as_ref() {
                        "__type" => {
                            reader.skip(&path)?;
                            continue;
                        }
                        #(#read_arms)*
                        _ => {
                            reader.skip(&path)?;
                            Self::Unknown
                        }
                    };
                    if found.replace(variant).is_some() {
                        return Err(json::DeserializeError::new(&path, "a union sets exactly one member, but this one sets several"));
                    }
                }
                found.ok_or_else(|| json::DeserializeError::new(path, "a union sets exactly one member, but this one sets none"))
            }
        }
    }
}
