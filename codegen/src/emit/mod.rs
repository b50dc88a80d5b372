//! Stage 3, *emit*: IR → one `quote!` token stream per Rust file.
//!
//! One module per concern; each reads only the IR. Std and prelude items are
//! written unqualified (`Option`, `String`, `Vec`) because resolve renamed every
//! shape that could shadow them; crate items are always written as full
//! `crate::…` paths so no file depends on another's imports.

mod cli;
mod client;
mod crate_root;
mod enums;
mod errors;
mod http;
mod paginators;
mod server;
mod structure;
mod unions;
mod waiters;

use crate::ir::{Service, TypeDef, TypeRef};
use crate::model::ShapeId;
use crate::naming::ident;
use crate::GenerateOptions;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Whether `tokens` use the identifier `name` anywhere (a function called, a
/// module named), so that a file imports or defines it only when used.
pub(crate) fn mentions(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) => ident == name,
        proc_macro2::TokenTree::Group(group) => mentions(&group.stream(), name),
        _ => false,
    })
}

/// A Rust source file before rendering.
pub struct RustFile {
    /// Path relative to the crate root (`src/types/_foo.rs`).
    pub path: PathBuf,
    /// The file's items.
    pub tokens: TokenStream,
}

/// What every emitter reads: the service and the options.
pub(crate) struct Context<'a> {
    pub service: &'a Service,
    pub options: &'a GenerateOptions,
}

