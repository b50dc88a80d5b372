//! The client: `Client` with one method per operation, the configuration
//! re-exports, and per operation a fluent builder whose `send()` builds the
//! HTTP request from the `@http` bindings and reads the response.
//!
//! Protocol machinery (endpoints, retries, timeouts, error codes) lives in the
//! runtime; what is emitted here is the per-operation glue only.

use super::structure::{read_object, write_object};
use super::{doc_attrs, inner_doc_attrs, Context};
use crate::ir::{HttpBinding, Member, Operation, TimestampFormat, TypeRef, UriSegment};
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `src/client.rs`.
pub(crate) fn client_file(cx: &Context<'_>) -> TokenStream {
    let methods = cx.service.operations.iter().map(|op| {
        let method = ident(&op.module_name);
        let module = ident(&op.module_name);
        let fluent = format_ident!("{}FluentBuilder", op.rust_name);
        let docs = doc_attrs(op.docs.as_deref(), &format!("Calls `{}`.", op.id.name()));
        let how = format!(" Set the input with the builder's setters, then call [`send`](crate::operation::{}::builders::{fluent}::send).", op.module_name.trim_start_matches("r#"));
        quote! {
            #docs
            #[doc = ""]
            #[doc = #how]
            pub fn #method(&self) -> crate::operation::#module::builders::#fluent {
                crate::operation::#module::builders::#fluent::new(self.handle.clone())
            }
        }
    });
    let crate_name = cx.options.crate_name.replace('-', "_");
    let env_name = cx
        .service
        .sdk_id
        .clone()
        .unwrap_or_else(|| cx.service.id.name().to_owned())
        .to_ascii_uppercase()
        .replace([' ', '-'], "_");
    let module_example = cx.service.operations.first().map(|op| {
        let method = op.module_name.trim_start_matches("r#");
        format!(
            "\n\n```no_run\n# async fn example() {{\nlet config = {crate_name}::Config::builder().region(\"us-east-1\").build();\nlet client = {crate_name}::Client::from_conf(config);\nlet result = client.{method}().send().await;\n# let _ = result;\n# }}\n```"
        )
    });
    let docs = inner_doc_attrs(&format!(
        "The client: one method per operation.{}",
        module_example.unwrap_or_default()
    ));
    let client_docs = doc_attrs(
        Some(&format!(
            "A client for {}.\n\nCheap to clone: clones share the configuration, the resolved endpoint and the\nconnection pool.{}",
            cx.service.title,
            runnable_example(cx, &crate_name).unwrap_or_default()
        )),
        "",
    );
    let signing_name = match &cx.service.sigv4_name {
        Some(name) => quote!(Some(#name)),
        None => quote!(None),
    };
    // Errors the model marks `@retryable`, by the code the wire carries.
    let retryable_errors: Vec<&str> = cx
        .service
        .errors
        .iter()
        .filter_map(|id| match cx.service.types.get(id) {
            Some(crate::ir::TypeDef::Structure(s)) => s.error.as_ref(),
            _ => None,
        })
        .filter(|error| error.retryable)
        .map(|error| error.code.as_str())
        .collect();
    let endpoint_tests = (!endpoint_test_cases(cx).is_empty()).then(|| {
        quote! {
            #[cfg(test)]
            mod endpoint_tests;
        }
    });
    quote! {
        #docs

        #endpoint_tests

        /// What the runtime needs to know about this service.
        static SERVICE: sdk_runtime::client::ServiceInfo = sdk_runtime::client::ServiceInfo {
            crate_name: env!("CARGO_PKG_NAME"),
            crate_version: env!("CARGO_PKG_VERSION"),
            endpoint_rules: include_str!("endpoint_rules.json"),
            env_name: #env_name,
            signing_name: #signing_name,
            retryable_errors: &[#(#retryable_errors),*],
        };

        #client_docs
        #[derive(Clone, Debug)]
        pub struct Client {
            handle: sdk_runtime::client::Handle,
        }

        impl Client {
            /// A client with `config`. Never fails: a configuration that resolves no
            /// endpoint (no region, say) makes each call fail with a clear error instead.
            pub fn from_conf(config: crate::Config) -> Self {
                Self { handle: sdk_runtime::client::Handle::new(config, &SERVICE) }
            }

            /// The configuration the client was made with.
            pub fn config(&self) -> &crate::Config {
                self.handle.config()
            }

            /// The endpoint URL requests go to, as the configuration and the
            /// service's endpoint rules resolve it, or why there is none.
            pub fn endpoint_url(&self) -> Result<&str, sdk_runtime::endpoint::ResolveError> {
                self.handle
                    .endpoint()
                    .map(|endpoint| endpoint.url.as_str())
                    .map_err(Clone::clone)
            }

            #(#methods)*
        }
    }
}

/// A doctest for `Client` that runs anywhere: a call to the first operation
/// whose required members are all strings, against an endpoint where nothing
/// listens, and how to tell a refusal by the service from a call that got no
/// answer.
fn runnable_example(cx: &Context<'_>, crate_name: &str) -> Option<String> {
    let op = cx.service.operations.iter().find(|op| {
        op.input
            .members
            .iter()
            .filter(|m| !m.optional && m.default.is_none())
            .all(|m| m.target == TypeRef::String)
    })?;
    let method = &op.module_name;
    let setters: String = op
        .input
        .members
        .iter()
        .filter(|m| !m.optional && m.default.is_none())
        .map(|m| format!("    .{}(\"example\")\n", m.field_name))
        .collect();
    Some(format!(
        "\n\n```\n\
         # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {{\n\
         use {crate_name}::config::RetryConfig;\n\
         use {crate_name}::{{Client, Config}};\n\n\
         // Against AWS: `Config::builder().region(\"us-east-1\").build()`, or `Config::from_env()`.\n\
         // Here nothing listens at the endpoint, so the example runs anywhere; without\n\
         // retries it fails at once.\n\
         let config = Config::builder()\n    .region(\"us-east-1\")\n    .endpoint_url(\"http://127.0.0.1:1\")\n    .retry_config(RetryConfig::disabled())\n    .build();\n\
         let client = Client::from_conf(config);\n\
         let result = client\n    .{method}()\n{setters}    .send()\n    .await;\n\
         match &result {{\n\
         \x20   Ok(output) => println!(\"{{output:?}}\"),\n\
         \x20   Err(error) => match error.as_service_error() {{\n\
         \x20       Some(refused) => println!(\"the service refused: {{refused}}\"),\n\
         \x20       None => println!(\"the request got no answer: {{error}}\"),\n\
         \x20   }},\n\
         }}\n\
         assert!(result.is_err_and(|error| error.as_service_error().is_none()));\n\
         # }});\n\
         ```"
    ))
}

/// `src/config.rs`.
pub(crate) fn config_file() -> TokenStream {
    quote! {
        //! Client configuration: region, endpoint, retries, timeouts, HTTP client.

        pub use sdk_runtime::client::{Config, ConfigBuilder, Credentials, RetryConfig, TimeoutConfig};
        pub use sdk_runtime::client::{HttpClient, HttpFuture, HyperClient, ResponseBody};
        pub use sdk_runtime::client::DEFAULT_MAX_RESPONSE_BODY;

        /// A scripted mock HTTP client that never reaches the network, for tests.
        #[cfg(feature = "test-util")]
        pub use sdk_runtime::client::test_util;
    }
}

/// The endpoint rule set as JSON, or one that only honours an explicit endpoint
/// when the model has none.
pub(crate) fn endpoint_rules_json(cx: &Context<'_>) -> String {
    let rules = cx.service.endpoint_rule_set.clone().unwrap_or_else(|| {
        serde_json::json!({
            "version": "1.0",
            "parameters": {"Endpoint": {"builtIn": "SDK::Endpoint", "required": false, "type": "String"}},
            "rules": [
                {"type": "endpoint", "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
                 "endpoint": {"url": {"ref": "Endpoint"}, "properties": {}, "headers": {}}},
                {"type": "error", "conditions": [],
                 "error": "this service's model has no endpoint rules: set an endpoint_url"}
            ]
        })
    });
    let mut text = serde_json::to_string_pretty(&rules).unwrap_or_default();
    text.push('\n');
    text
}

/// The fluent builder file of one operation.
pub(crate) fn fluent_file(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let fluent = format_ident!("{}FluentBuilder", op.rust_name);
    let input = ident(&op.input.rust_name);
    let input_builder = format_ident!("{}Builder", op.input.rust_name);
    let output = ident(&op.output.rust_name);
    let error = format_ident!("{}Error", op.rust_name);
    let module = ident(&op.module_name);
    let setters = op.input.members.iter().map(|m| fluent_setters(cx, m));
    let send = send_method(cx, op);
    // The protocol's JSON module, only where the request or response has JSON to write or read.
    let json_import = send.to_string().contains("json ::").then(|| {
        quote!(
            use sdk_runtime::json;
        )
    });
    let doc = format!(
        " Builds and sends a `{}` request; see [`Client::{}`](crate::Client::{}).",
        op.id.name(),
        op.module_name.trim_start_matches("r#"),
        op.module_name.trim_start_matches("r#")
    );
    quote! {
        use sdk_runtime::client::SdkError;
        #json_import
        use crate::operation::#module::{#error, #input, #output};
        use crate::operation::#module::builders::#input_builder;

        #[doc = #doc]
        #[derive(Clone, Debug)]
        pub struct #fluent {
            handle: sdk_runtime::client::Handle,
            // The command line (`cli`) fills the input's fields directly: the setters
            // of deprecated members would warn.
            pub(crate) inner: #input_builder,
        }

        impl #fluent {
            pub(crate) fn new(handle: sdk_runtime::client::Handle) -> Self {
                Self { handle, inner: #input::builder() }
            }

            /// The input built so far.
            pub fn as_input(&self) -> &#input_builder {
                &self.inner
            }

            #send

            #(#setters)*
        }
    }
}

