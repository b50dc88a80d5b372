//! Paginators: `into_paginator()` on the fluent builder of each `@paginated`
//! operation, and the `<Op>Paginator` it returns.
//!
//! The generated part is glue: which input field carries the token, where the
//! output keeps the next one and the items. Following the tokens, the stop
//! rules and the streams are `sdk_runtime::paginate`.

use super::{doc_attrs, Context};
use crate::ir::{MemberPath, Operation, Paginated, TypeRef};
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The paginator file of `op`, when it is `@paginated`.
pub(crate) fn file(cx: &Context<'_>, op: &Operation) -> Option<TokenStream> {
    let paginated = op.paginated.as_ref()?;
    let module = ident(&op.module_name);
    let fluent = format_ident!("{}FluentBuilder", op.rust_name);
    let paginator = format_ident!("{}Paginator", op.rust_name);
    let output = ident(&op.output.rust_name);
    let error = format_ident!("{}Error", op.rust_name);
    let output = quote!(crate::operation::#module::#output);
    let error = quote!(sdk_runtime::client::SdkError<crate::operation::#module::#error>);
    let fluent = quote!(crate::operation::#module::builders::#fluent);

    let input_token = &paginated.input_token;
    let token_field = ident(last_field(input_token));
    let (read_first, set_token) = if input_token.steps[0].boxed {
        (
            quote!(builder.inner.#token_field.as_deref().cloned()),
            quote!(token.map(Box::new)),
        )
    } else {
        (quote!(builder.inner.#token_field.clone()), quote!(token))
    };
    let next_token = read_token(&paginated.output_token);

    let page_size = paginated.page_size.as_ref().map(|path| {
        let field = ident(last_field(path));
        let ty = cx.rust_type(&path.target);
        let doc = format!(
            " Asks for at most `limit` results per page (the request's `{}`); the service may return fewer.",
            path.path
        );
        quote! {
            #[doc = #doc]
            pub fn page_size(mut self, limit: #ty) -> Self {
                self.builder.inner.#field = Some(limit);
                self
            }
        }
    });
    let items = paginated
        .items
        .as_ref()
        .map(|path| items_method(cx, path, &output, &error));

    let name = op.id.name();
    let docs = doc_attrs(Some(&paginator_docs(name, paginated)), "");
    let into_doc =
        format!(" Sends `{name}` once per page, following the pages' tokens: see [`{paginator}`].");
    Some(quote! {
        #[allow(deprecated)]
        impl #fluent {
            #[doc = #into_doc]
            pub fn into_paginator(self) -> #paginator {
                #paginator { builder: self }
            }
        }

        #docs
        #[derive(Clone, Debug)]
        #[allow(deprecated)]
        pub struct #paginator {
            builder: #fluent,
        }

        #[allow(deprecated)]
        impl #paginator {
            #page_size

            /// Every page, in order, as a [`Stream`](sdk_runtime::paginate::Stream) (or
            /// with its inherent `next().await`). Nothing is sent until it is first polled.
            pub fn send(self) -> sdk_runtime::paginate::PageStream<#output, #error> {
                let builder = self.builder;
                let first = #read_first;
                sdk_runtime::paginate::PageStream::new(
                    first,
                    move |token| {
                        let mut request = builder.clone();
                        request.inner.#token_field = #set_token;
                        request.send()
                    },
                    |output: &#output| #next_token,
                )
            }

            #items
        }
    })
}

fn paginator_docs(name: &str, paginated: &Paginated) -> String {
    let mut text = format!(
        "Sends `{name}` once per page: the first request as built (with the `{}` you set, \
         if any, to resume), each later one with the `{}` of the page before.\n\n\
         It stops after a page whose `{}` is absent or empty, and also after a page that \
         returns the token its request sent, which would otherwise repeat forever. An \
         error ends the stream after being yielded.",
        paginated.input_token.path, paginated.output_token.path, paginated.output_token.path,
    );
    if let Some(items) = &paginated.items {
        text.push_str(&format!(
            "\n\n[`items`](Self::items) flattens every page's `{}`.",
            items.path
        ));
    }
    text
}

fn last_field(path: &MemberPath) -> &str {
    path.steps
        .last()
        .map(|s| s.field_name.as_str())
        .unwrap_or("")
}

/// An expression of type `Option<Token>` reading `path` from `output: &Output`.
fn read_token(path: &MemberPath) -> TokenStream {
    // `place` is a plain place expression until a step is optional; from then on
    // `chain` is an `Option<&_>`.
    let mut place = quote!(output);
    let mut chain: Option<TokenStream> = None;
    for (i, step) in path.steps.iter().enumerate() {
        let field = ident(&step.field_name);
        let last = i + 1 == path.steps.len();
        chain = Some(match (chain.take(), step.optional) {
            (None, false) => {
                place = if step.boxed {
                    quote!((*#place.#field))
                } else {
                    quote!(#place.#field)
                };
                continue;
            }
            // The whole path so far is plain and ends here: clone the option.
            (None, true) if last && !step.boxed => return quote!(#place.#field.clone()),
            (None, true) if step.boxed => quote!(#place.#field.as_deref()),
            (None, true) => quote!(#place.#field.as_ref()),
            (Some(chain), true) if step.boxed => quote!(#chain.and_then(|v| v.#field.as_deref())),
            (Some(chain), true) => quote!(#chain.and_then(|v| v.#field.as_ref())),
            (Some(chain), false) if step.boxed => quote!(#chain.map(|v| &*v.#field)),
            (Some(chain), false) => quote!(#chain.map(|v| &v.#field)),
        });
    }
    match chain {
        Some(chain) => quote!(#chain.cloned()),
        None => quote!(Some(#place.clone())),
    }
}

/// `items()`: the items at `path`, taken out of each page by value.
fn items_method(
    cx: &Context<'_>,
    path: &MemberPath,
    output: &TokenStream,
    error: &TokenStream,
) -> TokenStream {
    let item = match &path.target {
        TypeRef::List { member, sparse } => cx.element_type(member, *sparse),
        TypeRef::Map { value, sparse } => {
            let value = cx.element_type(value, *sparse);
            quote!((String, #value))
        }
        other => cx.rust_type(other),
    };
    // As in `read_token`, but moving: plain until a step is optional.
    let mut take = quote!(output);
    let mut optional = false;
    for step in &path.steps {
        let field = ident(&step.field_name);
        take = match (optional, step.optional, step.boxed) {
            (false, false, false) => quote!(#take.#field),
            (false, false, true) => quote!((*#take.#field)),
            (false, true, false) => quote!(#take.#field),
            (false, true, true) => quote!(#take.#field.map(|v| *v)),
            (true, true, false) => quote!(#take.and_then(|v| v.#field)),
            (true, true, true) => quote!(#take.and_then(|v| v.#field).map(|v| *v)),
            (true, false, false) => quote!(#take.map(|v| v.#field)),
            (true, false, true) => quote!(#take.map(|v| *v.#field)),
        };
        optional |= step.optional;
    }
    if optional {
        take = quote!(#take.unwrap_or_default());
    }
    let doc = format!(
        " Every item of every page's `{}`, in order, as a [`Stream`](sdk_runtime::paginate::Stream)",
        path.path
    );
    quote! {
        #[doc = #doc]
        /// (or with its inherent `next().await`); an error fetching a page is the last item.
        pub fn items(self) -> sdk_runtime::paginate::ItemStream<#item, #output, #error> {
            sdk_runtime::paginate::ItemStream::new(self.send(), |output: #output| #take)
        }
    }
}