impl Context<'_> {
    /// The full path of a named type (`crate::types::Foo`, `crate::types::error::Bar`).
    pub fn type_path(&self, id: &ShapeId) -> TokenStream {
        match self.service.types.get(id) {
            Some(TypeDef::Structure(s)) if s.error.is_some() => {
                let name = ident(&s.rust_name);
                quote!(crate::types::error::#name)
            }
            Some(def) => {
                let name = ident(def.rust_name());
                quote!(crate::types::#name)
            }
            // Resolve only produces `Named` for shapes it lowered; an unknown id here
            // is a bug in resolve, and the compiler will point at it.
            None => {
                let name = ident(&crate::naming::type_name(id.name()));
                quote!(crate::types::#name)
            }
        }
    }

    /// The Rust type of a member target.
    pub fn rust_type(&self, target: &TypeRef) -> TokenStream {
        match target {
            TypeRef::Blob {
                streaming: false, ..
            } => quote!(crate::primitives::Blob),
            TypeRef::Blob {
                streaming: true, ..
            } => quote!(crate::primitives::ByteStream),
            TypeRef::Boolean => quote!(bool),
            TypeRef::String => quote!(String),
            TypeRef::Byte => quote!(i8),
            TypeRef::Short => quote!(i16),
            TypeRef::Integer => quote!(i32),
            TypeRef::Long => quote!(i64),
            TypeRef::Float => quote!(f32),
            TypeRef::Double => quote!(f64),
            TypeRef::BigInteger => quote!(crate::primitives::BigInteger),
            TypeRef::BigDecimal => quote!(crate::primitives::BigDecimal),
            TypeRef::Timestamp => quote!(crate::primitives::DateTime),
            TypeRef::Document => quote!(crate::primitives::Document),
            TypeRef::Named(id) => self.type_path(id),
            TypeRef::List { member, sparse } => {
                let element = self.element_type(member, *sparse);
                quote!(Vec<#element>)
            }
            TypeRef::Map { value, sparse } => {
                let value = self.element_type(value, *sparse);
                quote!(std::collections::HashMap<String, #value>)
            }
        }
    }

    /// The element type of a list or map: `Option<T>` when sparse.
    pub fn element_type(&self, target: &TypeRef, sparse: bool) -> TokenStream {
        let inner = self.rust_type(target);
        if sparse {
            quote!(Option<#inner>)
        } else {
            inner
        }
    }

    /// Whether `id` is a string enum the crate defines.
    pub fn is_enum(&self, id: &ShapeId) -> bool {
        matches!(self.service.types.get(id), Some(TypeDef::Enum(_)))
    }

    /// Whether any type in the crate is an enum (and so needs `UnknownVariantValue`).
    pub fn has_enums(&self) -> bool {
        self.service
            .types
            .values()
            .any(|t| matches!(t, TypeDef::Enum(_)))
    }

    /// Whether an operation streams its input or output payload (`@streaming` blob).
    pub fn has_streams(&self) -> bool {
        self.service
            .operations
            .iter()
            .any(|op| http::streams(&op.plan.request) || http::streams(&op.plan.response))
    }
}

/// `#[doc = "…"]` attributes, one per line (prettyplease turns each into a `///`
/// line; a multi-line attribute would become a `/** */` block).
pub(crate) fn doc_attrs(docs: Option<&str>, fallback: &str) -> TokenStream {
    let text = docs.filter(|d| !d.trim().is_empty()).unwrap_or(fallback);
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    quote!(#(#lines)*)
}

/// Inner `#![doc = "…"]` attributes for module docs.
pub(crate) fn inner_doc_attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#![doc = #line])
    });
    quote!(#(#lines)*)
}

/// A `#[deprecated]` attribute when the model deprecates the item.
pub(crate) fn deprecated_attr(deprecated: Option<&str>) -> TokenStream {
    match deprecated {
        None => quote!(),
        Some("") => quote!(#[deprecated]),
        Some(note) => quote!(#[deprecated(note = #note)]),
    }
}

/// The endpoint rule set the client embeds, as pretty JSON.
pub(crate) fn endpoint_rules(service: &Service, options: &GenerateOptions) -> String {
    client::endpoint_rules_json(&Context { service, options })
}

/// Emits every file of the crate.
pub(crate) fn emit(service: &Service, options: &GenerateOptions) -> Vec<RustFile> {
    let cx = Context { service, options };
    let mut files = crate_root::files(&cx);
    for def in service.types.values() {
        match def {
            TypeDef::Structure(s) => {
                let dir = if s.error.is_some() {
                    "src/types/error"
                } else {
                    "src/types"
                };
                files.push(RustFile {
                    path: PathBuf::from(format!("{dir}/{}.rs", s.file_stem)),
                    tokens: structure::file(&cx, s),
                });
            }
            TypeDef::Union(u) => files.push(RustFile {
                path: PathBuf::from(format!("src/types/{}.rs", u.file_stem)),
                tokens: unions::file(&cx, u),
            }),
            TypeDef::Enum(e) => files.push(RustFile {
                path: PathBuf::from(format!("src/types/{}.rs", e.file_stem)),
                tokens: enums::file(e),
            }),
        }
    }
    for op in &service.operations {
        let dir = format!("src/operation/{}", op.module_name.trim_start_matches("r#"));
        for io in [&op.input, &op.output] {
            files.push(RustFile {
                path: PathBuf::from(format!("{dir}/{}.rs", io.file_stem)),
                tokens: structure::file(&cx, io),
            });
        }
        files.push(RustFile {
            path: PathBuf::from(format!(
                "{dir}/_{}_error.rs",
                op.module_name.trim_start_matches("r#")
            )),
            tokens: errors::operation_error_file(&cx, op),
        });
        files.push(RustFile {
            path: PathBuf::from(format!(
                "{dir}/_{}_fluent_builder.rs",
                op.module_name.trim_start_matches("r#")
            )),
            tokens: client::fluent_file(&cx, op),
        });
        if let Some(tokens) = paginators::file(&cx, op) {
            files.push(RustFile {
                path: PathBuf::from(format!(
                    "{dir}/_{}_paginator.rs",
                    op.module_name.trim_start_matches("r#")
                )),
                tokens,
            });
        }
        if let Some(tokens) = waiters::file(&cx, op) {
            files.push(RustFile {
                path: PathBuf::from(format!(
                    "{dir}/_{}_waiters.rs",
                    op.module_name.trim_start_matches("r#")
                )),
                tokens,
            });
        }
    }
    allow_deprecated_where_named(service, &mut files);
    files
}

/// The crate must name the shapes its model deprecates (to define, read and
/// write them), and every such use warns. Each file that names one allows it,
/// locally, so users still get the warning while the crate stays clean.
fn allow_deprecated_where_named(service: &Service, files: &mut [RustFile]) {
    let mut names: BTreeSet<&str> = BTreeSet::new();
    for def in service.types.values() {
        match def {
            TypeDef::Structure(s) if s.deprecated.is_some() => {
                names.insert(&s.rust_name);
            }
            // (Enums allow their own deprecated variants where they match on them.)
            _ => {}
        }
    }
    for op in &service.operations {
        for io in [&op.input, &op.output] {
            if io.deprecated.is_some() {
                names.insert(&io.rust_name);
            }
        }
    }
    if names.is_empty() {
        return;
    }
    for file in files.iter_mut() {
        if names_any(&file.tokens, &names) {
            let tokens = std::mem::take(&mut file.tokens);
            file.tokens = quote! {
                #![allow(deprecated)]
                #tokens
            };
        }
    }
}

/// Whether `tokens` hold one of `names` as an identifier.
fn names_any(tokens: &TokenStream, names: &BTreeSet<&str>) -> bool {
    tokens.clone().into_iter().any(|tree| match tree {
        proc_macro2::TokenTree::Ident(ident) => names.contains(ident.to_string().as_str()),
        proc_macro2::TokenTree::Group(group) => names_any(&group.stream(), names),
        _ => false,
    })
}
