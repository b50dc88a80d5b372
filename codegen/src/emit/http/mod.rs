//! HTTP binding code the client and the dispatcher share. The client writes
//! requests and reads responses; the dispatcher reads requests and writes
//! responses. Both follow the IR's plans ([`crate::ir::HttpPlan`]) through
//! this module, so a value has one text form and a payload one body form,
//! whichever side writes it.
//!
//! What only one side does stays with it: the client writes labels and query
//! parameters, the dispatcher reads them (`emit/client.rs`, `emit/server.rs`).

mod body;
mod headers;
mod text;

pub(crate) use body::{read_body, streams, write_body};
pub(crate) use headers::{read_headers, write_headers};
pub(crate) use text::{read_text, write_text};

use crate::ir::Member;
use crate::naming::ident;
use proc_macro2::TokenStream;
use quote::quote;

/// How generated code makes the error of the function it is in from a
/// message (a `String`) or another error.
pub(crate) enum Fail {
    /// A function that takes either (`unreadable`, `SdkError::construction_failure`).
    Function(TokenStream),
    /// An expression of `error`, which is either.
    Wrap(fn(TokenStream) -> TokenStream),
}

impl Fail {
    /// A closure for `map_err` that names `what` (`header \`x-foo\``) in its message.
    pub fn naming(&self, what: &str) -> TokenStream {
        let template = format!(
            "{} is not valid: {{error}}",
            what.replace('{', "{{").replace('}', "}}")
        );
        let message = quote!(format!(#template));
        let error = match self {
            Fail::Function(function) => quote!(#function(#message)),
            Fail::Wrap(wrap) => wrap(message),
        };
        quote!(|error| #error)
    }

    /// What `map_err` takes to keep the error itself as the cause.
    pub fn plain(&self) -> TokenStream {
        match self {
            Fail::Function(function) => function.clone(),
            Fail::Wrap(wrap) => {
                let error = wrap(quote!(error));
                quote!(|error| #error)
            }
        }
    }
}

/// `body` (statements using `value`) run with `value` bound to member `m` of
/// `receiver` when it is set.
pub(crate) fn when_set(receiver: &TokenStream, m: &Member, body: TokenStream) -> TokenStream {
    let field = ident(&m.field_name);
    if m.optional {
        quote! {
            if let Some(value) = &#receiver.#field {
                #body
            }
        }
    } else {
        quote! {{
            let value = &#receiver.#field;
            #body
        }}
    }
}

/// `value` boxed when the member is.
pub(crate) fn boxed(m: &Member, value: TokenStream) -> TokenStream {
    if m.boxed {
        quote!(Box::new(#value))
    } else {
        value
    }
}
