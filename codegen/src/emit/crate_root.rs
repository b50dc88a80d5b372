//! The crate's skeleton: `lib.rs` with the crate docs, and the module files that
//! declare and re-export the per-shape files.

use super::{doc_attrs, errors, inner_doc_attrs, Context, RustFile};
use crate::ir::{Operation, StructureRole, TypeDef, TypeRef};
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::path::PathBuf;

/// The crate docs' section on how the surface differs from aws-sdk-* and why.
const COMPARED_WITH_AWS_SDK: &str = "

# Compared with the official AWS SDK crate

The public surface follows the official crate (module names `types`, `error`,
`operation::<op>`; builder setters, `set_*` and `get_*`; getters), so code moves
between them easily. Where this crate differs, it is on purpose:

- Required members are plain fields, not `Option`s, and `build()` checks them:
  the error names every missing member, instead of the request failing later.
- An error's `Display` shows its code and the service's description rather than
  a bare \"service error\".
- Enum values the model does not list are kept in `Unknown` behind an opaque
  type that can be read (`as_str()`) but not built or matched by content.
- `Debug` of any `@sensitive` member prints `*** Sensitive Data Redacted ***`.
- With the `serde` feature, every type implements `serde::Serialize` and
  `serde::Deserialize`, so results such as registrations and tokens can be
  stored. The wire format does not use serde: see [`json`].";

pub(crate) fn files(cx: &Context<'_>) -> Vec<RustFile> {
    let mut files = vec![
        file("src/lib.rs", lib_rs(cx)),
        file("src/client.rs", super::client::client_file(cx)),
        file("src/config.rs", super::client::config_file()),
        file("src/primitives.rs", primitives_rs(cx)),
        file("src/error.rs", errors::service_error_file(cx)),
        file("src/types.rs", types_rs(cx, false)),
        file("src/types/error.rs", types_rs(cx, true)),
        file("src/operation.rs", operation_rs(cx)),
        file("src/server.rs", super::server::server_file(cx)),
        file("src/cli.rs", super::cli::cli_file(cx)),
    ];
    if let Some(tests) = super::client::endpoint_tests_file(cx) {
        files.push(file("src/client/endpoint_tests.rs", tests));
    }
    for op in &cx.service.operations {
        let path = format!(
            "src/operation/{}.rs",
            op.module_name.trim_start_matches("r#")
        );
        files.push(file(&path, operation_module(op)));
    }
    files
}

fn file(path: &str, tokens: TokenStream) -> RustFile {
    RustFile {
        path: PathBuf::from(path),
        tokens,
    }
}

