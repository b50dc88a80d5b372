//! The client: `Client` with one method per operation, the configuration
//! re-exports, and per operation a fluent builder whose `send()` builds the
//! HTTP request from the `@http` bindings and reads the response.
//!
//! Protocol machinery (endpoints, retries, timeouts, error codes) lives in the
//! runtime; what is emitted here is the per-operation glue only.

use super::http::{
    read_body, read_headers, streams, when_set, write_body, write_headers, write_text, Fail,
};
use super::structure::{setter, Setter};
use super::{doc_attrs, inner_doc_attrs, mentions, Context};
use crate::ir::{Body, HostPart, Location, Member, Operation, PathPart, TypeRef};
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
    let setters = op
        .input
        .members
        .iter()
        .map(|m| fluent_setters(cx, m, &quote!(self.inner)));
    let send = send_method(cx, op);
    // The protocol's JSON module, only where the request or response has JSON to write or read.
    let json_import = mentions(&send, "json").then(|| {
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
    // An input that holds a stream is read once, so neither is the builder `Clone`.
    let derive = if streams(&op.plan.request) {
        quote!(#[derive(Debug)])
    } else {
        quote!(#[derive(Clone, Debug)])
    };
    quote! {
        use sdk_runtime::client::SdkError;
        #json_import
        use crate::operation::#module::{#error, #input, #output};
        use crate::operation::#module::builders::#input_builder;

        #[doc = #doc]
        #derive
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

/// The setters and getter of input member `m` on a builder that holds the
/// input builder at `place` (`self.inner`).
pub(crate) fn fluent_setters(cx: &Context<'_>, m: &Member, place: &TokenStream) -> TokenStream {
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
    // The fields of the input builder are set in place, as its own setters set
    // them: calling those would move the whole builder out and back per call.
    let Setter {
        params,
        store,
        set: set_store,
    } = setter(cx, m, place);
    let set_doc = format!(" Sets `{plain}`, or clears it with `None`.");
    let get_doc = format!(" The value set for `{plain}`, if any.");
    let get_type = if m.boxed {
        quote!(Option<Box<#inner>>)
    } else {
        quote!(Option<#inner>)
    };
    quote! {
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
            &#place.#field
        }
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

/// How a client's `send` fails on a request it cannot write.
fn request_fail() -> Fail {
    Fail::Function(quote!(SdkError::construction_failure))
}

/// How a client's `send` fails on a response it cannot read (`raw` in scope).
pub(crate) fn response_fail() -> Fail {
    Fail::Wrap(|error| {
        quote!(SdkError::ResponseError(sdk_runtime::client::ResponseError::new(
            #error,
            raw.clone()
        )))
    })
}

/// Statements building `path_and_query`: the path with its labels, the
/// URI's literal query, then the members bound to query parameters.
fn path_and_query(op: &Operation) -> TokenStream {
    let plan = &op.plan;
    let members = &op.input.members;
    let input = quote!(input);
    let fail = request_fail();
    // The text before the first label starts the string; what follows is pushed.
    let mut start: Option<String> = None;
    let mut steps = Vec::new();
    let mut literal = String::new();
    for part in &plan.path {
        literal.push('/');
        match part {
            PathPart::Literal(text) => literal.push_str(text),
            PathPart::Label {
                member,
                greedy,
                text,
            } => {
                let m = &members[*member];
                let bad = fail.naming(&format!("label `{}`", m.name));
                let text = write_text(text, quote!(value), &bad).as_str();
                if start.is_none() {
                    start = Some(std::mem::take(&mut literal));
                } else if !literal.is_empty() {
                    steps.push(push_to(quote!(path_and_query), &literal));
                    literal.clear();
                }
                // An unset label is an empty segment: the service names what is missing.
                steps.push(when_set(
                    &input,
                    m,
                    quote!(path_and_query.push_str(&sdk_runtime::client::encode_label(#text, #greedy));),
                ));
            }
        }
    }
    if plan.path.is_empty() {
        literal.push('/');
    }
    let query: Vec<String> = plan
        .query_literals
        .iter()
        .map(|(k, v)| match v {
            Some(v) => format!("{k}={v}"),
            None => k.clone(),
        })
        .collect();
    if !query.is_empty() {
        literal.push('?');
        literal.push_str(&query.join("&"));
    }
    if start.is_none() {
        start = Some(std::mem::take(&mut literal));
    } else if !literal.is_empty() {
        steps.push(push_to(quote!(path_and_query), &literal));
    }

    // A key an `@httpQuery` member sets wins over the same key in an
    // `@httpQueryParams` map.
    let explicit: Vec<TokenStream> = plan
        .request
        .bindings
        .iter()
        .filter_map(|b| match &b.location {
            Location::Query { name, .. } => {
                let m = &members[b.member];
                let field = ident(&m.field_name);
                let set = if m.optional {
                    quote!(input.#field.is_some())
                } else {
                    quote!(true)
                };
                Some(quote!((#name, #set)))
            }
            _ => None,
        })
        .collect();
    for binding in &plan.request.bindings {
        let m = &members[binding.member];
        let write = match &binding.location {
            Location::Query { name, text } => {
                let bad = fail.naming(&format!("query parameter `{name}`"));
                if text.list {
                    let item = write_text(&text.item, quote!(item), &bad).as_str();
                    quote! {
                        for item in value {
                            sdk_runtime::client::push_query(&mut path_and_query, #name, #item);
                        }
                    }
                } else {
                    let text = write_text(&text.item, quote!(value), &bad).as_str();
                    quote!(sdk_runtime::client::push_query(&mut path_and_query, #name, #text);)
                }
            }
            Location::QueryParams { text, sparse } => {
                let bad = fail.naming(&format!("a query parameter of `{}`", m.name));
                let item = write_text(&text.item, quote!(item), &bad).as_str();
                let push =
                    quote!(sdk_runtime::client::push_query(&mut path_and_query, key, #item););
                let unset = sparse.then(|| {
                    quote! {
                        let Some(entry) = entry else {
                            continue;
                        };
                    }
                });
                let each = if text.list {
                    quote!(for item in entry { #push })
                } else {
                    quote!(let item = entry; #push)
                };
                // Sorted, so the same input always makes the same request (and signature).
                quote! {
                    let explicit: &[(&str, bool)] = &[#(#explicit),*];
                    let mut keys: Vec<&String> = value.keys().collect();
                    keys.sort();
                    for key in keys {
                        if explicit.iter().any(|(name, set)| *set && name == key) {
                            continue;
                        }
                        let entry = &value[key];
                        #unset
                        #each
                    }
                }
            }
            _ => continue,
        };
        steps.push(when_set(&input, m, write));
    }
    let start = start.unwrap_or_default();
    if steps.is_empty() {
        // A path known whole when generating is sent as it is: no copy per call.
        quote!(let path_and_query = #start;)
    } else {
        quote! {
            let mut path_and_query = String::from(#start);
            #(#steps)*
        }
    }
}

/// An `Option<String>` expression: the host prefix of `@endpoint`, its
/// `{Label}`s filled from `@hostLabel` members and checked to be valid labels.
fn host_prefix(op: &Operation) -> TokenStream {
    if op.plan.host_prefix.is_empty() {
        return quote!(None);
    }
    let pieces = op.plan.host_prefix.iter().map(|part| match part {
        HostPart::Literal(text) => push_to(quote!(prefix), text),
        HostPart::Label { member, name } => {
            let m = &op.input.members[*member];
            let field = ident(&m.field_name);
            let value = if m.optional {
                quote!(input.#field.as_deref().unwrap_or_default())
            } else {
                quote!(input.#field.as_str())
            };
            quote! {
                prefix.push_str(
                    sdk_runtime::client::host_label(#value, #name)
                        .map_err(SdkError::construction_failure)?,
                );
            }
        }
    });
    quote! {{
        let mut prefix = String::new();
        #(#pieces)*
        Some(prefix)
    }}
}

fn send_method(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let output = ident(&op.output.rust_name);
    let error = format_ident!("{}Error", op.rust_name);
    let name = op.id.name();
    let plan = &op.plan;
    let method = format_ident!("{}", plan.method);
    let idempotent = op.idempotent;
    let signed = op.signed;
    let members = &op.input.members;
    let input = quote!(input);

    // `@idempotencyToken` members the caller left unset get a fresh token.
    let tokens: Vec<TokenStream> = plan
        .idempotency_tokens
        .iter()
        .map(|index| {
            let field = ident(&members[*index].field_name);
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
    // A streaming payload is moved out of the input, which is then owned.
    let streams_in = streams(&plan.request);
    let borrow = (!streams_in).then(|| quote!(&));
    let build_input = match (members.is_empty(), op.input.has_required_members()) {
        (true, _) => quote!(),
        (false, false) => quote!(#fill_tokens let input = #borrow #inner.build();),
        (false, true) => {
            quote!(#fill_tokens let input = #borrow #inner.build().map_err(SdkError::construction_failure)?;)
        }
    };
    let path_and_query = path_and_query(op);
    let header_writes = write_headers(&plan.request, members, &input, &request_fail());
    let gzip = op.request_compression.iter().any(|e| e == "gzip");
    // awsJson names the operation in a header.
    let first_headers = plan.target.as_ref().map(|target| {
        quote! {
            (
                sdk_runtime::http::HeaderName::from_static("x-amz-target"),
                sdk_runtime::http::HeaderValue::from_static(#target),
            )
        }
    });
    let headers_mut =
        (!header_writes.is_empty() || op.checksum_required || gzip).then(|| quote!(mut));
    let headers_init = match first_headers {
        Some(first) => quote!(let #headers_mut headers = vec![#first];),
        None => quote!(let #headers_mut headers = Vec::new();),
    };
    let body = write_body(&plan.request, members, &input);
    let (body, into_body) = if streams_in {
        let length = requires_length(op);
        let body = quote! {
            let body: crate::primitives::ByteStream = #body;
            #length
        };
        (body, quote!(body))
    } else {
        (
            quote!(let body: Vec<u8> = #body;),
            quote!(body: body.into()),
        )
    };
    let content_type = plan.request.content_type().unwrap_or("application/json");
    let host_prefix = host_prefix(op);

    // `@requestCompression`: gzip once the body reaches the configured size,
    // before any checksum (which covers the bytes sent). A stream is sent as it
    // is: compression is optional, and gzip would need its bytes ahead.
    let compress = (gzip && !streams_in).then(|| {
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
        if streams_in {
            // The digest comes before the body: a stream can have one only in memory.
            let message = format!(
                "`{name}` sends a Content-MD5 of its body, so its stream must be bytes in memory"
            );
            return quote! {
                let md5 = body
                    .as_bytes()
                    .map(|bytes| sdk_runtime::client::content_md5(bytes))
                    .ok_or_else(|| SdkError::construction_failure(#message))?;
                headers.push((
                    sdk_runtime::http::HeaderName::from_static("content-md5"),
                    sdk_runtime::http::HeaderValue::from_str(&md5)
                        .map_err(SdkError::construction_failure)?,
                ));
            };
        }
        quote! {
            headers.push((
                sdk_runtime::http::HeaderName::from_static("content-md5"),
                sdk_runtime::http::HeaderValue::from_str(&sdk_runtime::client::content_md5(&body))
                    .map_err(SdkError::construction_failure)?,
            ));
        }
    });
    let read_output = read_output(cx, op);
    let invoke = if streams(&plan.response) {
        quote! {
            let (raw, body) = match self.handle.invoke_streaming(request).await? {
                sdk_runtime::client::StreamingResponse::Success { head, body } => (head, body),
                sdk_runtime::client::StreamingResponse::Failure(raw) => {
                    let error = #error::from_response(&raw);
                    return Err(SdkError::ServiceError(sdk_runtime::client::ServiceError::new(error, raw)));
                }
            };
        }
    } else {
        quote! {
            let raw = self.handle.invoke(request).await?;
            if !(200..300).contains(&raw.status()) {
                let error = #error::from_response(&raw);
                return Err(SdkError::ServiceError(sdk_runtime::client::ServiceError::new(error, raw)));
            }
        }
    };
    let send_doc = if streams(&plan.response) {
        format!(" Sends the `{name}` request and reads its response head; the payload is returned unread, as a stream.")
    } else {
        format!(" Sends the `{name}` request and reads its response.")
    };
    quote! {
        #[doc = #send_doc]
        pub async fn send(self) -> Result<#output, SdkError<#error>> {
            // The input lives only while the request is built: it is not
            // held (nor its memory kept) while the request is in flight.
            let request = {
                #build_input
                #path_and_query
                #headers_init
                #(#header_writes)*
                #body
                #compress
                #checksum
                sdk_runtime::client::OperationRequest {
                operation: #name,
                method: sdk_runtime::http::Method::#method,
                path_and_query: path_and_query.into(),
                headers,
                #into_body,
                content_type: #content_type,
                idempotent: #idempotent,
                signed: #signed,
                host_prefix: #host_prefix,
                }
            };
            #invoke
            #read_output
        }
    }
}

/// Statements refusing a stream of unknown length for a `@requiresLength`
/// payload, before anything is sent (`body` in scope).
fn requires_length(op: &Operation) -> Option<TokenStream> {
    let Body::Payload { member, .. } = &op.plan.request.body else {
        return None;
    };
    let m = &op.input.members[*member];
    let TypeRef::Blob {
        requires_length: true,
        ..
    } = m.target
    else {
        return None;
    };
    let message = format!(
        "`{}` needs the length of `{}` before sending it (@requiresLength): give bytes, a file \
         (ByteStream::from_path) or a sized stream (ByteStream::from_sized_stream)",
        op.id.name(),
        m.field_name.trim_start_matches("r#")
    );
    Some(quote! {
        if body.known_length().is_none() {
            return Err(SdkError::construction_failure(#message));
        }
    })
}

/// Reads the output from `raw`: the body, then the members bound to
/// headers or the status code.
fn read_output(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let output = ident(&op.output.rust_name);
    let plan = &op.plan.response;
    let members = &op.output.members;
    let whole_body = matches!(plan.body, Body::Json { all: true, .. }) || members.is_empty();
    if !plan.has_bindings() && whole_body {
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
    let fail = response_fail();
    let body = if streams(plan) {
        quote!(body)
    } else {
        quote!(raw.body())
    };
    let read_body = read_body(cx, plan, members, &body, &fail);
    let mut bound = read_headers(cx, plan, members, &quote!(raw.headers()), &fail);
    for binding in &plan.bindings {
        if let Location::ResponseCode = binding.location {
            let field = ident(&members[binding.member].field_name);
            bound.push(quote!(builder.#field = Some(i32::from(raw.status()));));
        }
    }
    let build = if op.output.has_required_members() {
        let unreadable = fail.plain();
        quote!(builder.build().map_err(#unreadable)?)
    } else {
        quote!(builder.build())
    };
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
