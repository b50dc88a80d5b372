//! Structures: the type, its getters, its builder, its redacting `Debug`, its
//! JSON (de)serialization, and for `@error` structures the error impls.

use super::{deprecated_attr, doc_attrs, errors, Context};
use crate::ir::{DefaultValue, Member, Structure, StructureRole, TimestampFormat, TypeRef};
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// What `Debug` prints in place of a `@sensitive` value.
pub(crate) const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// The whole file for one structure.
pub(crate) fn file(cx: &Context<'_>, s: &Structure) -> TokenStream {
    let definition = definition(cx, s);
    let getters = getters(cx, s);
    let builder = builder(cx, s);
    let debug = debug_impls(s);
    let json = json_impls(s);
    let error_impls = s
        .error
        .as_ref()
        .map(|info| errors::structure_error_impls(s, info));
    quote! {
        use sdk_runtime::json;

        #definition
        #getters
        #error_impls
        #builder
        #debug
        #json
    }
}

/// What a structure keeps from the response besides its members.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ResponseField {
    /// An operation output: `_request_id`, the response's request id.
    RequestId,
    /// An `@error` structure: `meta`, its code, message, status and request id.
    Meta,
}

fn response_field(s: &Structure) -> Option<ResponseField> {
    if s.error.is_some() {
        Some(ResponseField::Meta)
    } else if s.role == StructureRole::Output {
        Some(ResponseField::RequestId)
    } else {
        None
    }
}