pub(crate) fn fluent_setters(cx: &Context<'_>, m: &Member) -> TokenStream {
    let field = ident(&m.field_name);
    let plain = m
        .field_name
        .trim_start_matches("r#")
        .trim_start_matches('_');
    let set = format_ident!("set_{}", plain);
    let get = format_ident!("get_{}", plain);
    let inner = cx.rust_type(&m.target);
    let docs = doc_attrs(m.docs.as_deref(), &format!("The `{}` member.", m.name));
    let deprecated = super::deprecated_attr(m.deprecated.as_deref());
    // A deprecated member's fluent setter is itself deprecated; delegating to the
    // builder's deprecated setter is not a new use to warn about.
    let deprecated = if m.deprecated.is_some() {
        quote!(#deprecated #[allow(deprecated)])
    } else {
        deprecated
    };
    let main = match &m.target {
        TypeRef::List { member, sparse } => {
            let element = cx.element_type(member, *sparse);
            quote! {
                #docs
                #deprecated
                pub fn #field(mut self, input: impl Into<#element>) -> Self {
                    self.inner = self.inner.#field(input);
                    self
                }
            }
        }
        TypeRef::Map { value, sparse } => {
            let value = cx.element_type(value, *sparse);
            quote! {
                #docs
                #deprecated
                pub fn #field(mut self, key: impl Into<String>, value: impl Into<#value>) -> Self {
                    self.inner = self.inner.#field(key, value);
                    self
                }
            }
        }
        target if target.is_copy() => quote! {
            #docs
            #deprecated
            pub fn #field(mut self, input: #inner) -> Self {
                self.inner = self.inner.#field(input);
                self
            }
        },
        _ => quote! {
            #docs
            #deprecated
            pub fn #field(mut self, input: impl Into<#inner>) -> Self {
                self.inner = self.inner.#field(input);
                self
            }
        },
    };
    let set_doc = format!(" Sets `{plain}`, or clears it with `None`.");
    let get_doc = format!(" The value set for `{plain}`, if any.");
    let get_type = if m.boxed {
        quote!(Option<Box<#inner>>)
    } else {
        quote!(Option<#inner>)
    };
    quote! {
        #main

        #[doc = #set_doc]
        #deprecated
        pub fn #set(mut self, input: Option<#inner>) -> Self {
            self.inner = self.inner.#set(input);
            self
        }

        #[doc = #get_doc]
        #deprecated
        pub fn #get(&self) -> &#get_type {
            self.inner.#get()
        }
    }
}

