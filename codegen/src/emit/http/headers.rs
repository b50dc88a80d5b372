//! Members bound to headers (`@httpHeader`, `@httpPrefixHeaders`), written
//! into a list of header pairs and read from a header map.

use super::{boxed, read_text, when_set, write_text, Fail};
use crate::emit::Context;
use crate::ir::{Location, Member, MessagePlan};
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::quote;

/// Statements pushing the header-bound members of `receiver` (a reference)
/// onto `headers`, a `Vec<(HeaderName, HeaderValue)>`. A list travels in one
/// header, its items joined as RFC 7230 says.
pub(crate) fn write_headers(
    plan: &MessagePlan,
    members: &[Member],
    receiver: &TokenStream,
    fail: &Fail,
) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for binding in &plan.bindings {
        let m = &members[binding.member];
        let push = match &binding.location {
            Location::Header { name, text } => {
                let bad = fail.naming(&format!("header `{name}`"));
                // The plan checked the name: `from_static` cannot panic.
                let header = quote!(sdk_runtime::http::HeaderName::from_static(#name));
                if text.list {
                    let item = write_text(&text.item, quote!(item), &bad).into_string();
                    let quote_items = !text.item.is_http_date();
                    quote! {
                        let mut items = Vec::with_capacity(value.len());
                        for item in value {
                            items.push(#item);
                        }
                        let joined = sdk_runtime::client::header_list(items, #quote_items);
                        headers.push((
                            #header,
                            sdk_runtime::http::HeaderValue::from_str(&joined).map_err(#bad)?,
                        ));
                    }
                } else {
                    let text = write_text(&text.item, quote!(value), &bad).as_str();
                    quote! {
                        headers.push((
                            #header,
                            sdk_runtime::http::HeaderValue::from_str(#text).map_err(#bad)?,
                        ));
                    }
                }
            }
            Location::PrefixHeaders {
                prefix,
                text,
                sparse,
            } => {
                let bad = fail.naming(&format!("a header of `{}`", m.name));
                let text = write_text(&text.item, quote!(item), &bad).as_str();
                let unset = sparse.then(|| {
                    quote! {
                        let Some(item) = item else {
                            continue;
                        };
                    }
                });
                quote! {
                    for (suffix, item) in value {
                        #unset
                        let name = format!("{}{}", #prefix, suffix.to_ascii_lowercase());
                        headers.push((
                            sdk_runtime::http::HeaderName::from_bytes(name.as_bytes()).map_err(#bad)?,
                            sdk_runtime::http::HeaderValue::from_str(#text).map_err(#bad)?,
                        ));
                    }
                }
            }
            _ => continue,
        };
        out.push(when_set(receiver, m, push));
    }
    out
}

/// Statements setting the header-bound members of `builder` from `headers`
/// (a `&HeaderMap` expression). A header sent in several lines reads as one,
/// its values joined by commas.
pub(crate) fn read_headers(
    cx: &Context<'_>,
    plan: &MessagePlan,
    members: &[Member],
    headers: &TokenStream,
    fail: &Fail,
) -> Vec<TokenStream> {
    let mut out = Vec::new();
    for binding in &plan.bindings {
        let m = &members[binding.member];
        let field = ident(&m.field_name);
        match &binding.location {
            Location::Header { name, text } => {
                let bad = fail.naming(&format!("header `{name}`"));
                let read = if text.list {
                    // Split as they were joined: quoted strings kept whole, HTTP
                    // dates at every second comma.
                    let split = if text.item.is_http_date() {
                        quote!(sdk_runtime::client::split_http_dates(&joined))
                    } else {
                        quote!(sdk_runtime::client::split_header_list(&joined))
                    };
                    let item = read_text(cx, &text.item, quote!(item.as_str()), &bad);
                    let items = boxed(m, quote!(items));
                    quote! {
                        let mut items = Vec::new();
                        for item in #split {
                            items.push(#item);
                        }
                        builder.#field = Some(#items);
                    }
                } else {
                    let value = boxed(m, read_text(cx, &text.item, quote!(joined.as_str()), &bad));
                    quote!(builder.#field = Some(#value);)
                };
                out.push(quote! {
                    if let Some(joined) = sdk_runtime::client::header_text(#headers, #name).map_err(#bad)? {
                        #read
                    }
                });
            }
            Location::PrefixHeaders {
                prefix,
                text,
                sparse,
            } => {
                let bad = fail.naming(&format!("a header of `{}`", m.name));
                let value = read_text(cx, &text.item, quote!(text.as_str()), &bad);
                let value = if *sparse { quote!(Some(#value)) } else { value };
                let map = boxed(m, quote!(map));
                out.push(quote! {
                    let prefixed = sdk_runtime::client::prefixed_headers(#headers, #prefix).map_err(#bad)?;
                    if !prefixed.is_empty() {
                        let mut map = std::collections::HashMap::with_capacity(prefixed.len());
                        for (key, text) in prefixed {
                            map.insert(key, #value);
                        }
                        builder.#field = Some(#map);
                    }
                });
            }
            _ => {}
        }
    }
    out
}