fn field_type(cx: &Context<'_>, m: &Member) -> TokenStream {
    let inner = cx.rust_type(&m.target);
    let inner = if m.boxed { quote!(Box<#inner>) } else { inner };
    if m.optional {
        quote!(Option<#inner>)
    } else {
        inner
    }
}

fn member_docs(m: &Member) -> TokenStream {
    let fallback = format!("The `{}` member.", m.name);
    let mut text = m.docs.clone().unwrap_or(fallback);
    if m.field_name.trim_start_matches("r#") != crate::naming::snake(&m.name) {
        text.push_str(&format!(
            "\n\nCalled `{}` in the model; renamed so it does not clash with a method of this type.",
            m.name
        ));
    }
    if let TypeRef::Blob {
        streaming: true,
        requires_length,
    } = m.target
    {
        text.push_str(
            "\n\nThe model streams this blob: it is read as it comes, never held whole \
             (see [`ByteStream`](crate::primitives::ByteStream)). It is the message's body, \
             so it is not part of the JSON forms of this structure.",
        );
        if requires_length {
            text.push_str(
                " Its length must be known before it is sent (`@requiresLength`): bytes in \
                 memory, a file, or a sized stream.",
            );
        }
    }
    doc_attrs(Some(&text), "")
}

fn definition(cx: &Context<'_>, s: &Structure) -> TokenStream {
    let name = ident(&s.rust_name);
    let docs = doc_attrs(
        s.docs.as_deref(),
        &format!("The `{}` structure.", s.id.name()),
    );
    let deprecated = deprecated_attr(s.deprecated.as_deref());
    let derive_debug = derive_debug(s);
    let fields = s.members.iter().map(|m| {
        let field = ident(&m.field_name);
        let ty = field_type(cx, m);
        let docs = member_docs(m);
        // A stream is the message's body: serde, like the JSON forms, leaves it out.
        let skip = m
            .target
            .is_stream()
            .then(|| quote!(#[cfg_attr(feature = "serde", serde(skip))]));
        // Deprecation is marked on the accessors; on the field it would fire inside
        // this crate's own derives and serializers.
        quote! { #docs #skip pub #field: #ty, }
    });
    // Not members: never on the wire (the JSON writers list members only), not in the
    // builder, and skipped by serde.
    let response_field = match response_field(s) {
        Some(ResponseField::RequestId) => quote! {
            /// The request id from the response's `x-amzn-requestid` header, set by the
            /// client (see `request_id()`); `None` for a value built or deserialized here.
            #[cfg_attr(feature = "serde", serde(skip))]
            pub(crate) _request_id: Option<String>,
        },
        Some(ResponseField::Meta) => quote! {
            /// The error's code and message (set by the builder) and, when the client
            /// read it from a response, its status and request id (see `meta()`).
            /// Skipped by serde: a deserialized error has empty metadata.
            #[cfg_attr(feature = "serde", serde(skip))]
            pub(crate) meta: sdk_runtime::error::ErrorMetadata,
        },
        None => quote!(),
    };
    let derive_values = derive_values(s);
    quote! {
        #docs
        #deprecated
        #[non_exhaustive]
        #[derive(#derive_values #derive_debug)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        pub struct #name {
            #(#fields)*
            #response_field
        }
    }
}

/// `Clone, PartialEq,` for the derive list, unless a member is a stream, which
/// is read once and cannot be compared.
fn derive_values(s: &Structure) -> TokenStream {
    if s.members.iter().any(|m| m.target.is_stream()) {
        quote!()
    } else {
        quote!(Clone, PartialEq,)
    }
}

/// `Debug,` for the derive list, unless a sensitive member needs a hand-written impl.
fn derive_debug(s: &Structure) -> TokenStream {
    if needs_manual_debug(s) {
        quote!()
    } else {
        quote!(Debug,)
    }
}

fn needs_manual_debug(s: &Structure) -> bool {
    s.sensitive || s.members.iter().any(|m| m.sensitive)
}

/// Getter signatures follow aws-sdk: strings as `&str`, lists as slices, small
/// numbers by value, everything else by reference.
fn getters(cx: &Context<'_>, s: &Structure) -> TokenStream {
    let name = ident(&s.rust_name);
    let builder_name = format_ident!("{}Builder", s.rust_name);
    let getters = s.members.iter().map(|m| {
        let field = ident(&m.field_name);
        let docs = member_docs(m);
        let deprecated = deprecated_attr(m.deprecated.as_deref());
        let inner = cx.rust_type(&m.target);
        let (ty, body) = match (&m.target, m.optional) {
            (TypeRef::String, true) => (quote!(Option<&str>), quote!(self.#field.as_deref())),
            (TypeRef::String, false) => (quote!(&str), quote!(&self.#field)),
            (TypeRef::List { member, sparse }, optional) => {
                let element = cx.element_type(member, *sparse);
                let body = if optional {
                    quote!(self.#field.as_deref().unwrap_or_default())
                } else {
                    quote!(&self.#field)
                };
                (quote!(&[#element]), body)
            }
            (target, true) if target.is_copy() => (quote!(Option<#inner>), quote!(self.#field)),
            (target, false) if target.is_copy() => (inner, quote!(self.#field)),
            (_, true) if m.boxed => (quote!(Option<&#inner>), quote!(self.#field.as_deref())),
            (_, true) => (quote!(Option<&#inner>), quote!(self.#field.as_ref())),
            (_, false) => (quote!(&#inner), quote!(&self.#field)),
        };
        quote! {
            #docs
            #deprecated
            pub fn #field(&self) -> #ty {
                #body
            }
        }
    });
    let builder_doc = format!(" Starts building a [`{}`].", s.rust_name);
    let (response_getters, request_id) = match response_field(s) {
        Some(ResponseField::RequestId) => (
            quote! {
                /// The id the service gave the request (its `x-amzn-requestid` response
                /// header), when the client read this output from a response that had one.
                pub fn request_id(&self) -> Option<&str> {
                    self._request_id.as_deref()
                }
            },
            quote!(self._request_id.as_deref()),
        ),
        Some(ResponseField::Meta) => (
            quote! {
                /// The error's code and message and, when the client read it from a
                /// response, the HTTP status and request id.
                pub fn meta(&self) -> &sdk_runtime::error::ErrorMetadata {
                    &self.meta
                }

                /// The id the service gave the request (its `x-amzn-requestid` response
                /// header), when the client read this error from a response that had one.
                pub fn request_id(&self) -> Option<&str> {
                    self.meta.request_id()
                }
            },
            quote!(self.meta.request_id()),
        ),
        None => (quote!(), quote!()),
    };
    let request_id_impl = response_field(s).map(|_| {
        quote! {
            impl sdk_runtime::client::RequestId for #name {
                fn request_id(&self) -> Option<&str> {
                    #request_id
                }
            }
        }
    });
    quote! {
        impl #name {
            #(#getters)*
            #response_getters

            #[doc = #builder_doc]
            pub fn builder() -> #builder_name {
                #builder_name::default()
            }
        }

        #request_id_impl
    }
}

fn builder(cx: &Context<'_>, s: &Structure) -> TokenStream {
    let builder_name = format_ident!("{}Builder", s.rust_name);
    let doc = format!(" A builder for [`{}`].", s.rust_name);
    let derive_debug = derive_debug(s);
    let fields = s.members.iter().map(|m| {
        let field = ident(&m.field_name);
        let inner = cx.rust_type(&m.target);
        let inner = if m.boxed { quote!(Box<#inner>) } else { inner };
        quote!(pub(crate) #field: Option<#inner>,)
    });
    let methods = s.members.iter().map(|m| builder_methods(cx, m));
    let build = build_method(s);
    let derive = if s.members.iter().any(|m| m.target.is_stream()) {
        quote!(Default, #derive_debug)
    } else {
        quote!(Clone, Default, PartialEq, #derive_debug)
    };
    quote! {
        #[doc = #doc]
        #[derive(#derive)]
        pub struct #builder_name {
            #(#fields)*
        }

        impl #builder_name {
            #(#methods)*
            #build
        }
    }
}

/// How the setters named after member `m` store their input into `place`
/// (a builder, or the fluent builder's `self.inner`): shared so a fluent
/// builder sets fields as its input builder does, without moving the builder.
pub(crate) struct Setter {
    /// The main setter's parameters.
    pub params: TokenStream,
    /// The main setter's statement: append an item, insert an entry, or set.
    pub store: TokenStream,
    /// The `set_` setter's statement, which takes an `Option` named `input`.
    pub set: TokenStream,
}

pub(crate) fn setter(cx: &Context<'_>, m: &Member, place: &TokenStream) -> Setter {
    let field = ident(&m.field_name);
    let inner = cx.rust_type(&m.target);
    let wrap = |value: TokenStream| {
        if m.boxed {
            quote!(Box::new(#value))
        } else {
            value
        }
    };
    let (params, store) = match &m.target {
        TypeRef::List { member, sparse } => {
            let element = cx.element_type(member, *sparse);
            (
                quote!(input: impl Into<#element>),
                quote!(#place.#field.get_or_insert_with(Vec::new).push(input.into());),
            )
        }
        TypeRef::Map { value, sparse } => {
            let value = cx.element_type(value, *sparse);
            (
                quote!(key: impl Into<String>, value: impl Into<#value>),
                quote! {
                    #place.#field
                        .get_or_insert_with(std::collections::HashMap::new)
                        .insert(key.into(), value.into());
                },
            )
        }
        target if target.is_copy() => {
            let value = wrap(quote!(input));
            (quote!(input: #inner), quote!(#place.#field = Some(#value);))
        }
        _ => {
            let value = wrap(quote!(input.into()));
            (
                quote!(input: impl Into<#inner>),
                quote!(#place.#field = Some(#value);),
            )
        }
    };
    let set = if m.boxed {
        quote!(#place.#field = input.map(Box::new);)
    } else {
        quote!(#place.#field = input;)
    };
    Setter { params, store, set }
}

fn builder_methods(cx: &Context<'_>, m: &Member) -> TokenStream {
    let field = ident(&m.field_name);
    let plain = m.field_name.trim_start_matches("r#");
    // `_2fa` gets `set_2fa`, not `set__2fa`.
    let set = format_ident!("set_{}", plain.trim_start_matches('_'));
    let get = format_ident!("get_{}", plain.trim_start_matches('_'));
    let inner = cx.rust_type(&m.target);
    let docs = member_docs(m);
    let deprecated = deprecated_attr(m.deprecated.as_deref());
    let Setter {
        params,
        store,
        set: set_store,
    } = setter(cx, m, &quote!(self));
    let how = match &m.target {
        TypeRef::List { .. } => Some(format!(
            " Appends one item to `{plain}`; call it once per item."
        )),
        TypeRef::Map { .. } => Some(format!(
            " Inserts one entry into `{plain}`; call it once per entry."
        )),
        _ => None,
    }
    .map(|how| quote!(#[doc = #how] #[doc = ""]));
    let set_doc = format!(" Sets `{plain}`, or clears it with `None`; see [`Self::{plain}`].");
    let get_doc = format!(" The value set for `{plain}`, if any; see [`Self::{plain}`].");
    let get_type = if m.boxed {
        quote!(Option<Box<#inner>>)
    } else {
        quote!(Option<#inner>)
    };
    quote! {
        #how
        #docs
        #deprecated
        pub fn #field(mut self, #params) -> Self {
            #store
            self
        }

        #[doc = #set_doc]
        #deprecated
        pub fn #set(mut self, input: Option<#inner>) -> Self {
            #set_store
            self
        }

        #[doc = #get_doc]
        #deprecated
        pub fn #get(&self) -> &#get_type {
            &self.#field
        }
    }
}

fn build_method(s: &Structure) -> TokenStream {
    let name = ident(&s.rust_name);
    let type_name = &s.rust_name;
    let required: Vec<&Member> = s
        .members
        .iter()
        .filter(|m| !m.optional && m.default.is_none())
        .collect();
    if required.is_empty() {
        let doc = format!(
            " Builds the [`{}`]; every member is optional or has a default, so this cannot fail.",
            s.rust_name
        );
        let fields = s.members.iter().map(|m| {
            let field = ident(&m.field_name);
            match &m.default {
                Some(default) => {
                    let value = default_expr(m, default);
                    quote!(#field: #value,)
                }
                None => quote!(#field: self.#field,),
            }
        });
        let (response_init, finish) = response_init(s);
        let value = quote!(#name { #(#fields)* #response_init });
        let body = finish(value);
        return quote! {
            #[doc = #doc]
            pub fn build(self) -> #name {
                #body
            }
        };
    }
    let names: Vec<String> = required
        .iter()
        .map(|m| format!("`{}`", m.field_name.trim_start_matches("r#")))
        .collect();
    let doc = format!(
        " Builds the [`{}`], or returns a [`BuildError`](crate::error::BuildError) naming every required member that was not set ({}).",
        s.rust_name,
        names.join(", ")
    );
    let idents: Vec<_> = required.iter().map(|m| ident(&m.field_name)).collect();
    let member_names = required
        .iter()
        .map(|m| m.field_name.trim_start_matches("r#").to_owned());
    let (pattern, values) = if let [one] = idents.as_slice() {
        (quote!(Some(#one)), quote!(#one))
    } else {
        (quote!((#(Some(#idents)),*)), quote!((#(#idents),*)))
    };
    let checks = quote! {
        let mut missing = sdk_runtime::error::MissingMembers::new(#type_name);
        #(let #idents = missing.check(self.#idents, #member_names);)*
        let #pattern = #values else {
            return Err(missing.into_error());
        };
    };
    let fields = s.members.iter().map(|m| {
        let field = ident(&m.field_name);
        match (&m.default, m.optional) {
            (Some(default), _) => {
                let value = default_expr(m, default);
                quote!(#field: #value,)
            }
            (None, true) => quote!(#field: self.#field,),
            (None, false) => quote!(#field,),
        }
    });
    let (response_init, finish) = response_init(s);
    let value = finish(quote!(#name { #(#fields)* #response_init }));
    quote! {
        #[doc = #doc]
        pub fn build(self) -> Result<#name, sdk_runtime::error::BuildError> {
            #checks
            Ok(#value)
        }
    }
}

/// The initial value of the response field in `build()`, and what finishes the
/// struct expression built: an error's metadata gets its code and message.
fn response_init(s: &Structure) -> (TokenStream, fn(TokenStream) -> TokenStream) {
    match response_field(s) {
        Some(ResponseField::RequestId) => (quote!(_request_id: None,), |value| value),
        Some(ResponseField::Meta) => (
            quote!(meta: sdk_runtime::error::ErrorMetadata::new(),),
            |value| quote!(with_code_and_message(#value)),
        ),
        None => (quote!(), |value| value),
    }
}

fn default_expr(m: &Member, default: &DefaultValue) -> TokenStream {
    let field = ident(&m.field_name);
    let wrap = |value: TokenStream| {
        if m.boxed {
            quote!(Box::new(#value))
        } else {
            value
        }
    };
    match default {
        DefaultValue::ZeroValue => quote!(self.#field.unwrap_or_default()),
        DefaultValue::Bool(b) => quote!(self.#field.unwrap_or(#b)),
        DefaultValue::Integer(i) => {
            let literal = proc_macro2::Literal::i64_unsuffixed(*i);
            quote!(self.#field.unwrap_or(#literal))
        }
        DefaultValue::Float(f) => {
            let literal = proc_macro2::Literal::f64_unsuffixed(*f);
            quote!(self.#field.unwrap_or(#literal))
        }
        DefaultValue::String(text) => quote!(self.#field.unwrap_or_else(|| String::from(#text))),
        DefaultValue::Enum(value) => {
            let value = wrap(quote!(#value.into()));
            quote!(self.#field.unwrap_or_else(|| #value))
        }
        DefaultValue::Timestamp(secs) => {
            quote!(self.#field.unwrap_or(crate::primitives::DateTime::from_secs(#secs)))
        }
    }
}

fn debug_impls(s: &Structure) -> TokenStream {
    if !needs_manual_debug(s) {
        return quote!();
    }
    let builder_name = format_ident!("{}Builder", s.rust_name);
    let name = ident(&s.rust_name);
    let body = |type_name: &str| {
        let fields = s.members.iter().map(|m| {
            let field = ident(&m.field_name);
            let label = m.field_name.trim_start_matches("r#");
            if m.sensitive || s.sensitive {
                quote!(.field(#label, &#REDACTED))
            } else {
                quote!(.field(#label, &self.#field))
            }
        });
        quote!(f.debug_struct(#type_name) #(#fields)* .finish())
    };
    let response_field = match response_field(s) {
        Some(ResponseField::RequestId) => quote!(.field("_request_id", &self._request_id)),
        Some(ResponseField::Meta) => quote!(.field("meta", &self.meta)),
        None => quote!(),
    };
    let type_body = {
        let fields = s.members.iter().map(|m| {
            let field = ident(&m.field_name);
            let label = m.field_name.trim_start_matches("r#");
            if m.sensitive || s.sensitive {
                quote!(.field(#label, &#REDACTED))
            } else {
                quote!(.field(#label, &self.#field))
            }
        });
        let type_name = &s.rust_name;
        quote!(f.debug_struct(#type_name) #(#fields)* #response_field .finish())
    };
    let builder_body = body(&builder_name.to_string());
    quote! {
        // Hand-written so that `@sensitive` members never reach logs.
        impl std::fmt::Debug for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                #type_body
            }
        }

        impl std::fmt::Debug for #builder_name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                #builder_body
            }
        }
    }
}

/// The runtime's `TimestampFormat` for a member that is not epoch seconds.
fn explicit_format(format: Option<TimestampFormat>) -> Option<TokenStream> {
    match format? {
        TimestampFormat::EpochSeconds => None,
        TimestampFormat::DateTime => Some(quote!(sdk_runtime::TimestampFormat::DateTime)),
        TimestampFormat::HttpDate => Some(quote!(sdk_runtime::TimestampFormat::HttpDate)),
    }
}

/// How a member's value is written and read in JSON, shared with unions.
pub(crate) struct JsonValue {
    /// Writes `value` (a reference) under `key` into `object`.
    pub write: TokenStream,
    /// Reads the next value of `reader`, at `path`, into the member's (unboxed,
    /// non-optional) type.
    pub read: TokenStream,
}

pub(crate) fn json_value(
    target: &TypeRef,
    format: Option<TimestampFormat>,
    key: &str,
) -> JsonValue {
    match (target, explicit_format(format)) {
        (TypeRef::Timestamp, Some(format)) => {
            let method = if is_plain_json_key(key) {
                quote!(plain_timestamp_member)
            } else {
                quote!(timestamp_member)
            };
            JsonValue {
                write: quote!(object.#method(#key, value, #format)),
                read: quote!(json::read_timestamp(reader, &path, #format)?),
            }
        }
        _ => JsonValue {
            write: member_call(key, &quote!(value)),
            read: quote!(json::DeserializeJson::read_json(reader, &path)?),
        },
    }
}

/// Whether `key` goes into JSON text as it is, with no escaping: no `"`, `\`
/// or control character. Every name in the AWS models is, but `@jsonName` can
/// be any string.
fn is_plain_json_key(key: &str) -> bool {
    !key.chars().any(|c| c == '"' || c == '\\' || c < '\u{20}')
}

/// Writes `value` (a reference) under `key` into `object`: a plain key is
/// written as it is, any other through the escaping `member`.
pub(crate) fn member_call(key: &str, value: &TokenStream) -> TokenStream {
    if is_plain_json_key(key) {
        quote!(object.plain_member(#key, #value))
    } else {
        quote!(object.member(#key, #value))
    }
}

/// Writes `members` of `receiver` as a JSON object into `out` (a `&mut String`).
pub(crate) fn write_object(
    members: &[&Member],
    receiver: &TokenStream,
    out: &TokenStream,
) -> TokenStream {
    if members.is_empty() {
        return quote!(json::ObjectWriter::new(#out).finish(););
    }
    let writes = members.iter().map(|m| {
        let field = ident(&m.field_name);
        let JsonValue { write, .. } = json_value(&m.target, m.timestamp_format, &m.json_name);
        if m.optional {
            quote! {
                if let Some(value) = &#receiver.#field {
                    #write;
                }
            }
        } else {
            quote! {
                let value = &#receiver.#field;
                #write;
            }
        }
    });
    quote! {
        let mut object = json::ObjectWriter::new(#out);
        #(#writes)*
        object.finish();
    }
}

/// Reads the JSON object next in `reader` (at `path`) into the fields of
/// `builder`, one member of `members` per key; unknown keys are skipped.
pub(crate) fn read_object(members: &[&Member]) -> TokenStream {
    // One `(key, assignment)` per member. Fields rather than setters: a deprecated
    // member's setter would warn. `null` reads as absent; `build()` decides whether
    // absence is allowed.
    let reads: Vec<(&str, TokenStream)> = members
        .iter()
        .map(|m| {
            let field = ident(&m.field_name);
            let assign = match explicit_format(m.timestamp_format)
                .filter(|_| m.target == TypeRef::Timestamp)
            {
                Some(format) => {
                    let read = quote!(json::read_timestamp(reader, &path, #format)?);
                    let read = if m.boxed {
                        quote!(Box::new(#read))
                    } else {
                        read
                    };
                    quote! {
                        builder.#field = if reader.read_null(&path)? {
                            None
                        } else {
                            Some(#read)
                        }
                    }
                }
                None => quote!(builder.#field = json::DeserializeJson::read_json(reader, &path)?),
            };
            (m.json_name.as_str(), assign)
        })
        .collect();
    // Members this version does not know are skipped, as the protocol asks.
    let dispatch = if reads.is_empty() {
        quote!(reader.skip(&path)?)
    } else {
        let arms = reads.iter().map(|(key, assign)| quote!(#key => #assign,));
        quote! {
            match key.as_ref() {
                #(#arms)*
                _ => reader.skip(&path)?,
            }
        }
    };
    quote! {
        reader.begin_object(path)?;
        while let Some(key) = reader.next_key(path)? {
            let path = path.key(&key);
            #dispatch
        }
    }
}

fn json_impls(s: &Structure) -> TokenStream {
    let name = ident(&s.rust_name);
    let builder_name = format_ident!("{}Builder", s.rust_name);
    // A stream is the message's body, never a JSON member.
    let all: Vec<&Member> = s.members.iter().filter(|m| !m.target.is_stream()).collect();
    let write_body = write_object(&all, &quote!(self), &quote!(out));
    let build = if s.has_required_members() {
        quote!(builder
            .build()
            .map_err(|error| json::DeserializeError::build(path, error)))
    } else {
        quote!(Ok(builder.build()))
    };
    // The member loop lives on the builder so that readers which must look at
    // the members before building (the server's validation) share it.
    let (read_members, read) = if all.is_empty() {
        (quote!(), {
            // A required stream (the only member) makes even this build fallible.
            let build = if s.has_required_members() {
                quote! {
                    Self::builder()
                        .build()
                        .map_err(|error| json::DeserializeError::build(path, error))
                }
            } else {
                quote!(Ok(Self::builder().build()))
            };
            quote! {
                reader.begin_object(path)?;
                while let Some(key) = reader.next_key(path)? {
                    reader.skip(&path.key(&key))?;
                }
                #build
            }
        })
    } else {
        let read_loop = read_object(&all);
        (
            quote! {
                impl #builder_name {
                    /// Sets the members found in the JSON object next in `reader`
                    /// (at `path`); keys this version does not know are skipped.
                    pub(crate) fn read_json_members(
                        &mut self,
                        reader: &mut json::Reader<'_>,
                        path: &json::JsonPath<'_>,
                    ) -> Result<(), json::DeserializeError> {
                        let builder = self;
                        #read_loop
                        Ok(())
                    }
                }
            },
            quote! {
                let mut builder = Self::builder();
                builder.read_json_members(reader, path)?;
                #build
            },
        )
    };
    quote! {
        impl json::SerializeJson for #name {
            fn write_json(&self, out: &mut String) {
                #write_body
            }
        }

        #read_members

        impl json::DeserializeJson for #name {
            fn read_json(reader: &mut json::Reader<'_>, path: &json::JsonPath<'_>) -> Result<Self, json::DeserializeError> {
                #read
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{generate, GenerateOptions};

    /// The generated crate for a restJson1 service whose input has the given
    /// members (Smithy JSON AST), every file in one text.
    fn generated(members: &str, shapes: &str) -> String {
        let model = format!(
            r#"{{"smithy": "2.0", "shapes": {{
                "t#S": {{"type": "service", "version": "1", "operations": [{{"target": "t#Op"}}],
                         "traits": {{"aws.protocols#restJson1": {{}}}}}},
                "t#Op": {{"type": "operation", "input": {{"target": "t#In"}},
                          "traits": {{"smithy.api#http": {{"method": "POST", "uri": "/"}}}}}},
                "t#In": {{"type": "structure", "members": {{{members}}}}},
                {shapes}
            }}}}"#
        );
        let options = GenerateOptions {
            crate_name: "keys".to_owned(),
            model_label: "a test model".to_owned(),
            runtime_path: "../runtime".to_owned(),
            standalone: false,
            service: None,
            regenerate: "the test".to_owned(),
        };
        let generated = generate(&model, &options).unwrap_or_else(|e| panic!("{e}"));
        // Calls as one line each, however prettyplease wrapped them.
        let text: String = generated.files.values().cloned().collect();
        text.lines().map(str::trim_start).collect()
    }

    #[test]
    fn json_names_that_need_escaping_are_written_through_the_escaping_path() {
        let text = generated(
            r#""plain": {"target": "smithy.api#String"},
               "quoted": {"target": "smithy.api#String",
                          "traits": {"smithy.api#jsonName": "say \"hi\""}},
               "slashed": {"target": "smithy.api#Timestamp",
                           "traits": {"smithy.api#jsonName": "back\\slash",
                                      "smithy.api#timestampFormat": "date-time"}},
               "stamped": {"target": "smithy.api#Timestamp",
                           "traits": {"smithy.api#timestampFormat": "date-time"}},
               "choice": {"target": "t#Choice"}"#,
            r#""t#Choice": {"type": "union", "members": {
                   "tabbed": {"target": "smithy.api#Unit",
                              "traits": {"smithy.api#jsonName": "a\tb"}},
                   "unit": {"target": "smithy.api#Unit"}}}"#,
        );
        for expected in [
            r#"object.plain_member("plain", value)"#,
            r#"object.member("say \"hi\"", value)"#,
            r#"object.timestamp_member("back\\slash",value,"#,
            r#"object.plain_timestamp_member("stamped",value,"#,
            r#"object.plain_member("choice", value)"#,
            r#"object.member("a\tb", &json::EmptyObject)"#,
            r#"object.plain_member("unit", &json::EmptyObject)"#,
        ] {
            assert!(text.contains(expected), "no `{expected}` in:\n{text}");
        }
        for refused in [
            r#"plain_member("say"#,
            r#"plain_timestamp_member("back"#,
            r#"plain_member("a\tb""#,
        ] {
            assert!(!text.contains(refused), "`{refused}` in:\n{text}");
        }
    }
}