/// Text of a simple value for a label, query or header; `None` for types
/// those locations cannot carry (the member is then not sent).
fn to_text(
    cx: &Context<'_>,
    target: &TypeRef,
    value: TokenStream,
    format: TimestampFormat,
) -> Option<TokenStream> {
    Some(match target {
        TypeRef::String => quote!(#value.to_string()),
        TypeRef::Named(id) if cx.is_enum(id) => quote!(#value.as_str().to_owned()),
        TypeRef::Float | TypeRef::Double => quote!(sdk_runtime::client::float_text(#value)),
        numeric if numeric.is_copy() => quote!(#value.to_string()),
        TypeRef::BigInteger | TypeRef::BigDecimal => quote!(#value.to_string()),
        TypeRef::Timestamp => {
            let format = runtime_format(format);
            quote!(#value.fmt(#format).map_err(SdkError::construction_failure)?)
        }
        TypeRef::Blob { .. } => quote!(#value.to_base64()),
        _ => return None,
    })
}

/// Like [`to_text`], as a `&str` expression: strings and enums lend their
/// own text instead of copying it.
fn text_ref(
    cx: &Context<'_>,
    target: &TypeRef,
    value: TokenStream,
    format: TimestampFormat,
) -> Option<TokenStream> {
    match target {
        TypeRef::String => Some(quote!(#value.as_str())),
        TypeRef::Named(id) if cx.is_enum(id) => Some(quote!(#value.as_str())),
        _ => to_text(cx, target, value, format).map(|text| quote!(&#text)),
    }
}

/// Appends literal text to the `String` named `target`, as clippy would have it.
fn push_to(target: TokenStream, literal: &str) -> TokenStream {
    let mut chars = literal.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => quote!(#target.push(#c);),
        _ => quote!(#target.push_str(#literal);),
    }
}

fn runtime_format(format: TimestampFormat) -> TokenStream {
    match format {
        TimestampFormat::EpochSeconds => quote!(sdk_runtime::TimestampFormat::EpochSeconds),
        TimestampFormat::DateTime => quote!(sdk_runtime::TimestampFormat::DateTime),
        TimestampFormat::HttpDate => quote!(sdk_runtime::TimestampFormat::HttpDate),
    }
}

/// Reads header text `text` into `target`; `None` for types a header cannot carry.
fn from_text(
    cx: &Context<'_>,
    target: &TypeRef,
    text: TokenStream,
    format: TimestampFormat,
) -> Option<TokenStream> {
    let parse_error = quote!(|error| SdkError::ResponseError(
        sdk_runtime::client::ResponseError::new(format!("bad header value: {error}"), raw.clone())
    ));
    Some(match target {
        TypeRef::String => quote!(#text.to_owned()),
        TypeRef::Named(id) if cx.is_enum(id) => {
            let path = cx.type_path(id);
            quote!(#path::from(#text))
        }
        TypeRef::Float | TypeRef::Double => {
            quote!(sdk_runtime::client::parse_float(#text).map_err(#parse_error)?)
        }
        TypeRef::Boolean => quote!(#text.trim().parse().map_err(#parse_error)?),
        numeric if numeric.is_copy() => quote!(#text.trim().parse().map_err(#parse_error)?),
        TypeRef::Timestamp => {
            let format = runtime_format(format);
            quote!(crate::primitives::DateTime::parse(#text, #format).map_err(#parse_error)?)
        }
        _ => return None,
    })
}

fn send_method(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let output = ident(&op.output.rust_name);
    let error = format_ident!("{}Error", op.rust_name);
    let name = op.id.name();
    let http = op.http.as_ref();
    let method = format_ident!(
        "{}",
        http.map_or("POST".to_owned(), |h| h.method.to_ascii_uppercase())
    );
    let idempotent = op.idempotent;
    // `@auth([])` (with `@optionalAuth`) opts an operation out of the service's SigV4.
    let signed = cx.service.sigv4_name.is_some()
        && op
            .auth
            .as_ref()
            .is_none_or(|schemes| schemes.iter().any(|s| s == "aws.auth#sigv4"));
    let members = &op.input.members;
    let binding = |m: &&Member, want: fn(&HttpBinding) -> bool| want(&m.http);

    // Path: literal segments and percent-encoded labels; then the literal query.
    let mut path_steps = Vec::new();
    let mut literal = String::new();
    for segment in http.map(|h| h.path.as_slice()).unwrap_or_default() {
        literal.push('/');
        match segment {
            UriSegment::Literal(text) => literal.push_str(text),
            UriSegment::Label(label) | UriSegment::GreedyLabel(label) => {
                let greedy = matches!(segment, UriSegment::GreedyLabel(_));
                let member = members
                    .iter()
                    .find(|m| &m.name == label && m.http == HttpBinding::Label);
                let text = member.and_then(|m| {
                    let field = ident(&m.field_name);
                    let value = if m.optional {
                        quote!(input.#field.clone().unwrap_or_default())
                    } else {
                        quote!(input.#field)
                    };
                    text_ref(
                        cx,
                        &m.target,
                        value,
                        m.timestamp_format.unwrap_or(TimestampFormat::DateTime),
                    )
                });
                if let Some(text) = text {
                    path_steps.push(push_to(quote!(path_and_query), &literal));
                    path_steps.push(quote!(path_and_query.push_str(&sdk_runtime::client::encode_label(#text, #greedy));));
                    literal.clear();
                }
            }
        }
    }
    if literal.is_empty() && path_steps.is_empty() {
        literal.push('/');
    }
    let query: Vec<String> = http
        .map(|h| {
            h.query_literals
                .iter()
                .map(|(k, v)| match v {
                    Some(v) => format!("{k}={v}"),
                    None => k.clone(),
                })
                .collect()
        })
        .unwrap_or_default();
    if !query.is_empty() {
        literal.push('?');
        literal.push_str(&query.join("&"));
    }
    let path_init = if path_steps.is_empty() {
        quote!(let path_and_query = String::from(#literal);)
    } else {
        let tail = (!literal.is_empty()).then(|| push_to(quote!(path_and_query), &literal));
        quote! {
            let mut path_and_query = String::new();
            #(#path_steps)*
            #tail
        }
    };

    // Query parameters and headers bound to members.
    let mut extra = Vec::new();
    let header_name = |name: &str| {
        let lower = name.to_ascii_lowercase();
        quote!(sdk_runtime::http::HeaderName::from_bytes(#lower.as_bytes()).map_err(SdkError::construction_failure)?)
    };
    for m in members.iter() {
        let field = ident(&m.field_name);
        let (key, is_query) = match &m.http {
            HttpBinding::Query(key) => (key, true),
            HttpBinding::Header(key) => (key, false),
            _ => continue,
        };
        let format = m.timestamp_format.unwrap_or(if is_query {
            TimestampFormat::DateTime
        } else {
            TimestampFormat::HttpDate
        });
        let (item_target, is_list) = match &m.target {
            TypeRef::List { member, .. } => (member.as_ref(), true),
            other => (other, false),
        };
        let Some(text) = to_text(cx, item_target, quote!(item), format) else {
            continue;
        };
        // A header carries a `@mediaType` string base64-encoded.
        let media_type = !is_query && m.media_type.is_some() && item_target == &TypeRef::String;
        let text = if media_type {
            quote!(sdk_runtime::client::media_type_header(item))
        } else {
            text
        };
        // The same text, borrowed where the value has it (strings, enums).
        let text_ref = if media_type {
            quote!(&#text)
        } else {
            text_ref(cx, item_target, quote!(item), format).unwrap_or_else(|| quote!(&#text))
        };
        let access = if m.optional {
            quote!(input.#field.as_ref())
        } else {
            quote!(Some(&input.#field))
        };
        let each = match (is_query, is_list) {
            (true, true) => quote! {
                for item in value {
                    sdk_runtime::client::push_query(&mut path_and_query, #key, #text_ref);
                }
            },
            (true, false) => quote! {
                let item = value;
                sdk_runtime::client::push_query(&mut path_and_query, #key, #text_ref);
            },
            // A list travels in one header, its items joined (RFC 7230); HTTP
            // dates unquoted, as their own comma is part of the format.
            (false, true) => {
                let name = header_name(key);
                let quote_items =
                    !(item_target == &TypeRef::Timestamp && format == TimestampFormat::HttpDate);
                quote! {
                    let mut items = Vec::with_capacity(value.len());
                    for item in value {
                        items.push(#text);
                    }
                    let joined = sdk_runtime::client::header_list(items, #quote_items);
                    headers.push((
                        #name,
                        sdk_runtime::http::HeaderValue::from_str(&joined).map_err(SdkError::construction_failure)?,
                    ));
                }
            }
            (false, false) => {
                let name = header_name(key);
                quote! {
                    let item = value;
                    headers.push((
                        #name,
                        sdk_runtime::http::HeaderValue::from_str(#text_ref).map_err(SdkError::construction_failure)?,
                    ));
                }
            }
        };
        extra.push(quote! {
            if let Some(value) = #access {
                #each
            }
        });
    }
    // Maps spread over the query string (`@httpQueryParams`) or over prefixed
    // headers (`@httpPrefixHeaders`). A key an `@httpQuery` member sets wins.
    let explicit_query: Vec<TokenStream> = members
        .iter()
        .filter_map(|m| match &m.http {
            HttpBinding::Query(key) => {
                let field = ident(&m.field_name);
                let set = if m.optional {
                    quote!(input.#field.is_some())
                } else {
                    quote!(true)
                };
                Some(quote!((#key, #set)))
            }
            _ => None,
        })
        .collect();
    for m in members.iter() {
        let field = ident(&m.field_name);
        let TypeRef::Map {
            value: value_target,
            ..
        } = &m.target
        else {
            continue;
        };
        let (item_target, is_list) = match value_target.as_ref() {
            TypeRef::List { member, .. } => (member.as_ref(), true),
            other => (other, false),
        };
        let access = if m.optional {
            quote!(input.#field.as_ref())
        } else {
            quote!(Some(&input.#field))
        };
        match &m.http {
            HttpBinding::QueryParams => {
                let Some(text) = text_ref(cx, item_target, quote!(item), TimestampFormat::DateTime)
                else {
                    continue;
                };
                let push =
                    quote!(sdk_runtime::client::push_query(&mut path_and_query, key, #text););
                let each = if is_list {
                    quote!(for item in value { #push })
                } else {
                    quote!(let item = value; #push)
                };
                extra.push(quote! {
                    if let Some(params) = #access {
                        let explicit: &[(&str, bool)] = &[#(#explicit_query),*];
                        let mut keys: Vec<&String> = params.keys().collect();
                        keys.sort();
                        for key in keys {
                            if explicit.iter().any(|(name, set)| *set && name == key) {
                                continue;
                            }
                            let value = &params[key];
                            #each
                        }
                    }
                });
            }
            HttpBinding::PrefixHeaders(prefix) => {
                let Some(text) = text_ref(cx, item_target, quote!(item), TimestampFormat::HttpDate)
                else {
                    continue;
                };
                extra.push(quote! {
                    if let Some(map) = #access {
                        for (suffix, item) in map {
                            let name = format!("{}{}", #prefix, suffix).to_ascii_lowercase();
                            headers.push((
                                sdk_runtime::http::HeaderName::from_bytes(name.as_bytes()).map_err(SdkError::construction_failure)?,
                                sdk_runtime::http::HeaderValue::from_str(#text).map_err(SdkError::construction_failure)?,
                            ));
                        }
                    }
                });
            }
            _ => {}
        }
    }
    let has_query = members
        .iter()
        .any(|m| matches!(m.http, HttpBinding::Query(_) | HttpBinding::QueryParams));
    let path_init = if has_query && path_steps.is_empty() {
        quote!(let mut path_and_query = String::from(#literal);)
    } else {
        path_init
    };
    let has_headers = members.iter().any(|m| {
        matches!(
            m.http,
            HttpBinding::Header(_) | HttpBinding::PrefixHeaders(_)
        )
    });
    let headers_init = if has_headers
        || op.checksum_required
        || op.request_compression.iter().any(|e| e == "gzip")
    {
        quote!(let mut headers = Vec::new();)
    } else {
        quote!(let headers = Vec::new();)
    };

    // Body: the payload member, or a JSON object of the body members.
    let payload = members.iter().find(|m| m.http == HttpBinding::Payload);
    let body_members: Vec<&Member> = members
        .iter()
        .filter(|m| binding(m, |b| *b == HttpBinding::Body))
        .collect();
    let (body, content_type) = match payload {
        Some(m) => {
            let field = ident(&m.field_name);
            // The bytes of a payload value `v` (a reference), and what an unset one sends.
            let (bytes, unset, content_type): (fn(TokenStream) -> TokenStream, TokenStream, &str) =
                match &m.target {
                    TypeRef::Blob { .. } => (
                        |v| quote!(#v.as_ref().to_vec()),
                        quote!(Vec::new()),
                        "application/octet-stream",
                    ),
                    TypeRef::String => (
                        |v| quote!(#v.as_bytes().to_vec()),
                        quote!(Vec::new()),
                        "text/plain",
                    ),
                    // An enum payload is its value as text, not a JSON string.
                    TypeRef::Named(id) if cx.is_enum(id) => (
                        |v| quote!(#v.as_str().as_bytes().to_vec()),
                        quote!(Vec::new()),
                        "text/plain",
                    ),
                    // An unset structure payload is still a JSON object: `{}`.
                    TypeRef::Named(id)
                        if matches!(
                            cx.service.types.get(id),
                            Some(crate::ir::TypeDef::Structure(_))
                        ) =>
                    {
                        (
                            |v| quote!(json::to_vec(#v)),
                            quote!(b"{}".to_vec()),
                            "application/json",
                        )
                    }
                    _ => (
                        |v| quote!(json::to_vec(#v)),
                        quote!(Vec::new()),
                        "application/json",
                    ),
                };
            let body = if m.optional {
                let write = bytes(quote!(value));
                quote!(match &input.#field {
                    Some(value) => #write,
                    None => #unset,
                })
            } else if content_type == "application/json" {
                bytes(quote!(&input.#field))
            } else {
                bytes(quote!(input.#field))
            };
            (body, content_type)
        }
        None if body_members.is_empty() => (quote!(Vec::new()), "application/json"),
        None => {
            let write = write_object(&body_members, &quote!(input), &quote!(&mut json_body));
            (
                quote! {{
                    let mut json_body = String::with_capacity(256);
                    #write
                    json_body.into_bytes()
                }},
                "application/json",
            )
        }
    };
    // `@idempotencyToken` members the caller left unset get a fresh token.
    let tokens: Vec<TokenStream> = members
        .iter()
        .filter(|m| m.idempotency_token && m.target == TypeRef::String)
        .map(|m| {
            let field = ident(&m.field_name);
            quote! {
                if inner.#field.is_none() {
                    inner.#field = Some(self.handle.config().idempotency_token());
                }
            }
        })
        .collect();
    let inner = if tokens.is_empty() {
        quote!(self.inner)
    } else {
        quote!(inner)
    };
    let fill_tokens = (!tokens.is_empty()).then(|| {
        quote! {
            let mut inner = self.inner;
            #(#tokens)*
        }
    });
    let build_input = match (members.is_empty(), op.input.has_required_members()) {
        (true, _) => quote!(),
        (false, false) => quote!(#fill_tokens let input = #inner.build();),
        (false, true) => {
            quote!(#fill_tokens let input = #inner.build().map_err(SdkError::construction_failure)?;)
        }
    };
    // `@endpoint(hostPrefix)`, its `{Label}`s filled from `@hostLabel` members.
    let host_prefix = match &op.host_prefix {
        None => quote!(None),
        Some(template) => {
            let mut pieces = Vec::new();
            let mut rest = template.as_str();
            while let Some(open) = rest.find('{') {
                let literal = &rest[..open];
                if !literal.is_empty() {
                    pieces.push(push_to(quote!(prefix), literal));
                }
                let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
                let label = &rest[open + 1..close.min(rest.len())];
                if let Some(m) = members.iter().find(|m| m.name == label) {
                    let field = ident(&m.field_name);
                    let value = if m.optional {
                        quote!(input.#field.as_deref().unwrap_or_default())
                    } else {
                        quote!(input.#field.as_str())
                    };
                    pieces.push(quote! {
                        prefix.push_str(
                            sdk_runtime::client::host_label(#value, #label)
                                .map_err(SdkError::construction_failure)?,
                        );
                    });
                }
                rest = &rest[(close + 1).min(rest.len())..];
            }
            if !rest.is_empty() {
                pieces.push(push_to(quote!(prefix), rest));
            }
            quote! {{
                let mut prefix = String::new();
                #(#pieces)*
                Some(prefix)
            }}
        }
    };

    // `@requestCompression`: gzip once the body reaches the configured size,
    // before any checksum (which covers the bytes sent).
    let compress = op.request_compression.iter().any(|e| e == "gzip").then(|| {
        quote! {
            let config = self.handle.config();
            let body = if config.request_compression_enabled()
                && body.len() as u64 >= config.request_min_compression_size_bytes()
            {
                sdk_runtime::client::append_gzip_encoding(&mut headers);
                sdk_runtime::client::gzip(&body).map_err(SdkError::construction_failure)?
            } else {
                body
            };
        }
    });
    let checksum = op.checksum_required.then(|| {
        quote! {
            headers.push((
                sdk_runtime::http::HeaderName::from_static("content-md5"),
                sdk_runtime::http::HeaderValue::from_str(&sdk_runtime::client::content_md5(&body))
                    .map_err(SdkError::construction_failure)?,
            ));
        }
    });
    let read_output = read_output(cx, op);
    let send_doc = format!(" Sends the `{name}` request and reads its response.");
    quote! {
        #[doc = #send_doc]
        pub async fn send(self) -> Result<#output, SdkError<#error>> {
            #build_input
            #path_init
            #headers_init
            #(#extra)*
            let body: Vec<u8> = #body;
            #compress
            #checksum
            let request = sdk_runtime::client::OperationRequest {
                operation: #name,
                method: sdk_runtime::http::Method::#method,
                path_and_query,
                headers,
                body: body.into(),
                content_type: #content_type,
                idempotent: #idempotent,
                signed: #signed,
                host_prefix: #host_prefix,
            };
            let raw = self.handle.invoke(request).await?;
            if !(200..300).contains(&raw.status()) {
                let error = #error::from_response(&raw);
                return Err(SdkError::ServiceError(sdk_runtime::client::ServiceError::new(error, raw)));
            }
            #read_output
        }
    }
}

/// Reads the output from `raw`: the JSON body, then the members bound to
/// headers, the status code or the payload.
fn read_output(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let output = ident(&op.output.rust_name);
    let members = &op.output.members;
    let all_body = members.iter().all(|m| m.http == HttpBinding::Body);
    if all_body {
        // An empty body is fine only when there is nothing it could have held.
        let read = if members.is_empty() {
            quote!(json::from_slice)
        } else {
            quote!(json::from_body)
        };
        return quote! {
            match #read::<#output>(raw.body()) {
                Ok(mut output) => {
                    output._request_id = raw.request_id().map(str::to_owned);
                    Ok(output)
                }
                Err(error) => Err(SdkError::ResponseError(sdk_runtime::client::ResponseError::new(error, raw))),
            }
        };
    }
    let unreadable = quote!(|error| SdkError::ResponseError(
        sdk_runtime::client::ResponseError::new(error, raw.clone())
    ));
    let payload = members.iter().find(|m| m.http == HttpBinding::Payload);
    let body_members: Vec<&Member> = members
        .iter()
        .filter(|m| m.http == HttpBinding::Body)
        .collect();
    let read_body = match payload {
        Some(m) => {
            let field = ident(&m.field_name);
            // An empty body is an unset payload (except for text, where it is "").
            let value = match &m.target {
                TypeRef::Blob { .. } => quote! {
                    (!raw.body().is_empty()).then(|| crate::primitives::Blob::new(raw.body().to_vec()))
                },
                TypeRef::String => quote!(Some(String::from_utf8_lossy(raw.body()).into_owned())),
                TypeRef::Named(id) if cx.is_enum(id) => {
                    let path = cx.type_path(id);
                    quote! {
                        (!raw.body().is_empty()).then(|| #path::from(String::from_utf8_lossy(raw.body()).as_ref()))
                    }
                }
                _ => quote! {
                    if raw.body().is_empty() {
                        None
                    } else {
                        json::from_slice(raw.body()).map(Some).map_err(#unreadable)?
                    }
                },
            };
            let value = if m.boxed {
                quote!(#value.map(Box::new))
            } else {
                value
            };
            quote!(builder.#field = #value;)
        }
        None if body_members.is_empty() => quote!(),
        None => {
            let read = read_object(&body_members);
            quote! {
                json::read_document(raw.body(), |reader, path| {
                    #read
                    Ok(())
                })
                .map_err(#unreadable)?;
            }
        }
    };
    let build = if op.output.has_required_members() {
        quote!(builder.build().map_err(#unreadable)?)
    } else {
        quote!(builder.build())
    };
    let mut bound = Vec::new();
    for m in members.iter() {
        let field = ident(&m.field_name);
        let boxed = |value: TokenStream| {
            if m.boxed {
                quote!(Box::new(#value))
            } else {
                value
            }
        };
        match &m.http {
            HttpBinding::Header(name) => {
                let format = m.timestamp_format.unwrap_or(TimestampFormat::HttpDate);
                let (item_target, is_list) = match &m.target {
                    TypeRef::List { member, .. } => (member.as_ref(), true),
                    other => (other, false),
                };
                let Some(value) = from_text(cx, item_target, quote!(text), format) else {
                    continue;
                };
                let value = if m.media_type.is_some() && item_target == &TypeRef::String {
                    quote! {
                        sdk_runtime::client::read_media_type_header(text).map_err(|error| SdkError::ResponseError(
                            sdk_runtime::client::ResponseError::new(format!("bad header value: {error}"), raw.clone())
                        ))?
                    }
                } else {
                    value
                };
                let read = if is_list {
                    let split = if item_target == &TypeRef::Timestamp
                        && format == TimestampFormat::HttpDate
                    {
                        quote!(sdk_runtime::client::split_http_dates(&joined))
                    } else {
                        quote!(sdk_runtime::client::split_header_list(&joined))
                    };
                    let list = boxed(quote!(items));
                    quote! {
                        let mut items = Vec::new();
                        for item in #split {
                            let text = item.as_str();
                            items.push(#value);
                        }
                        builder.#field = Some(#list);
                    }
                } else {
                    let value = boxed(value);
                    quote! {
                        let text = joined.as_str();
                        builder.#field = Some(#value);
                    }
                };
                bound.push(quote! {
                    if let Some(joined) = sdk_runtime::client::header_values(raw.headers(), #name) {
                        #read
                    }
                });
            }
            HttpBinding::PrefixHeaders(prefix) => {
                let TypeRef::Map {
                    value: value_target,
                    ..
                } = &m.target
                else {
                    continue;
                };
                let Some(value) =
                    from_text(cx, value_target, quote!(text), TimestampFormat::HttpDate)
                else {
                    continue;
                };
                let map = boxed(quote!(map));
                bound.push(quote! {
                    let prefixed = sdk_runtime::client::prefixed_headers(raw.headers(), #prefix);
                    if !prefixed.is_empty() {
                        let mut map = std::collections::HashMap::new();
                        for (key, text) in &prefixed {
                            let text = text.as_str();
                            map.insert(key.clone(), #value);
                        }
                        builder.#field = Some(#map);
                    }
                });
            }
            HttpBinding::ResponseCode => {
                bound.push(quote!(builder.#field = Some(i32::from(raw.status()));))
            }
            _ => {}
        }
    }
    let builder_binding = if read_body.is_empty() && bound.is_empty() {
        quote!(let builder = #output::builder();)
    } else {
        quote!(let mut builder = #output::builder();)
    };
    quote! {
        #builder_binding
        #read_body
        #(#bound)*
        let mut output = #build;
        output._request_id = raw.request_id().map(str::to_owned);
        Ok(output)
    }
}

/// The model's endpoint test cases this client can express: those whose
/// parameters are all client configuration (Region, UseFIPS, UseDualStack, Endpoint).
fn endpoint_test_cases(cx: &Context<'_>) -> Vec<serde_json::Value> {
    let cases = cx
        .service
        .endpoint_tests
        .as_ref()
        .and_then(|t| t["testCases"].as_array())
        .cloned()
        .unwrap_or_default();
    cases
        .into_iter()
        .filter(|case| {
            let params = case["params"].as_object();
            let expressible = params.is_none_or(|p| {
                p.iter().all(|(name, value)| match name.as_str() {
                    "Region" | "Endpoint" => value.is_string(),
                    "UseFIPS" | "UseDualStack" => value.is_boolean(),
                    _ => false,
                })
            });
            let expect = &case["expect"];
            expressible && (expect["endpoint"]["url"].is_string() || expect["error"].is_string())
        })
        .collect()
}

/// `src/client/endpoint_tests.rs`: the model's endpoint tests, run through the client.
pub(crate) fn endpoint_tests_file(cx: &Context<'_>) -> Option<TokenStream> {
    let cases = endpoint_test_cases(cx);
    if cases.is_empty() {
        return None;
    }
    let names = crate::naming::unique(cases.iter().map(|case| {
        let doc = case["documentation"].as_str().unwrap_or("case");
        let name: String = crate::naming::snake(doc).chars().take(80).collect();
        name.trim_start_matches('_').to_owned()
    }));
    let tests = cases.iter().zip(names).map(|(case, name)| {
        let name = format_ident!(
            "{}",
            if name.is_empty() {
                "case".to_owned()
            } else {
                name
            }
        );
        let params = &case["params"];
        let mut setters = Vec::new();
        if let Some(region) = params["Region"].as_str() {
            setters.push(quote!(.region(#region)));
        }
        if let Some(fips) = params["UseFIPS"].as_bool() {
            setters.push(quote!(.use_fips(#fips)));
        }
        if let Some(dual) = params["UseDualStack"].as_bool() {
            setters.push(quote!(.use_dual_stack(#dual)));
        }
        if let Some(url) = params["Endpoint"].as_str() {
            setters.push(quote!(.endpoint_url(#url)));
        }
        let expected = match (
            case["expect"]["endpoint"]["url"].as_str(),
            case["expect"]["error"].as_str(),
        ) {
            (Some(url), _) => quote!(Ok(String::from(#url))),
            (None, Some(error)) => quote!(Err(String::from(#error))),
            (None, None) => quote!(Err(String::new())),
        };
        let doc = case["documentation"].as_str().unwrap_or_default();
        let doc = format!(" {doc}");
        quote! {
            #[doc = #doc]
            #[test]
            fn #name() {
                assert_eq!(resolve(Config::builder() #(#setters)* .build()), #expected);
            }
        }
    });
    Some(quote! {
        //! The model's `smithy.rules#endpointTests`, run against the client's configuration.

        use crate::{Client, Config};

        fn resolve(config: Config) -> Result<String, String> {
            let client = Client::from_conf(config);
            client.handle.endpoint().map(|e| e.url.clone()).map_err(|e| e.to_string())
        }

        #(#tests)*
    })
}
