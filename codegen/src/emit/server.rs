//! The server side (feature `server`): a `Handler` trait with one async method
//! per operation, and a `Dispatcher` that routes HTTP requests to it.
//!
//! The route table comes from the `@http` traits; each operation gets a reader
//! that binds its input from the body, labels, query and headers and checks
//! the model's constraints, a writer for its output, and one for its errors.
//! Routing, body limits, framework errors and the serve loop are in the
//! runtime (`sdk_runtime::server`).

use super::structure::{read_object, write_object};
use super::{doc_attrs, inner_doc_attrs, Context};
use crate::ir::{
    ErrorFault, HttpBinding, Member, Operation, TimestampFormat, TypeDef, TypeRef, UriSegment,
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
         The dispatcher routes each request by method, path and query (from the model's\n\
         `@http` traits), reads and validates the input, calls the handler, and writes the\n\
         output or error as the protocol asks. Requests that never reach a handler get the\n\
         Smithy framework errors: 404 `UnknownOperationException`, 405 for a known path with\n\
         another method, 400 `SerializationException` for a body that is not the input's\n\
         JSON, 400 `ValidationException` naming each member that breaks a rule, 415 for a\n\
         body that is not JSON, and 413 for a body over the limit.",
        cx.service.title
    ));
    let trait_methods = ops.iter().map(handler_method);
    let variants = ops.iter().map(|op| format_ident!("{}", op.rust_name));
    let routes = routes(ops);
    let arms = ops.iter().map(dispatch_arm);
    let validated = structures_to_validate(cx);
    let readers = ops.iter().map(|op| read_input_fn(cx, &validated, op));
    let writers = ops.iter().map(|op| write_output_fn(cx, op));
    let error_writers = ops.iter().map(|op| write_error_fn(cx, op));
    let pattern_test = pattern_test(cx);
    let validators = structure_validators(cx, &validated);
    let unreadable = ops.iter().any(reads_fallibly).then(|| {
        quote! {
            /// A body or bound value that is not what the input's types allow.
            fn unreadable(error: impl std::fmt::Display) -> FrameworkError {
                FrameworkError::Serialization(error.to_string())
            }
        }
    });
    let any_labels = ops.iter().any(has_labels);
    let route_pattern = if any_labels {
        quote!((operation, labels))
    } else {
        quote!((operation, _))
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
        use sdk_runtime::server::{Body, Bytes, FrameworkError, RequestParts, ResponseBody, Route, Segment};
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

        /// Every operation's route, those with more query literals and literal
        /// segments first so the most specific route wins.
        const ROUTES: &[Route<Operation>] = &[#(#routes),*];

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
                B: Body<Data = Bytes>,
                B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
            {
                let (parts, body) = request.into_parts();
                let routed = RequestParts::new(parts)
                    .and_then(|request| Ok((sdk_runtime::server::route(ROUTES, &request)?, request)));
                let (#route_pattern, request) = match routed {
                    Ok(routed) => routed,
                    Err(error) => return error.into_response(),
                };
                let work = self.call(operation, request, #labels_arg body, peer);
                sdk_runtime::server::traced(operation.name(), work).await
            }

            /// Reads the body, binds and validates the input, calls the handler
            /// and writes its answer.
            async fn call<B>(
                &self,
                operation: Operation,
                request: RequestParts,
                #labels_param
                body: B,
                peer: Option<std::net::SocketAddr>,
            ) -> Result<http::Response<ResponseBody>, FrameworkError>
            where
                B: Body<Data = Bytes>,
                B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
            {
                let body = sdk_runtime::server::read_body(body, request.headers(), self.body_limit).await?;
                Ok(match operation {
                    #(#arms)*
                })
            }
        }

        impl<H: Handler> Dispatch for Dispatcher<H> {
            async fn dispatch(&self, request: http::Request<sdk_runtime::server::Incoming>, peer: std::net::SocketAddr) -> http::Response<ResponseBody> {
                self.handle(request, Some(peer)).await
            }
        }

        #unreadable

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
    let mut routed: Vec<&Operation> = ops.iter().filter(|op| op.http.is_some()).collect();
    let specificity = |op: &&Operation| {
        let http = op.http.as_ref().map(|h| {
            let literals = h
                .path
                .iter()
                .filter(|s| matches!(s, UriSegment::Literal(_)))
                .count();
            (h.query_literals.len(), literals, h.path.len())
        });
        std::cmp::Reverse(http)
    };
    // Stable: operations of equal specificity keep their (name) order.
    routed.sort_by_key(specificity);
    routed
        .into_iter()
        .filter_map(|op| {
            let http = op.http.as_ref()?;
            let variant = format_ident!("{}", op.rust_name);
            let method = http.method.to_ascii_uppercase();
            let segments = http.path.iter().map(|s| match s {
                UriSegment::Literal(text) => quote!(Segment::Literal(#text)),
                UriSegment::Label(_) => quote!(Segment::Label),
                UriSegment::GreedyLabel(_) => quote!(Segment::Greedy),
            });
            let query = http.query_literals.iter().map(|(k, v)| match v {
                Some(v) => quote!((#k, Some(#v))),
                None => quote!((#k, None)),
            });
            Some(quote! {
                Route {
                    operation: Operation::#variant,
                    method: #method,
                    path: &[#(#segments),*],
                    query: &[#(#query),*],
                }
            })
        })
        .collect()
}

/// Whether the operation's input reader can fail to read (and so calls
/// `unreadable`): it parses a JSON or text body, or builds an input with
/// required members.
fn reads_fallibly(op: &Operation) -> bool {
    op.input.has_required_members()
        || op.input.members.iter().any(|m| match m.http {
            HttpBinding::Body => true,
            HttpBinding::Payload => !matches!(m.target, TypeRef::Blob { .. }),
            _ => false,
        })
}

fn has_labels(op: &Operation) -> bool {
    op.http
        .as_ref()
        .is_some_and(|h| h.path.iter().any(|s| !matches!(s, UriSegment::Literal(_))))
}

fn dispatch_arm(op: &Operation) -> TokenStream {
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
    quote! {
        Operation::#variant => {
            let input = #read(&request, #labels &body)?;
            let context = RequestContext::new(peer, request.into_headers());
            match self.handler.#method(input, &context).await {
                Ok(output) => #write(&output),
                Err(error) => #write_error(&error),
            }
        }
    }
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
    let members = &op.input.members;
    let body_members: Vec<&Member> = members
        .iter()
        .filter(|m| m.http == HttpBinding::Body)
        .collect();
    let payload = members.iter().find(|m| m.http == HttpBinding::Payload);

    let read_body = match payload {
        Some(m) => {
            let field = ident(&m.field_name);
            let (value, media_type) = match &m.target {
                TypeRef::Blob { .. } => (
                    quote!((!body.is_empty()).then(|| crate::primitives::Blob::new(body.to_vec()))),
                    None,
                ),
                TypeRef::String => (
                    quote!((!body.is_empty())
                        .then(|| String::from_utf8(body.to_vec()))
                        .transpose()
                        .map_err(unreadable)?),
                    Some("text/plain"),
                ),
                // An enum payload is its value as text, as a string payload is.
                TypeRef::Named(id) if cx.is_enum(id) => {
                    let path = cx.type_path(id);
                    (
                        quote!((!body.is_empty())
                            .then(|| std::str::from_utf8(body).map(#path::from))
                            .transpose()
                            .map_err(unreadable)?),
                        Some("text/plain"),
                    )
                }
                // `{}` is what a client sends for an unset structure payload
                // (an empty structure looks the same), so it reads as unset.
                TypeRef::Named(id)
                    if matches!(cx.service.types.get(id), Some(TypeDef::Structure(_))) =>
                {
                    (
                        quote!(json::from_payload(body).map_err(unreadable)?),
                        Some("application/json"),
                    )
                }
                _ => (
                    quote!((!body.is_empty())
                        .then(|| json::from_slice(body))
                        .transpose()
                        .map_err(unreadable)?),
                    Some("application/json"),
                ),
            };
            let value = if m.boxed {
                quote!(#value.map(Box::new))
            } else {
                value
            };
            let check = media_type.map(|media_type| {
                quote!(sdk_runtime::server::check_content_type(request.headers(), body, #media_type)?;)
            });
            quote! {
                #check
                builder.#field = #value;
            }
        }
        None if body_members.is_empty() => quote!(),
        // Every member in the body: the input builder's own reader does it all.
        None if body_members.len() == members.len() => quote! {
            sdk_runtime::server::check_content_type(request.headers(), body, "application/json")?;
            json::read_document(body, |reader, path| builder.read_json_members(reader, path))
                .map_err(unreadable)?;
        },
        None => {
            let read = read_object(&body_members);
            quote! {
                sdk_runtime::server::check_content_type(request.headers(), body, "application/json")?;
                json::read_document(body, |reader, path| {
                    #read
                    Ok(())
                })
                .map_err(unreadable)?;
            }
        }
    };

    let label_names: Vec<&str> = op
        .http
        .as_ref()
        .map(|h| {
            h.path
                .iter()
                .filter_map(|s| match s {
                    UriSegment::Label(l) | UriSegment::GreedyLabel(l) => Some(l.as_str()),
                    UriSegment::Literal(_) => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let mut bound = Vec::new();
    for m in members {
        let field = ident(&m.field_name);
        let wrap = |value: TokenStream| {
            if m.boxed {
                quote!(Box::new(#value))
            } else {
                value
            }
        };
        match &m.http {
            HttpBinding::Label => {
                let Some(index) = label_names.iter().position(|l| *l == m.name) else {
                    continue;
                };
                let what = format!("path label `{}`", m.name);
                let format = m.timestamp_format.unwrap_or(TimestampFormat::DateTime);
                let label = if index == 0 {
                    quote!(labels.first())
                } else {
                    quote!(labels.get(#index))
                };
                if let Some(value) = from_text(cx, &m.target, quote!(text), format, &what) {
                    let value = wrap(value);
                    bound.push(quote! {
                        if let Some(text) = #label.map(String::as_str) {
                            builder.#field = Some(#value);
                        }
                    });
                }
            }
            HttpBinding::Query(key) => {
                let what = format!("query parameter `{key}`");
                let format = m.timestamp_format.unwrap_or(TimestampFormat::DateTime);
                if let TypeRef::List { member, .. } = &m.target {
                    if let Some(item) = from_text(cx, member, quote!(text), format, &what) {
                        bound.push(quote! {
                            let items = request.query_all(#key).map(|text| Ok(#item)).collect::<Result<Vec<_>, FrameworkError>>()?;
                            if !items.is_empty() {
                                builder.#field = Some(items);
                            }
                        });
                    }
                } else if let Some(value) = from_text(cx, &m.target, quote!(text), format, &what) {
                    let value = wrap(value);
                    bound.push(quote! {
                        if let Some(text) = request.query(#key) {
                            builder.#field = Some(#value);
                        }
                    });
                }
            }
            HttpBinding::Header(key) => {
                let lower = key.to_ascii_lowercase();
                let what = format!("header `{key}`");
                let format = m.timestamp_format.unwrap_or(TimestampFormat::HttpDate);
                let from_text = |target: &TypeRef, text: TokenStream, format, what: &str| {
                    if m.media_type.is_some() && target == &TypeRef::String {
                        // A `@mediaType` string travels in base64 in a header.
                        let message = format!(
                            "{} is not valid: {{error}}",
                            what.replace('{', "{{").replace('}', "}}")
                        );
                        Some(quote!(sdk_runtime::client::read_media_type_header(#text)
                            .map_err(|error| FrameworkError::Serialization(format!(#message)))?))
                    } else {
                        from_text(cx, target, text, format, what)
                    }
                };
                if let TypeRef::List { member, .. } = &m.target {
                    if let Some(item) = from_text(member, quote!(text), format, &what) {
                        // Items are split as the client joins them: quoted strings
                        // kept whole, HTTP dates by every second comma.
                        let split = if member.as_ref() == &TypeRef::Timestamp
                            && format == TimestampFormat::HttpDate
                        {
                            quote!(sdk_runtime::client::split_http_dates(list))
                        } else {
                            quote!(sdk_runtime::client::split_header_list(list))
                        };
                        bound.push(quote! {
                            if let Some(list) = request.header(#lower)? {
                                builder.#field = Some(#split.iter().map(|text| { let text = text.as_str(); Ok(#item) }).collect::<Result<Vec<_>, FrameworkError>>()?);
                            }
                        });
                    }
                } else if let Some(value) = from_text(&m.target, quote!(text), format, &what) {
                    let value = wrap(value);
                    bound.push(quote! {
                        if let Some(text) = request.header(#lower)? {
                            builder.#field = Some(#value);
                        }
                    });
                }
            }
            // Every query parameter, those other members are bound to
            // included (as Smithy's server tests ask): a map of strings takes
            // a key's first value, a map of lists all of them.
            HttpBinding::QueryParams => {
                let TypeRef::Map {
                    value: target,
                    sparse,
                } = &m.target
                else {
                    continue;
                };
                let what = format!("a query parameter of `{}`", m.name);
                let format = m.timestamp_format.unwrap_or(TimestampFormat::DateTime);
                let read = if let TypeRef::List {
                    member,
                    sparse: sparse_list,
                } = target.as_ref()
                {
                    let Some(item) = from_text(cx, member, quote!(text), format, &what) else {
                        continue;
                    };
                    let item = if *sparse_list {
                        quote!(Some(#item))
                    } else {
                        item
                    };
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
                    let Some(value) = from_text(cx, target, quote!(text), format, &what) else {
                        continue;
                    };
                    let value = if *sparse { quote!(Some(#value)) } else { value };
                    quote! {
                        if !map.contains_key(key) {
                            map.insert(key.to_owned(), #value);
                        }
                    }
                };
                let map_type = cx.rust_type(&m.target);
                bound.push(quote! {
                    let mut map: #map_type = std::collections::HashMap::new();
                    for (key, text) in request.query_pairs() {
                        #read
                    }
                    if !map.is_empty() {
                        builder.#field = Some(map);
                    }
                });
            }
            // Every header whose name starts with the prefix (names compared
            // in lower case, as they arrive), keyed by the rest of its name.
            HttpBinding::PrefixHeaders(prefix) => {
                let TypeRef::Map {
                    value: target,
                    sparse,
                } = &m.target
                else {
                    continue;
                };
                let lower = prefix.to_ascii_lowercase();
                let what = format!("a header of `{}`", m.name);
                let Some(value) =
                    from_text(cx, target, quote!(text), TimestampFormat::HttpDate, &what)
                else {
                    continue;
                };
                let value = if *sparse { quote!(Some(#value)) } else { value };
                let map_type = cx.rust_type(&m.target);
                bound.push(quote! {
                    let mut map: #map_type = std::collections::HashMap::new();
                    for name in request.headers().keys() {
                        let Some(key) = name.as_str().strip_prefix(#lower) else {
                            continue;
                        };
                        if let Some(text) = request.header(name.as_str())? {
                            map.insert(key.to_owned(), #value);
                        }
                    }
                    if !map.is_empty() {
                        builder.#field = Some(map);
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
    let labels_used = members
        .iter()
        .any(|m| m.http == HttpBinding::Label && label_names.contains(&m.name.as_str()));
    let labels_param = match (label_names.is_empty(), labels_used) {
        (true, _) => quote!(),
        (false, true) => quote!(labels: &[String],),
        (false, false) => quote!(_labels: &[String],),
    };
    // A blob payload is taken as it comes: its media type is not checked.
    let request_used = payload.is_some_and(|m| !matches!(m.target, TypeRef::Blob { .. }))
        || !body_members.is_empty()
        || members.iter().any(|m| {
            matches!(
                m.http,
                HttpBinding::Query(_)
                    | HttpBinding::QueryParams
                    | HttpBinding::Header(_)
                    | HttpBinding::PrefixHeaders(_)
            )
        });
    let request_param = if request_used {
        quote!(request: &RequestParts)
    } else {
        quote!(_request: &RequestParts)
    };
    let body_param = if payload.is_some() || !body_members.is_empty() {
        quote!(body: &[u8])
    } else {
        quote!(_body: &[u8])
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
            TypeRef::Blob { .. } => Some(quote!(value.as_ref().len())),
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

/// Reads the text `text` of a label, query value or header into `target`;
/// `None` for types those locations cannot carry (the member is not bound).
fn from_text(
    cx: &Context<'_>,
    target: &TypeRef,
    text: TokenStream,
    format: TimestampFormat,
    what: &str,
) -> Option<TokenStream> {
    let message = format!(
        "{} is not valid: {{error}}",
        what.replace('{', "{{").replace('}', "}}")
    );
    let bad = quote!(|error| FrameworkError::Serialization(format!(#message)));
    Some(match target {
        TypeRef::String => quote!(#text.to_owned()),
        TypeRef::Named(id) if cx.is_enum(id) => {
            let path = cx.type_path(id);
            quote!(#path::from(#text))
        }
        numeric if numeric.is_copy() => quote!(#text.parse().map_err(#bad)?),
        TypeRef::Timestamp => {
            let format = runtime_format(format);
            quote!(crate::primitives::DateTime::parse(#text, #format).map_err(#bad)?)
        }
        TypeRef::Blob { .. } => quote!(crate::primitives::Blob::from_base64(#text).map_err(#bad)?),
        _ => return None,
    })
}

/// The text of a value written to a header: always there, or (for a
/// timestamp a format cannot write) maybe not.
enum Text {
    /// The value itself: a `String`, cloned.
    Itself(TokenStream),
    /// A `String` expression.
    Always(TokenStream),
    /// An `Option<String>` expression.
    Maybe(TokenStream),
}

impl Text {
    /// As an `Option<String>` expression.
    fn option(&self) -> TokenStream {
        match self {
            Text::Itself(value) => quote!(Some(#value.clone())),
            Text::Always(text) => quote!(Some(#text)),
            Text::Maybe(text) => text.clone(),
        }
    }
}

/// The text of a value written to a header; `None` for types a header cannot carry.
fn to_text(
    cx: &Context<'_>,
    target: &TypeRef,
    value: TokenStream,
    format: TimestampFormat,
) -> Option<Text> {
    Some(Text::Always(match target {
        TypeRef::String => return Some(Text::Itself(value)),
        TypeRef::Named(id) if cx.is_enum(id) => quote!(#value.as_str().to_owned()),
        TypeRef::Float | TypeRef::Double => quote!(sdk_runtime::client::float_text(#value)),
        numeric if numeric.is_copy() => quote!(#value.to_string()),
        TypeRef::Timestamp => {
            let format = runtime_format(format);
            return Some(Text::Maybe(quote!(#value.fmt(#format).ok())));
        }
        TypeRef::Blob { .. } => quote!(#value.to_base64()),
        _ => return None,
    }))
}

fn runtime_format(format: TimestampFormat) -> TokenStream {
    match format {
        TimestampFormat::EpochSeconds => quote!(sdk_runtime::TimestampFormat::EpochSeconds),
        TimestampFormat::DateTime => quote!(sdk_runtime::TimestampFormat::DateTime),
        TimestampFormat::HttpDate => quote!(sdk_runtime::TimestampFormat::HttpDate),
    }
}

fn write_output_fn(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let (_, output, _) = op_types(op);
    let write = format_ident!("write_{}", stem(op));
    let code = op.http.as_ref().map_or(200, |h| h.code);
    let doc = format!(" Writes `{}`'s output with status {code}.", op.id.name());
    let status = proc_macro2::Literal::u16_unsuffixed(code);
    let members = &op.output.members;
    let body_members: Vec<&Member> = members
        .iter()
        .filter(|m| m.http == HttpBinding::Body)
        .collect();
    let payload = members.iter().find(|m| m.http == HttpBinding::Payload);
    // The media type of a payload that is not JSON.
    let mut content_type = None;
    let body = match payload {
        Some(m) => {
            let field = ident(&m.field_name);
            let access = if m.optional {
                quote!(output.#field.as_ref())
            } else {
                quote!(Some(&output.#field))
            };
            match &m.target {
                TypeRef::Blob { .. } => {
                    content_type = Some("application/octet-stream");
                    quote!(#access.map(|b| b.as_ref().to_vec()).unwrap_or_default())
                }
                TypeRef::String => {
                    content_type = Some("text/plain");
                    quote!(#access.map(|s| s.as_bytes().to_vec()).unwrap_or_default())
                }
                // An enum payload is its value as text.
                TypeRef::Named(id) if cx.is_enum(id) => {
                    content_type = Some("text/plain");
                    quote!(#access.map(|e| e.as_str().as_bytes().to_vec()).unwrap_or_default())
                }
                _ => quote!(#access.map(json::to_vec).unwrap_or_default()),
            }
        }
        None if members.iter().all(|m| m.http == HttpBinding::Body) => {
            quote!(json::to_vec(output))
        }
        None => {
            let write = write_object(&body_members, &quote!(output), &quote!(&mut body));
            quote! {{
                let mut body = String::with_capacity(256);
                #write
                body.into_bytes()
            }}
        }
    };
    let mut headers = header_writes(cx, members, &quote!(output));
    if let Some(content_type) = content_type {
        // Before the members' own headers, so a `Content-Type` member wins.
        headers.insert(
            0,
            quote!(response.headers_mut().insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static(#content_type));),
        );
    }
    let mut status_expr = quote!(#status);
    for m in members {
        let field = ident(&m.field_name);
        if m.http == HttpBinding::ResponseCode {
            let value = if m.optional {
                let default = proc_macro2::Literal::i32_unsuffixed(i32::from(code));
                quote!(output.#field.unwrap_or(#default))
            } else {
                quote!(output.#field)
            };
            status_expr = quote!(u16::try_from(#value).unwrap_or(#status));
        }
    }
    let response = if headers.is_empty() {
        quote!(sdk_runtime::server::json_response(#status_expr, #body))
    } else {
        quote! {
            let mut response = sdk_runtime::server::json_response(#status_expr, #body);
            #(#headers)*
            response
        }
    };
    // An output whose members all travel where a response cannot carry them
    // (a query binding) writes nothing of it.
    let writes_output = members.iter().any(|m| {
        matches!(
            m.http,
            HttpBinding::Body
                | HttpBinding::Payload
                | HttpBinding::Header(_)
                | HttpBinding::PrefixHeaders(_)
                | HttpBinding::ResponseCode
        )
    }) || members.is_empty();
    let param = if writes_output {
        quote!(output)
    } else {
        quote!(_output)
    };
    quote! {
        #[doc = #doc]
        fn #write(#param: &#output) -> http::Response<ResponseBody> {
            #response
        }
    }
}

/// What writes the header-bound members (`@httpHeader`, `@httpPrefixHeaders`)
/// of `receiver` (an output or an error) into `response`.
fn header_writes(cx: &Context<'_>, members: &[Member], receiver: &TokenStream) -> Vec<TokenStream> {
    let mut headers = Vec::new();
    for m in members {
        let field = ident(&m.field_name);
        let access = if m.optional {
            quote!(#receiver.#field.as_ref())
        } else {
            quote!(Some(&#receiver.#field))
        };
        match &m.http {
            HttpBinding::Header(name) => {
                let format = m.timestamp_format.unwrap_or(TimestampFormat::HttpDate);
                let lower = name.to_ascii_lowercase();
                let to_text = |target: &TypeRef, value: TokenStream| {
                    if m.media_type.is_some() && target == &TypeRef::String {
                        // A `@mediaType` string travels in base64 in a header.
                        Some(Text::Always(
                            quote!(sdk_runtime::client::media_type_header(#value)),
                        ))
                    } else {
                        to_text(cx, target, value, format)
                    }
                };
                if let TypeRef::List { member, .. } = &m.target {
                    // One header, the items joined as the client joins them.
                    let Some(text) = to_text(member, quote!(item)) else {
                        continue;
                    };
                    let collect = match text {
                        Text::Itself(_) => quote!(items.to_vec()),
                        Text::Always(text) => quote!(items.iter().map(|item| #text).collect()),
                        Text::Maybe(text) => {
                            quote!(items.iter().filter_map(|item| #text).collect())
                        }
                    };
                    let quote_items = !(member.as_ref() == &TypeRef::Timestamp
                        && format == TimestampFormat::HttpDate);
                    headers.push(quote! {
                        if let Some(items) = #access {
                            let texts: Vec<String> = #collect;
                            let joined = sdk_runtime::client::header_list(texts, #quote_items);
                            if let Ok(value) = http::HeaderValue::from_str(&joined) {
                                response.headers_mut().insert(#lower, value);
                            }
                        }
                    });
                    continue;
                }
                let Some(text) = to_text(&m.target, quote!(value)) else {
                    continue;
                };
                let text = match text {
                    Text::Itself(_) => quote!(#access.cloned()),
                    Text::Always(text) => quote!(#access.map(|value| #text)),
                    Text::Maybe(text) => quote!(#access.and_then(|value| #text)),
                };
                headers.push(quote! {
                    if let Some(text) = #text {
                        if let Ok(value) = http::HeaderValue::from_str(&text) {
                            response.headers_mut().insert(#lower, value);
                        }
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
                let Some(text) = to_text(cx, value_target, quote!(item), TimestampFormat::HttpDate)
                else {
                    continue;
                };
                let text = text.option();
                headers.push(quote! {
                    if let Some(map) = #access {
                        for (suffix, item) in map {
                            let name = format!("{}{}", #prefix, suffix).to_ascii_lowercase();
                            if let (Ok(name), Some(Ok(value))) = (
                                http::HeaderName::from_bytes(name.as_bytes()),
                                (#text).map(|text| http::HeaderValue::from_str(&text)),
                            ) {
                                response.headers_mut().insert(name, value);
                            }
                        }
                    }
                });
            }
            _ => {}
        }
    }
    headers
}

fn write_error_fn(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let (_, _, error_path) = op_types(op);
    let error = format_ident!("{}Error", op.rust_name);
    let write = format_ident!("write_{}_error", stem(op));
    let doc = format!(
        " Writes one of `{}`'s errors with its `@httpError` status and code.",
        op.id.name()
    );
    let arms = op.errors.iter().filter_map(|id| {
        let Some(TypeDef::Structure(s)) = cx.service.types.get(id) else {
            return None;
        };
        let info = s.error.as_ref()?;
        let variant = super::errors::variant_ident(cx, id);
        let status = proc_macro2::Literal::u16_unsuffixed(info.http_status.unwrap_or(
            match info.fault {
                ErrorFault::Client => 400,
                ErrorFault::Server => 500,
            },
        ));
        let code = &info.code;
        let body_members: Vec<&Member> = s
            .members
            .iter()
            .filter(|m| m.http == HttpBinding::Body)
            .collect();
        if body_members.len() == s.members.len() {
            return Some(quote! {
                #error::#variant(inner) => sdk_runtime::server::error_response(#status, #code, json::to_vec(inner)),
            });
        }
        // Members bound to headers go there, the others in the body.
        let write = write_object(&body_members, &quote!(inner), &quote!(&mut body));
        let headers = header_writes(cx, &s.members, &quote!(inner));
        Some(quote! {
            #error::#variant(inner) => {
                let mut body = String::with_capacity(128);
                #write
                let mut response = sdk_runtime::server::error_response(#status, #code, body.into_bytes());
                #(#headers)*
                response
            }
        })
    });
    quote! {
        #[doc = #doc]
        fn #write(error: &#error_path) -> http::Response<ResponseBody> {
            use #error_path;
            match error {
                #(#arms)*
                #error::Unhandled(inner) => sdk_runtime::server::unhandled_response(inner),
            }
        }
    }
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
