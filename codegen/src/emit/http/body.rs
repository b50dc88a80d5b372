//! Message bodies: a JSON object of the body members, or one `@httpPayload`
//! member as the whole body. A `@streaming` payload is the one body that is
//! not bytes in memory: it is written and read as a `ByteStream`, moved in and
//! out of its message, never through a `Vec<u8>`.

use super::Fail;
use crate::emit::structure::{read_object, write_object};
use crate::emit::Context;
use crate::ir::{Body, Member, MessagePlan, PayloadKind};
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::quote;

/// Whether the message's body is a `@streaming` payload.
pub(crate) fn streams(plan: &MessagePlan) -> bool {
    matches!(
        plan.body,
        Body::Payload {
            kind: PayloadKind::StreamingBlob,
            ..
        }
    )
}

/// A `Vec<u8>` expression: the body of the message of `receiver` (a
/// reference). For a `@streaming` payload ([`streams`]), a `ByteStream`
/// expression instead, which moves the stream out of `receiver` (then an
/// owned value, used after its other members are written).
pub(crate) fn write_body(
    plan: &MessagePlan,
    members: &[Member],
    receiver: &TokenStream,
) -> TokenStream {
    match &plan.body {
        Body::Empty => quote!(Vec::new()),
        Body::Json { all: true, .. } if members.is_empty() => quote!(b"{}".to_vec()),
        Body::Json { all: true, .. } => quote!(json::to_vec(#receiver)),
        Body::Json { members: body, .. } => {
            let body: Vec<&Member> = body.iter().map(|i| &members[*i]).collect();
            let write = write_object(&body, receiver, &quote!(&mut json_body));
            quote! {{
                let mut json_body = String::with_capacity(256);
                #write
                json_body.into_bytes()
            }}
        }
        Body::Payload {
            member,
            kind: PayloadKind::StreamingBlob,
            ..
        } => {
            let m = &members[*member];
            let field = ident(&m.field_name);
            if m.optional {
                quote!(#receiver.#field.unwrap_or_default())
            } else {
                quote!(#receiver.#field)
            }
        }
        Body::Payload { member, kind, .. } => {
            let m = &members[*member];
            let field = ident(&m.field_name);
            let bytes = |value: TokenStream| match kind {
                PayloadKind::Structure | PayloadKind::Union | PayloadKind::Document => {
                    quote!(json::to_vec(#value))
                }
                // A stream is moved out whole by the arm above, never copied.
                PayloadKind::Blob | PayloadKind::StreamingBlob => quote!(#value.as_ref().to_vec()),
                PayloadKind::String => quote!(#value.as_bytes().to_vec()),
                PayloadKind::Enum => quote!(#value.as_str().as_bytes().to_vec()),
            };
            // An unset structure is still an object, `{}`; anything else unset
            // is no body at all.
            let unset = if *kind == PayloadKind::Structure {
                quote!(b"{}".to_vec())
            } else {
                quote!(Vec::new())
            };
            if m.optional {
                let write = bytes(quote!(value));
                quote! {
                    match &#receiver.#field {
                        Some(value) => #write,
                        None => #unset,
                    }
                }
            } else if kind.is_json() {
                bytes(quote!(&#receiver.#field))
            } else {
                // Methods borrow the field themselves.
                bytes(quote!(#receiver.#field))
            }
        }
    }
}

/// Statements reading `body` (a `&[u8]` expression) into `builder`'s body
/// members or payload. An empty body is an unset payload; an empty JSON body
/// reads as `{}`. For a `@streaming` payload ([`streams`]), `body` is a
/// `ByteStream` expression, set as it is, unread (an empty stream too).
pub(crate) fn read_body(
    cx: &Context<'_>,
    plan: &MessagePlan,
    members: &[Member],
    body: &TokenStream,
    fail: &Fail,
) -> TokenStream {
    let unreadable = fail.plain();
    match &plan.body {
        Body::Empty => quote!(),
        // Every member in the body: the builder's own reader does it all.
        Body::Json { all: true, .. } if !members.is_empty() => quote! {
            json::read_document(#body, |reader, path| builder.read_json_members(reader, path))
                .map_err(#unreadable)?;
        },
        // Some members, or none (the body must still be an object, or empty).
        Body::Json {
            members: body_members,
            ..
        } => {
            let body_members: Vec<&Member> = body_members.iter().map(|i| &members[*i]).collect();
            let read = read_object(&body_members);
            quote! {
                json::read_document(#body, |reader, path| {
                    #read
                    Ok(())
                })
                .map_err(#unreadable)?;
            }
        }
        Body::Payload { member, kind, .. } => {
            let m = &members[*member];
            let field = ident(&m.field_name);
            let value = match kind {
                PayloadKind::Blob => quote! {
                    (!#body.is_empty()).then(|| crate::primitives::Blob::new(#body.to_vec()))
                },
                PayloadKind::StreamingBlob => quote!(Some(#body)),
                PayloadKind::String => quote! {
                    (!#body.is_empty())
                        .then(|| String::from_utf8(#body.to_vec()))
                        .transpose()
                        .map_err(#unreadable)?
                },
                PayloadKind::Enum => {
                    let path = cx.rust_type(&m.target);
                    quote! {
                        (!#body.is_empty())
                            .then(|| std::str::from_utf8(#body).map(#path::from))
                            .transpose()
                            .map_err(#unreadable)?
                    }
                }
                // `{}` is what is sent for an unset structure (an empty one
                // looks the same), so it reads as unset.
                PayloadKind::Structure => quote!(json::from_payload(#body).map_err(#unreadable)?),
                PayloadKind::Union | PayloadKind::Document => quote! {
                    if #body.is_empty() {
                        None
                    } else {
                        Some(json::from_slice(#body).map_err(#unreadable)?)
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
    }
}
