//! The server side (feature `server`): a `Handler` trait with one async method
//! per operation, and a `Dispatcher` that routes HTTP requests to it.
//!
//! The route table comes from the `@http` traits; each operation gets a reader
//! that binds its input from the body, labels, query and headers and checks
//! the model's constraints, a writer for its output, and one for its errors.
//! Routing, body limits, framework errors and the serve loop are in the
//! runtime (`sdk_runtime::server`).

use super::http::{
    boxed, read_body, read_headers, read_text, streams, write_body, write_headers, Fail,
};
use super::{doc_attrs, inner_doc_attrs, mentions, Context};
use crate::ir::{
    Body, HttpBinding, Location, Member, MessagePlan, Operation, PathPart, PayloadKind, Protocol,
    TypeDef, TypeRef,
};
use crate::model::ShapeId;
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::BTreeSet;

/// `src/server.rs`.
pub(crate) fn server_file(cx: &Context<'_>) -> TokenStream {
    let ops = &cx.service.operations;
    let docs = inner_doc_attrs(&format!(
        "The server side of {}: implement [`Handler`], wrap it in a [`Dispatcher`] and\n\
         [`serve`] it.\n\n\
         The dispatcher routes each request ({}), inflates a body the client gzipped,\n\
         reads and validates the input, calls the handler, and writes the output or error\n\
         as the protocol asks. Requests that never reach a handler get the\n\
         Smithy framework errors: 404 `UnknownOperationException`, 405 for a known path with\n\
         another method, 400 `SerializationException` for a body that is not the input's\n\
         JSON, 400 `ValidationException` naming each member that breaks a rule, 415 for a\n\
         body that is not JSON, and 413 for a body over the limit.",
        cx.service.title,
        if cx.service.protocol.is_aws_json() {
            "by the operation its `X-Amz-Target` header names"
        } else {
            "by method, path and query, from the model's `@http` traits"
        }
    ));
    let trait_methods = ops.iter().map(handler_method);
    let variants = ops.iter().map(|op| format_ident!("{}", op.rust_name));
    let routes = routes(ops);
    let validated = structures_to_validate(cx);
    let readers: Vec<TokenStream> = ops
        .iter()
        .map(|op| read_input_fn(cx, &validated, op))
        .collect();
    let (writers, writes_fallibly): (Vec<TokenStream>, Vec<bool>) =
        ops.iter().map(write_output_fn).unzip();
    let (error_writers, errors_fallibly): (Vec<TokenStream>, Vec<bool>) =
        ops.iter().map(|op| write_error_fn(cx, op)).unzip();
    // A streaming input is handed to its handler unread, so where some
    // operation has one, each arm reads (or streams) its own body.
    let streamed_input = ops.iter().any(|op| streams(&op.plan.request));
    let arms: Vec<TokenStream> = ops
        .iter()
        .enumerate()
        .map(|(i, op)| dispatch_arm(op, writes_fallibly[i], errors_fallibly[i], streamed_input))
        .collect();
    let (read_request_body, body_bounds) = if streamed_input {
        (quote!(), quote!(+ Send + Sync + 'static))
    } else {
        (
            quote! {
                let body = sdk_runtime::server::read_body(body, request.headers(), self.body_limit).await?;
                let body = sdk_runtime::server::decode_content(&mut request, body, self.body_limit)?;
            },
            quote!(),
        )
    };
    // Only a body read here is inflated, which takes the request's headers.
    let request_param = if ops.iter().all(|op| streams(&op.plan.request)) {
        quote!(request: RequestParts)
    } else {
        quote!(mut request: RequestParts)
    };
    let pattern_test = pattern_test(cx);
    let validators = structure_validators(cx, &validated);
    let unreadable = readers.iter().any(|r| mentions(r, "unreadable")).then(|| {
        quote! {
            /// A body or bound value that is not what the input's types allow.
            fn unreadable(error: impl std::fmt::Display) -> FrameworkError {
                FrameworkError::Serialization(error.to_string())
            }
        }
    });
    let unwritable = writers
        .iter()
        .chain(&error_writers)
        .any(|w| mentions(w, "unwritable"))
        .then(|| {
            quote! {
                /// An answer the handler gave that cannot be written as the model binds it.
                fn unwritable(error: impl std::fmt::Display) -> FrameworkError {
                    FrameworkError::ResponseWrite(error.to_string())
                }
            }
        });
    let any_labels = ops.iter().any(has_labels);
    let route_pattern = if any_labels {
        quote!((operation, labels))
    } else {
        quote!(operation)
    };
    // restJson1 routes by method, path and query; awsJson by `X-Amz-Target`.
    let protocol = cx.service.protocol;
    let (route_table, route_call, route_imports) = if protocol.is_aws_json() {
        let targets = ops.iter().map(|op| {
            let variant = format_ident!("{}", op.rust_name);
            let target = op.plan.target.as_deref().unwrap_or_default();
            quote!((#target, Operation::#variant))
        });
        (
            quote! {
                /// Every operation by the `X-Amz-Target` that names it.
                const TARGETS: &[(&str, Operation)] = &[#(#targets),*];
            },
            quote!(sdk_runtime::server::route_target(TARGETS, &request)?),
            quote!(),
        )
    } else {
        let call = if any_labels {
            quote!(sdk_runtime::server::route(ROUTES, &request)?)
        } else {
            quote!(sdk_runtime::server::route(ROUTES, &request)?.0)
        };
        (
            quote! {
                /// Every operation's route, those with more query literals and literal
                /// segments first so the most specific route wins.
                const ROUTES: &[Route<Operation>] = &[#(#routes),*];
            },
            call,
            quote!(Route, Segment,),
        )
    };
    let wire = match protocol {
        Protocol::RestJson1 => quote!(Wire::RestJson1),
        Protocol::AwsJson1_0 => quote!(Wire::AwsJson1_0),
        Protocol::AwsJson1_1 => quote!(Wire::AwsJson1_1),
    };
    let labels_arg = any_labels.then(|| quote!(labels,));
    let labels_param = any_labels.then(|| quote!(labels: Vec<String>,));
    let names = ops.iter().map(|op| {
        let variant = format_ident!("{}", op.rust_name);
        let name = op.id.name();
        quote!(Operation::#variant => #name,)
    });
    quote! {
        #docs

        use sdk_runtime::http;
        use sdk_runtime::json;
        use sdk_runtime::server::{Body, Bytes, FrameworkError, RequestParts, ResponseBody, #route_imports Wire};
        use std::sync::Arc;

        pub use sdk_runtime::server::{
            serve, serve_with, Dispatch, RequestContext, ServeLimits, DEFAULT_BODY_LIMIT,
        };

        /// One async method per operation. Return the output, or one of the
        /// operation's modeled errors; an `Unhandled` error is sent with its own
        /// code and status (500 `InternalFailure` when it has none).
        pub trait Handler: Send + Sync + 'static {
            #(#trait_methods)*
        }

        /// The operation a route leads to. Its variants are the model's operation
        /// names, which may all share a suffix (`...Connection`): hence the allowance.
        #[allow(clippy::enum_variant_names)]
        #[derive(Clone, Copy, Debug)]
        enum Operation {
            #(#variants,)*
        }

        impl Operation {
            /// The operation's name in the model, for traces.
            fn name(self) -> &'static str {
                match self {
                    #(#names)*
                }
            }
        }

        #route_table

        /// The protocol answers are framed in.
        const WIRE: Wire = #wire;

        /// Routes HTTP requests to a [`Handler`]. Cheap to clone: clones share the handler.
        #[derive(Debug)]
        pub struct Dispatcher<H> {
            handler: Arc<H>,
            body_limit: usize,
        }

        impl<H> Clone for Dispatcher<H> {
            fn clone(&self) -> Self {
                Self { handler: Arc::clone(&self.handler), body_limit: self.body_limit }
            }
        }

        impl<H: Handler> Dispatcher<H> {
            /// A dispatcher for `handler`, accepting bodies up to [`DEFAULT_BODY_LIMIT`].
            pub fn new(handler: H) -> Self {
                Self::from_arc(Arc::new(handler))
            }

            /// A dispatcher for a handler that is shared with other code.
            pub fn from_arc(handler: Arc<H>) -> Self {
                Self { handler, body_limit: DEFAULT_BODY_LIMIT }
            }

            /// Refuses request bodies over `bytes` with 413, before reading them whole.
            pub fn body_limit(mut self, bytes: usize) -> Self {
                self.body_limit = bytes;
                self
            }

            /// The handler requests go to.
            pub fn handler(&self) -> &H {
                &self.handler
            }

            /// Answers one request that came from `peer` (when known).
            pub async fn handle<B>(&self, request: http::Request<B>, peer: Option<std::net::SocketAddr>) -> http::Response<ResponseBody>
            where
                B: Body<Data = Bytes> #body_bounds,
                B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
            {
                let (parts, body) = request.into_parts();
                let routed = RequestParts::new(parts)
                    .and_then(|request| Ok((#route_call, request)));
                let (#route_pattern, request) = match routed {
                    Ok(routed) => routed,
                    Err(error) => return WIRE.framework_error(error),
                };
                let work = self.call(operation, request, #labels_arg body, peer);
                sdk_runtime::server::traced(operation.name(), WIRE, work).await
            }

            /// Reads the body, binds and validates the input, calls the handler
            /// and writes its answer.
            async fn call<B>(
                &self,
                operation: Operation,
                #request_param,
                #labels_param
                body: B,
                peer: Option<std::net::SocketAddr>,
            ) -> Result<http::Response<ResponseBody>, FrameworkError>
            where
                B: Body<Data = Bytes> #body_bounds,
                B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
            {
                #read_request_body
                match operation {
                    #(#arms)*
                }
            }
        }

        impl<H: Handler> Dispatch for Dispatcher<H> {
            async fn dispatch(&self, request: http::Request<sdk_runtime::server::Incoming>, peer: std::net::SocketAddr) -> http::Response<ResponseBody> {
                self.handle(request, Some(peer)).await
            }
        }

        #unreadable
        #unwritable

        #(#readers)*
        #(#writers)*
        #(#error_writers)*
        #(#validators)*
        #pattern_test
    }
}

fn op_types(op: &Operation) -> (TokenStream, TokenStream, TokenStream) {
    let module = ident(&op.module_name);
    let input = ident(&op.input.rust_name);
    let output = ident(&op.output.rust_name);
    let error = format_ident!("{}Error", op.rust_name);
    (
        quote!(crate::operation::#module::#input),
        quote!(crate::operation::#module::#output),
        quote!(crate::operation::#module::#error),
    )
}

fn stem(op: &Operation) -> &str {
    op.module_name.trim_start_matches("r#")
}

fn handler_method(op: &Operation) -> TokenStream {
    let method = ident(&op.module_name);
    let (input, output, error) = op_types(op);
    let docs = doc_attrs(op.docs.as_deref(), &format!("Handles `{}`.", op.id.name()));
    quote! {
        #docs
        fn #method(&self, input: #input, context: &RequestContext) -> impl std::future::Future<Output = Result<#output, #error>> + Send;
    }
}

fn routes(ops: &[Operation]) -> Vec<TokenStream> {
    let mut routed: Vec<&Operation> = ops.iter().collect();
    let specificity = |op: &&Operation| {
        let plan = &op.plan;
        let literals = plan
            .path
            .iter()
            .filter(|p| matches!(p, PathPart::Literal(_)))
            .count();
        std::cmp::Reverse((plan.query_literals.len(), literals, plan.path.len()))
    };
    // Stable: operations of equal specificity keep their (name) order.
    routed.sort_by_key(specificity);
    routed
        .into_iter()
        .map(|op| {
            let plan = &op.plan;
            let variant = format_ident!("{}", op.rust_name);
            let method = &plan.method;
            let segments = plan.path.iter().map(|p| match p {
                PathPart::Literal(text) => quote!(Segment::Literal(#text)),
                PathPart::Label { greedy: false, .. } => quote!(Segment::Label),
                PathPart::Label { greedy: true, .. } => quote!(Segment::Greedy),
            });
            let query = plan.query_literals.iter().map(|(k, v)| match v {
                Some(v) => quote!((#k, Some(#v))),
                None => quote!((#k, None)),
            });
            quote! {
                Route {
                    operation: Operation::#variant,
                    method: #method,
                    path: &[#(#segments),*],
                    query: &[#(#query),*],
                }
            }
        })
        .collect()
}

fn has_labels(op: &Operation) -> bool {
    op.plan
        .path
        .iter()
        .any(|p| matches!(p, PathPart::Label { .. }))
}

/// The dispatcher's arm for `op`; its writers return `Result`s when `fallible`.
/// With `reads_body`, the arm reads the request body itself (under the limit),
/// or hands it on unread as the input's stream.
fn dispatch_arm(
    op: &Operation,
    output_fallible: bool,
    error_fallible: bool,
    reads_body: bool,
) -> TokenStream {
    let variant = format_ident!("{}", op.rust_name);
    let method = ident(&op.module_name);
    let read = format_ident!("read_{}", stem(op));
    let write = format_ident!("write_{}", stem(op));
    let write_error = format_ident!("write_{}_error", stem(op));
    let labels = if has_labels(op) {
        quote!(&labels,)
    } else {
        quote!()
    };
    // A streaming output is moved into the response; other outputs are borrowed.
    let output = if streams(&op.plan.response) {
        quote!(output)
    } else {
        quote!(&output)
    };
    let write_output = if output_fallible {
        quote!(#write(#output))
    } else {
        quote!(Ok(#write(#output)))
    };
    let (read_body, body) = match (reads_body, streams(&op.plan.request)) {
        (false, _) => (quote!(), quote!(&body)),
        (true, false) => (
            quote! {
                let body = sdk_runtime::server::read_body(body, request.headers(), self.body_limit).await?;
                let body = sdk_runtime::server::decode_content(&mut request, body, self.body_limit)?;
            },
            quote!(&body),
        ),
        (true, true) => (
            quote!(),
            quote!(crate::primitives::ByteStream::from_body(body)),
        ),
    };
    let write_failure = if error_fallible {
        quote!(#write_error(&error))
    } else {
        quote!(Ok(#write_error(&error)))
    };
    quote! {
        Operation::#variant => {
            #read_body
            let input = #read(&request, #labels #body)?;
            let context = RequestContext::new(peer, request.into_headers());
            match self.handler.#method(input, &context).await {
                Ok(output) => #write_output,
                Err(error) => #write_failure,
            }
        }
    }
}

/// How a dispatcher's reader fails on a request it cannot read.
fn request_fail() -> Fail {
    Fail::Function(quote!(unreadable))
}

/// How a dispatcher's writer fails on an answer it cannot write.
fn response_fail() -> Fail {
    Fail::Function(quote!(unwritable))
}

/// Where a member's value is reported in a validation message: a JSON pointer
/// to its body key, or its member name for values bound elsewhere.
fn pointer(m: &Member) -> String {
    match m.http {
        HttpBinding::Body => format!("/{}", m.json_name),
        _ => format!("/{}", m.name),
    }
}

fn read_input_fn(cx: &Context<'_>, validated: &BTreeSet<ShapeId>, op: &Operation) -> TokenStream {
    let (input, _, _) = op_types(op);
    let name = op.id.name();
    let read = format_ident!("read_{}", stem(op));
    let doc = format!(" Binds and validates `{name}`'s input.");
    let plan = &op.plan;
    let members = &op.input.members;
    let fail = request_fail();

    // The body's media type is checked before a byte of it is read; a blob
    // payload is taken as it comes.
    let check = match &plan.request.body {
        Body::Empty => None,
        Body::Payload {
            kind: PayloadKind::Blob | PayloadKind::StreamingBlob,
            ..
        } => None,
        Body::Json { .. } | Body::Payload { .. } => plan.request.content_type(),
    }
    .map(|media_type| {
        quote!(sdk_runtime::server::check_content_type(request.headers(), body, #media_type)?;)
    });
    let read_body = read_body(cx, &plan.request, members, &quote!(body), &fail);
    let mut bound = read_headers(
        cx,
        &plan.request,
        members,
        &quote!(request.headers()),
        &fail,
    );

    let mut label_index = 0usize;
    for part in &plan.path {
        let PathPart::Label { member, text, .. } = part else {
            continue;
        };
        let m = &members[*member];
        let field = ident(&m.field_name);
        let bad = fail.naming(&format!("path label `{}`", m.name));
        let value = boxed(m, read_text(cx, text, quote!(text), &bad));
        let label = if label_index == 0 {
            quote!(labels.first())
        } else {
            quote!(labels.get(#label_index))
        };
        label_index += 1;
        bound.push(quote! {
            if let Some(text) = #label.map(String::as_str) {
                builder.#field = Some(#value);
            }
        });
    }
    for binding in &plan.request.bindings {
        let m = &members[binding.member];
        let field = ident(&m.field_name);
        match &binding.location {
            Location::Query { name, text } => {
                let bad = fail.naming(&format!("query parameter `{name}`"));
                if text.list {
                    let item = read_text(cx, &text.item, quote!(text), &bad);
                    let items = boxed(m, quote!(items));
                    bound.push(quote! {
                        let mut items = Vec::new();
                        for text in request.query_all(#name) {
                            items.push(#item);
                        }
                        if !items.is_empty() {
                            builder.#field = Some(#items);
                        }
                    });
                } else {
                    let value = boxed(m, read_text(cx, &text.item, quote!(text), &bad));
                    bound.push(quote! {
                        if let Some(text) = request.query(#name) {
                            builder.#field = Some(#value);
                        }
                    });
                }
            }
            // Every query parameter, those other members are bound to
            // included (as Smithy's server tests ask): a map of strings takes
            // a key's first value, a map of lists all of them.
            Location::QueryParams { text, sparse } => {
                let bad = fail.naming(&format!("a query parameter of `{}`", m.name));
                let item = read_text(cx, &text.item, quote!(text), &bad);
                let read = if text.list {
                    let list = if *sparse {
                        quote!(Some(vec![item]))
                    } else {
                        quote!(vec![item])
                    };
                    let push = if *sparse {
                        quote!(entry.get_mut().get_or_insert_with(Vec::new).push(item))
                    } else {
                        quote!(entry.get_mut().push(item))
                    };
                    quote! {
                        let item = #item;
                        match map.entry(key.to_owned()) {
                            std::collections::hash_map::Entry::Occupied(mut entry) => #push,
                            std::collections::hash_map::Entry::Vacant(entry) => { entry.insert(#list); }
                        }
                    }
                } else {
                    let value = if *sparse { quote!(Some(#item)) } else { item };
                    quote! {
                        if !map.contains_key(key) {
                            map.insert(key.to_owned(), #value);
                        }
                    }
                };
                let map_type = cx.rust_type(&m.target);
                let map = boxed(m, quote!(map));
                bound.push(quote! {
                    let mut map: #map_type = std::collections::HashMap::new();
                    for (key, text) in request.query_pairs() {
                        #read
                    }
                    if !map.is_empty() {
                        builder.#field = Some(#map);
                    }
                });
            }
            _ => {}
        }
    }

    let checks: Vec<TokenStream> = members
        .iter()
        .filter_map(|m| constraint_checks(cx, validated, m))
        .collect();
    let labels_param = match (has_labels(op), label_index > 0) {
        (false, _) => quote!(),
        (true, true) => quote!(labels: &[String],),
        (true, false) => quote!(_labels: &[String],),
    };
    let request_used = mentions(&quote!(#check #(#bound)*), "request");
    let request_param = if request_used {
        quote!(request: &RequestParts)
    } else {
        quote!(_request: &RequestParts)
    };
    let body_param = if streams(&plan.request) {
        quote!(body: crate::primitives::ByteStream)
    } else if read_body.is_empty() {
        quote!(_body: &[u8])
    } else {
        quote!(body: &[u8])
    };
    let builder_decl = if members.is_empty() {
        quote!(let builder = #input::builder();)
    } else {
        quote!(let mut builder = #input::builder();)
    };
    let validation = if checks.is_empty() {
        quote!()
    } else {
        quote! {
            let mut failures = sdk_runtime::server::Validation::new();
            let validation = &mut failures;
            #(#checks)*
            failures.finish()?;
        }
    };
    // Required members were checked above, so `build` fails only on a nested
    // structure, which the body reader already built.
    let build = if op.input.has_required_members() {
        quote!(builder.build().map_err(unreadable))
    } else {
        quote!(Ok(builder.build()))
    };
    quote! {
        #[doc = #doc]
        fn #read(#request_param, #labels_param #body_param) -> Result<#input, FrameworkError> {
            #builder_decl
            #check
            #read_body
            #(#bound)*
            #validation
            #build
        }
    }
}

/// Validation of one input member: `@required` (absent or `null`), then the
/// checks on its value when present.
fn constraint_checks(
    cx: &Context<'_>,
    validated: &BTreeSet<ShapeId>,
    m: &Member,
) -> Option<TokenStream> {
    let field = ident(&m.field_name);
    let path = pointer(m);
    let mut checks = Vec::new();
    if !m.optional && m.default.is_none() {
        checks.push(quote!(validation.required(#path, builder.#field.is_some());));
    }
    let on_value = value_checks(cx, validated, m, &quote!(#path));
    if !on_value.is_empty() {
        checks.push(quote! {
            if let Some(value) = &builder.#field {
                #(#on_value)*
            }
        });
    }
    (!checks.is_empty()).then(|| quote!(#(#checks)*))
}

/// Checks on `value`, a reference to member `m`'s value, reported at `path`
/// (an expression of type `&str`): `@length`, `@range`, `@pattern`, enum
/// values, and the members of nested structures.
fn value_checks(
    cx: &Context<'_>,
    validated: &BTreeSet<ShapeId>,
    m: &Member,
    path: &TokenStream,
) -> Vec<TokenStream> {
    let c = &m.constraints;
    let bound = |b: Option<u64>| match b {
        Some(b) => quote!(Some(#b)),
        None => quote!(None),
    };
    let mut checks = Vec::new();
    if let Some((min, max)) = c.length {
        let length = match &m.target {
            TypeRef::String => Some(quote!(value.chars().count())),
            TypeRef::List { .. } | TypeRef::Map { .. } => Some(quote!(value.len())),
            TypeRef::Blob {
                streaming: false, ..
            } => Some(quote!(value.as_ref().len())),
            _ => None,
        };
        if let Some(length) = length {
            let (min, max) = (bound(min), bound(max));
            checks.push(quote!(validation.length(#path, #length, #min, #max);));
        }
    }
    if let Some((min, max)) = &c.range {
        if m.target.is_copy() && m.target != TypeRef::Boolean {
            let number = |n: &Option<serde_json::Number>| match n.as_ref().and_then(|n| n.as_f64())
            {
                Some(n) => {
                    let n = proc_macro2::Literal::f64_suffixed(n);
                    quote!(Some(#n))
                }
                None => quote!(None),
            };
            let (min, max) = (number(min), number(max));
            let number = if m.target == TypeRef::Double {
                quote!(*value)
            } else {
                quote!(*value as f64)
            };
            checks.push(quote!(validation.range(#path, #number, #min, #max);));
        }
    }
    if let Some(pattern) = &c.pattern {
        if m.target == TypeRef::String {
            checks.push(quote! {
                static PATTERN: sdk_runtime::server::Pattern = sdk_runtime::server::Pattern::new(#pattern);
                validation.pattern(#path, value, &PATTERN);
            });
        }
    }
    if c.unique_items && matches!(m.target, TypeRef::List { .. }) {
        checks.push(quote!(validation.unique_items(#path, value);));
    }
    checks.extend(element_checks(
        cx,
        validated,
        &m.target,
        &quote!(value),
        path,
    ));
    checks
}

/// Checks that follow the value of type `target` at `value` into what it
/// holds: an enum value the model lists, a structure's members, each item of
/// a list or map. `None` when there is nothing to check.
fn element_checks(
    cx: &Context<'_>,
    validated: &BTreeSet<ShapeId>,
    target: &TypeRef,
    value: &TokenStream,
    path: &TokenStream,
) -> Option<TokenStream> {
    match target {
        TypeRef::Named(id) => match cx.service.types.get(id)? {
            TypeDef::Enum(e) => {
                let enum_path = cx.type_path(id);
                let values = e.variants.iter().map(|v| v.value.as_str());
                Some(quote! {
                    if matches!(#value, #enum_path::Unknown(_)) {
                        validation.enum_value(#path, &[#(#values),*]);
                    }
                })
            }
            TypeDef::Structure(s) if validated.contains(id) => {
                let validate = format_ident!("validate{}", s.file_stem);
                Some(quote!(#validate(#value, #path, validation);))
            }
            _ => None,
        },
        TypeRef::List { member, sparse } => {
            let inner = element_checks(cx, validated, member, &quote!(item), &quote!(&item_path))?;
            let each = if *sparse {
                quote!(if let Some(item) = item { #inner })
            } else {
                inner
            };
            Some(quote! {
                for (index, item) in #value.iter().enumerate() {
                    let item_path = format!("{}/{index}", #path);
                    #each
                }
            })
        }
        TypeRef::Map {
            value: item_type,
            sparse,
        } => {
            let inner =
                element_checks(cx, validated, item_type, &quote!(item), &quote!(&item_path))?;
            let each = if *sparse {
                quote!(if let Some(item) = item { #inner })
            } else {
                inner
            };
            Some(quote! {
                for (key, item) in #value {
                    let item_path = format!("{}/{key}", #path);
                    #each
                }
            })
        }
        _ => None,
    }
}

/// Structures inside operation inputs with something to validate (a
/// constrained or enum member, or a nested structure that has one); each gets
/// a `validate_*` function. Found by a fixed point, so cycles are fine.
fn structures_to_validate(cx: &Context<'_>) -> BTreeSet<ShapeId> {
    fn named(target: &TypeRef) -> Option<&ShapeId> {
        match target {
            TypeRef::Named(id) => Some(id),
            TypeRef::List { member, .. } => named(member),
            TypeRef::Map { value, .. } => named(value),
            _ => None,
        }
    }
    let structure = |id: &ShapeId| match cx.service.types.get(id) {
        Some(TypeDef::Structure(s)) if s.error.is_none() => Some(s),
        _ => None,
    };
    // Reachable from inputs, through structures, lists and maps.
    let mut reachable = BTreeSet::new();
    let mut stack: Vec<&ShapeId> = cx
        .service
        .operations
        .iter()
        .flat_map(|op| &op.input.members)
        .filter_map(|m| named(&m.target))
        .collect();
    while let Some(id) = stack.pop() {
        if let Some(s) = structure(id) {
            if reachable.insert(id.clone()) {
                stack.extend(s.members.iter().filter_map(|m| named(&m.target)));
            }
        }
    }
    let checks_itself = |m: &Member| {
        let c = &m.constraints;
        c.length.is_some()
            || c.range.is_some()
            || c.pattern.is_some()
            || c.unique_items
            || named(&m.target).is_some_and(|id| cx.is_enum(id))
    };
    let mut chosen: BTreeSet<ShapeId> = reachable
        .iter()
        .filter(|id| structure(id).is_some_and(|s| s.members.iter().any(checks_itself)))
        .cloned()
        .collect();
    loop {
        let more: Vec<_> = reachable
            .iter()
            .filter(|id| !chosen.contains(*id))
            .filter(|id| {
                structure(id).is_some_and(|s| {
                    s.members
                        .iter()
                        .any(|m| named(&m.target).is_some_and(|t| chosen.contains(t)))
                })
            })
            .cloned()
            .collect();
        if more.is_empty() {
            return chosen;
        }
        chosen.extend(more);
    }
}

/// One `validate_*` function per structure [`structures_to_validate`] finds.
fn structure_validators(cx: &Context<'_>, validated: &BTreeSet<ShapeId>) -> Vec<TokenStream> {
    validated
        .iter()
        .filter_map(|id| match cx.service.types.get(id) {
            Some(TypeDef::Structure(s)) => Some(s),
            _ => None,
        })
        .map(|s| {
            let name = cx.type_path(&s.id);
            let validate = format_ident!("validate{}", s.file_stem);
            let doc = format!(" Checks the members of a `{}` found at `path`.", s.id.name());
            let members = s.members.iter().filter_map(|m| {
                let member_path = format!(
                    "{{path}}/{}",
                    m.json_name.replace('{', "{{").replace('}', "}}")
                );
                let checks = value_checks(cx, validated, m, &quote!(&member_path));
                if checks.is_empty() {
                    return None;
                }
                let field = ident(&m.field_name);
                let body = quote! {
                    let member_path = format!(#member_path);
                    #(#checks)*
                };
                Some(if m.optional {
                    quote!(if let Some(value) = &structure.#field { #body })
                } else {
                    quote!({ let value = &structure.#field; #body })
                })
            });
            quote! {
                #[doc = #doc]
                fn #validate(structure: &#name, path: &str, validation: &mut sdk_runtime::server::Validation) {
                    #(#members)*
                }
            }
        })
        .collect()
}

/// The writer of an operation's output, and whether it returns a `Result`.
fn write_output_fn(op: &Operation) -> (TokenStream, bool) {
    let (_, output, _) = op_types(op);
    let write = format_ident!("write_{}", stem(op));
    let plan = &op.plan;
    let code = plan.success_code;
    let doc = format!(" Writes `{}`'s output with status {code}.", op.id.name());
    let members = &op.output.members;
    let receiver = quote!(output);
    let body = write_body(&plan.response, members, &receiver);
    // A streaming payload is written as it is read, moved out of the output.
    let streamed = streams(&plan.response);
    let mut status = {
        let code = proc_macro2::Literal::u16_unsuffixed(code);
        quote!(#code)
    };
    for binding in &plan.response.bindings {
        if let Location::ResponseCode = binding.location {
            let m = &members[binding.member];
            let field = ident(&m.field_name);
            let value = if m.optional {
                let default = proc_macro2::Literal::i32_unsuffixed(i32::from(code));
                quote!(output.#field.unwrap_or(#default))
            } else {
                quote!(output.#field)
            };
            status = quote!(u16::try_from(#value).unwrap_or(#status));
        }
    }
    let answer = response(
        &plan.response,
        members,
        &receiver,
        if streamed {
            quote!(WIRE.stream_response(#status, #body))
        } else {
            quote!(WIRE.response(#status, #body))
        },
    );
    let fallible = answer.is_fallible();
    let returns = writer_output(fallible);
    let body = answer.into_body(fallible);
    // An output whose members all travel where a response cannot carry them
    // (a query binding) writes nothing of it.
    let param = if mentions(&body, "output") {
        quote!(output)
    } else {
        quote!(_output)
    };
    let output = if streamed {
        quote!(#output)
    } else {
        quote!(&#output)
    };
    let function = quote! {
        #[doc = #doc]
        fn #write(#param: #output) -> #returns {
            #body
        }
    };
    (function, fallible)
}

/// An answer to `receiver`'s message: `response` (an expression with the
/// body), then the media type of a payload that is not JSON, then the
/// header-bound members, which win over it. `Fallible` when writing a header
/// can fail.
fn response(
    plan: &MessagePlan,
    members: &[Member],
    receiver: &TokenStream,
    response: TokenStream,
) -> Answer {
    // A payload that is not the protocol's JSON says what it is.
    let media_type = match &plan.body {
        Body::Payload {
            kind, media_type, ..
        } if !kind.is_json() => Some(media_type.as_str()),
        _ => None,
    }
    .map(|media_type| {
        quote! {(
            http::header::CONTENT_TYPE,
            http::HeaderValue::from_str(#media_type).map_err(unwritable)?,
        )}
    });
    let writes = write_headers(plan, members, receiver, &response_fail());
    let headers = match (media_type, writes.is_empty()) {
        (None, true) => return Answer::Infallible(response),
        // The media type alone: one header, not `Vec::new()` then a `push`.
        (Some(media_type), true) => quote!(let headers = Vec::from([#media_type]);),
        (Some(media_type), false) => quote! {
            let mut headers = Vec::new();
            headers.push(#media_type);
            #(#writes)*
        },
        (None, false) => quote! {
            let mut headers = Vec::new();
            #(#writes)*
        },
    };
    Answer::Fallible(quote! {
        #headers
        Ok(sdk_runtime::server::with_headers(#response, headers))
    })
}

/// The body of a writer function.
enum Answer {
    /// A response expression.
    Infallible(TokenStream),
    /// Statements ending in a `Result` of a response.
    Fallible(TokenStream),
}

impl Answer {
    fn is_fallible(&self) -> bool {
        matches!(self, Answer::Fallible(_))
    }

    /// As the body of a writer that returns a `Result` when `fallible`.
    fn into_body(self, fallible: bool) -> TokenStream {
        match self {
            Answer::Infallible(response) if fallible => quote!(Ok(#response)),
            Answer::Infallible(response) | Answer::Fallible(response) => response,
        }
    }
}

/// The return type of a writer.
fn writer_output(fallible: bool) -> TokenStream {
    if fallible {
        quote!(Result<http::Response<ResponseBody>, FrameworkError>)
    } else {
        quote!(http::Response<ResponseBody>)
    }
}

/// The writer of an operation's errors, and whether it returns a `Result`.
fn write_error_fn(cx: &Context<'_>, op: &Operation) -> (TokenStream, bool) {
    let (_, _, error_path) = op_types(op);
    let error = format_ident!("{}Error", op.rust_name);
    let write = format_ident!("write_{}_error", stem(op));
    let doc = format!(
        " Writes one of `{}`'s errors with its `@httpError` status and code.",
        op.id.name()
    );
    let answers: Vec<(proc_macro2::Ident, Answer)> = op
        .errors
        .iter()
        .filter_map(|id| {
            let Some(TypeDef::Structure(s)) = cx.service.types.get(id) else {
                return None;
            };
            let info = s.error.as_ref()?;
            let variant = super::errors::variant_ident(cx, id);
            let status = proc_macro2::Literal::u16_unsuffixed(info.status);
            let code = &info.code;
            let body = write_body(&info.plan, &s.members, &quote!(inner));
            let answer = response(
                &info.plan,
                &s.members,
                &quote!(inner),
                quote!(WIRE.error_response(#status, #code, #body)),
            );
            Some((variant, answer))
        })
        .collect();
    let fallible = answers.iter().any(|(_, answer)| answer.is_fallible());
    let arms = answers.into_iter().map(|(variant, answer)| {
        let body = answer.into_body(fallible);
        // An error with no members writes nothing of itself.
        let binding = if mentions(&body, "inner") {
            quote!(inner)
        } else {
            quote!(_)
        };
        quote!(#error::#variant(#binding) => { #body })
    });
    let unhandled = Answer::Infallible(quote!(WIRE.unhandled_response(inner))).into_body(fallible);
    let returns = writer_output(fallible);
    let function = quote! {
        #[doc = #doc]
        fn #write(error: &#error_path) -> #returns {
            use #error_path;
            match error {
                #(#arms)*
                #error::Unhandled(inner) => #unhandled,
            }
        }
    };
    (function, fallible)
}

/// A test that every `@pattern` of an input member compiles in the runtime's
/// engine (a pattern that does not would match everything).
fn pattern_test(cx: &Context<'_>) -> Option<TokenStream> {
    let mut patterns: Vec<&str> = cx
        .service
        .operations
        .iter()
        .flat_map(|op| &op.input.members)
        .filter(|m| m.target == TypeRef::String)
        .filter_map(|m| m.constraints.pattern.as_deref())
        .collect();
    patterns.sort_unstable();
    patterns.dedup();
    if patterns.is_empty() {
        return None;
    }
    Some(quote! {
        #[cfg(test)]
        mod tests {
            #[test]
            fn every_input_pattern_compiles() {
                for source in [#(#patterns),*] {
                    let pattern = sdk_runtime::server::Pattern::new(source);
                    assert!(pattern.compile().is_ok(), "`{source}` does not compile: {:?}", pattern.compile().err());
                }
            }
        }
    })
}