fn lib_rs(cx: &Context<'_>) -> TokenStream {
    let service = cx.service;
    let crate_name = cx.options.crate_name.replace('-', "_");
    let mut text = format!("A Rust SDK for {}.\n\n", service.title);
    if let Some(docs) = &service.docs {
        text.push_str(docs);
        text.push_str("\n\n");
    }
    text.push_str(&format!(
        "Generated from the service's Smithy model (API version `{}`). Call operations through\n\
         [`Client`], configured with [`Config`] (region, endpoint, retries, timeouts). Every\n\
         operation has a module in [`operation`] with its input, output and error types; shared\n\
         data types are in [`types`]; [`Error`] is any error of any operation. With the\n\
         `server` feature, the `server` module serves the same operations: implement its\n\
         `Handler` trait and its `Dispatcher` routes HTTP requests to it. With the `cli`\n\
         feature, the `cli` module has a command-line subcommand per operation.\n\n",
        service.version
    ));
    if !service.omitted.is_empty() {
        text.push_str("Operations of the model this crate leaves out:\n\n");
        for (id, reason) in &service.omitted {
            text.push_str(&format!("- `{}`: {reason}.\n", id.name()));
        }
        text.push('\n');
    }
    if !service.omitted_waiters.is_empty() {
        text.push_str("Waiters of the model this crate leaves out:\n\n");
        for (id, waiter, reason) in &service.omitted_waiters {
            text.push_str(&format!("- `{waiter}` of `{}`: {reason}.\n", id.name()));
        }
        text.push('\n');
    }
    text.push_str(&example(cx, &crate_name));
    text.push_str(COMPARED_WITH_AWS_SDK);
    let docs = inner_doc_attrs(&text);
    // Each module documents itself with inner docs in its own file.
    let modules = [
        "client",
        "config",
        "error",
        "operation",
        "primitives",
        "types",
    ]
    .map(|name| {
        let name = ident(name);
        quote! { pub mod #name; }
    });
    quote! {
        #docs
        #![warn(missing_docs)]
        #![forbid(unsafe_code)]

        #(#modules)*

        #[cfg(feature = "server")]
        pub mod server;

        #[cfg(feature = "cli")]
        pub mod cli;

        pub use client::Client;
        pub use config::Config;
        pub use error::Error;

        /// The protocol's JSON form of every type: [`json::to_string`] and
        /// [`json::from_slice`] read and write exactly what goes over the wire.
        pub use sdk_runtime::json;
    }
}

/// A doctest for the crate root: builds the input of the first operation whose
/// required members are all strings, and shows the error of a missing one.
fn example(cx: &Context<'_>, crate_name: &str) -> String {
    let all_strings = |op: &&Operation| {
        op.input
            .members
            .iter()
            .filter(|m| !m.optional && m.default.is_none())
            .all(|m| m.target == TypeRef::String)
    };
    let Some(op) = cx.service.operations.iter().find(all_strings) else {
        return String::new();
    };
    let input = &op.input.rust_name;
    let required: Vec<&str> = op
        .input
        .members
        .iter()
        .filter(|m| !m.optional && m.default.is_none())
        .map(|m| m.field_name.as_str())
        .collect();
    let mut out = format!(
        "# Example\n\n```\nuse {crate_name}::operation::{}::{input};\n\n",
        op.module_name
    );
    out.push_str(&format!("let input = {input}::builder()\n"));
    for field in &required {
        out.push_str(&format!("    .{field}(\"example\")\n"));
    }
    out.push_str("    .build()?;\n");
    if let Some(first) = required.first() {
        out.push_str(&format!("assert_eq!(input.{first}(), \"example\");\n"));
        out.push_str(&format!(
            "\n// A missing required member is an error that names it, never a panic.\nlet error = {input}::builder().build().unwrap_err();\nassert!(error.to_string().contains(\"{}\"));\n",
            first.trim_start_matches("r#")
        ));
    } else {
        out.push_str("let _ = input;\n");
    }
    out.push_str(&format!(
        "# Ok::<(), {crate_name}::error::BuildError>(())\n```"
    ));
    out
}

fn primitives_rs(cx: &Context<'_>) -> TokenStream {
    let unknown = cx.has_enums().then(|| {
        quote! {
            /// An enum value the model does not list, as received.
            ///
            /// It can be read with [`as_str`](Self::as_str) but not constructed outside this
            /// crate, so code cannot come to depend on a particular unknown value.
            #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct UnknownVariantValue(String);

            impl UnknownVariantValue {
                pub(crate) fn new(value: &str) -> Self {
                    Self(value.to_owned())
                }

                /// The value as received.
                pub fn as_str(&self) -> &str {
                    &self.0
                }
            }
        }
    });
    let docs = inner_doc_attrs(
        "Primitive types used by the data types: timestamps, blobs, documents and big numbers.",
    );
    let byte_stream = cx.has_streams().then(|| {
        quote! {
            /// The body of a `@streaming` payload, read as it comes.
            pub use sdk_runtime::{ByteStream, ByteStreamError};
        }
    });
    quote! {
        #docs

        pub use sdk_runtime::{BigDecimal, BigInteger, Blob, DateTime, Document, Number, TimestampFormat};
        #byte_stream

        #unknown
    }
}

/// `types.rs` (data types) or `types/error.rs` (error structures).
fn types_rs(cx: &Context<'_>, errors_module: bool) -> TokenStream {
    let defs: Vec<&TypeDef> = cx
        .service
        .types
        .values()
        .filter(|def| {
            matches!(def, TypeDef::Structure(s) if s.role == StructureRole::Error) == errors_module
        })
        .collect();
    let mut sorted = defs.clone();
    sorted.sort_by_key(|def| def.rust_name().to_owned());
    let stems = sorted.iter().map(|def| {
        let stem = match def {
            TypeDef::Structure(s) => &s.file_stem,
            TypeDef::Union(u) => &u.file_stem,
            TypeDef::Enum(e) => &e.file_stem,
        };
        format_ident!("{}", stem)
    });
    let stems: Vec<_> = stems.collect();
    let names: Vec<_> = sorted.iter().map(|def| ident(def.rust_name())).collect();
    let builders: Vec<_> = sorted
        .iter()
        .zip(&stems)
        .filter(|(def, _)| matches!(def, TypeDef::Structure(_)))
        .map(|(def, stem)| {
            let builder = format_ident!("{}Builder", def.rust_name());
            quote!(pub use super::#stem::#builder;)
        })
        .collect();
    let builders = (!builders.is_empty()).then(|| {
        quote! {
            /// Builders for the structures in this module.
            pub mod builders {
                #(#builders)*
            }
        }
    });
    let module_doc = if errors_module {
        "The errors the service models, one structure per error code."
    } else {
        "Data types of the service: structures, unions and enums."
    };
    let module_docs = inner_doc_attrs(module_doc);
    let error_module = (!errors_module).then(|| {
        quote! {
            pub mod error;
        }
    });
    quote! {
        #module_docs

        #(mod #stems;)*
        #(pub use #stems::#names;)*

        #builders
        #error_module
    }
}

fn operation_rs(cx: &Context<'_>) -> TokenStream {
    let modules = cx.service.operations.iter().map(|op| {
        let module = ident(&op.module_name);
        let docs = doc_attrs(
            op.docs.as_deref(),
            &format!("The `{}` operation.", op.id.name()),
        );
        quote! { #docs pub mod #module; }
    });
    let module_docs =
        inner_doc_attrs("One module per operation, with its input, output and error types.");
    quote! {
        #module_docs
        /// The request id of outputs, errors and [`SdkError`](crate::error::SdkError)s,
        /// as `aws-sdk`'s `operation::RequestId` (outputs and errors also have it as a method).
        pub use sdk_runtime::client::RequestId;
        #(#modules)*
    }
}

fn operation_module(op: &Operation) -> TokenStream {
    let mut docs = op
        .docs
        .clone()
        .unwrap_or_else(|| format!("The `{}` operation.", op.id.name()));
    let plan = &op.plan;
    let mut uri: String = plan
        .path
        .iter()
        .map(|part| match part {
            crate::ir::PathPart::Literal(text) => format!("/{text}"),
            crate::ir::PathPart::Label { member, greedy, .. } => {
                let plus = if *greedy { "+" } else { "" };
                format!("/{{{}{plus}}}", op.input.members[*member].name)
            }
        })
        .collect();
    if uri.is_empty() {
        uri.push('/');
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
        uri = format!("{uri}?{}", query.join("&"));
    }
    match &plan.target {
        Some(target) => docs.push_str(&format!(
            "\n\nSent as `{} {uri}` with `X-Amz-Target: {target}`.",
            plan.method
        )),
        None => docs.push_str(&format!("\n\nSent as `{} {uri}`.", plan.method)),
    }
    let module_docs = inner_doc_attrs(&docs);
    let stem = op.module_name.trim_start_matches("r#");
    let input_mod = format_ident!("{}", op.input.file_stem);
    let output_mod = format_ident!("{}", op.output.file_stem);
    let error_mod = format_ident!("_{}_error", stem);
    let fluent_mod = format_ident!("_{}_fluent_builder", stem);
    let fluent = format_ident!("{}FluentBuilder", op.rust_name);
    let input = ident(&op.input.rust_name);
    let output = ident(&op.output.rust_name);
    let error = format_ident!("{}Error", op.rust_name);
    let input_builder = format_ident!("{}Builder", op.input.rust_name);
    let output_builder = format_ident!("{}Builder", op.output.rust_name);
    let paginator = op.paginated.is_some().then(|| {
        let module = format_ident!("_{}_paginator", stem);
        let paginator = format_ident!("{}Paginator", op.rust_name);
        quote! {
            mod #module;

            /// The paginator of this operation: see `into_paginator()` on its fluent builder.
            pub mod paginator {
                pub use super::#module::#paginator;
            }
        }
    });
    let waiters = (!op.waiters.is_empty()).then(|| {
        let module = format_ident!("_{}_waiters", stem);
        let types = super::waiters::waiter_types(op);
        quote! {
            mod #module;

            /// The waiters of this operation: see the `wait_until_` methods of [`Client`](crate::Client).
            pub mod waiters {
                pub use super::#module::{#(#types),*};
            }
        }
    });
    quote! {
        #module_docs

        mod #error_mod;
        mod #fluent_mod;
        mod #input_mod;
        mod #output_mod;

        pub use #error_mod::#error;
        pub use #input_mod::#input;
        pub use #output_mod::#output;

        /// Builders for this operation's input and output.
        pub mod builders {
            pub use super::#fluent_mod::#fluent;
            pub use super::#input_mod::#input_builder;
            pub use super::#output_mod::#output_builder;
        }

        #paginator

        #waiters
    }
}
