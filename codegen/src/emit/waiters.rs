//! Waiters: `Client::wait_until_<name>()` for each waiter of a
//! `smithy.waiters#waitable` operation, and the `<Name>Waiter` it returns.
//!
//! The generated part reads each acceptor's path out of the typed input and
//! output into a `sdk_runtime::waiters::Value` and lists the acceptors in
//! order; the JMESPath operators, comparators, backoff and loop are
//! `sdk_runtime::waiters`.

use super::{doc_attrs, Context};
use crate::ir::{
    Comparator, Matcher, Operation, PathExpr, PathRoot, PathSeg, TypeRef, Waiter, WaiterState,
};
use crate::naming::{ident, upper_camel};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The waiter types of `op`, for re-exports.
pub(crate) fn waiter_types(op: &Operation) -> Vec<proc_macro2::Ident> {
    op.waiters
        .iter()
        .map(|w| format_ident!("{}Waiter", upper_camel(&w.name)))
        .collect()
}

/// The waiters file of `op`, when it has waiters.
pub(crate) fn file(cx: &Context<'_>, op: &Operation) -> Option<TokenStream> {
    if op.waiters.is_empty() {
        return None;
    }
    let waiters = op.waiters.iter().map(|w| waiter(cx, op, w));
    Some(quote!(#(#waiters)*))
}

fn waiter(cx: &Context<'_>, op: &Operation, waiter: &Waiter) -> TokenStream {
    let module = ident(&op.module_name);
    let fluent = format_ident!("{}FluentBuilder", op.rust_name);
    let output = ident(&op.output.rust_name);
    let error = format_ident!("{}Error", op.rust_name);
    let output = quote!(crate::operation::#module::#output);
    let error = quote!(crate::operation::#module::#error);
    let fluent = quote!(crate::operation::#module::builders::#fluent);
    let name = format_ident!("{}Waiter", upper_camel(&waiter.name));
    let method = ident(&waiter.method_name);
    let setters = op
        .input
        .members
        .iter()
        .map(|m| super::client::fluent_setters(cx, m, &quote!(self.inner.inner)));
    let (min, max) = (waiter.min_delay, waiter.max_delay);
    let deprecated = waiter
        .deprecated
        .then(|| quote!(#[deprecated(note = "The model deprecates this waiter.")]));

    let input_output = waiter.acceptors.iter().any(|a| {
        matches!(
            a.matcher,
            Matcher::Path {
                input_output: true,
                ..
            }
        )
    });
    let build_input = input_output.then(|| {
        quote! {
            let input = self
                .inner
                .as_input()
                .clone()
                .build()
                .map_err(|e| sdk_runtime::waiters::WaiterError::Operation(sdk_runtime::client::SdkError::construction_failure(e)))?;
        }
    });
    let acceptors = waiter.acceptors.iter().map(|acceptor| {
        let state = match acceptor.state {
            WaiterState::Success => quote!(Success),
            WaiterState::Failure => quote!(Failure),
            WaiterState::Retry => quote!(Retry),
        };
        let condition = match &acceptor.matcher {
            Matcher::Success(true) => quote!(result.is_ok()),
            Matcher::Success(false) => quote!(result.is_err()),
            Matcher::ErrorType(code) => quote!(matches!(result, Err(e) if e.code() == Some(#code))),
            Matcher::Path { expr, expected, comparator, .. } => {
                let value = expr_code(expr);
                let comparator = match comparator {
                    Comparator::StringEquals => quote!(StringEquals),
                    Comparator::BooleanEquals => quote!(BooleanEquals),
                    Comparator::AllStringEquals => quote!(AllStringEquals),
                    Comparator::AnyStringEquals => quote!(AnyStringEquals),
                };
                quote!(matches!(result, Ok(output) if w::Comparator::#comparator.matches(&#value, #expected)))
            }
        };
        quote! {
            if #condition {
                return Some(w::AcceptorState::#state);
            }
        }
    });

    // Whether success can be an error (`errorType`, `success: false`): then the
    // waiter hands back the final result, else the output.
    let success_on_error = waiter.acceptors.iter().any(|a| {
        a.state == WaiterState::Success
            && matches!(a.matcher, Matcher::ErrorType(_) | Matcher::Success(false))
    });
    let (ok, unwrap, send_doc) = if success_on_error {
        (
            quote!(Result<#output, sdk_runtime::client::SdkError<#error>>),
            quote!(Ok(last)),
            quote! {
                /// Sends the operation until an acceptor says success or failure, an error
                /// matches no acceptor, or the maximum wait passes. Success is the result
                /// the success acceptor matched: an output, or the error it names.
            },
        )
    } else {
        (
            output.clone(),
            // No success acceptor matches an error, so success is an output.
            quote!(last.map_err(w::WaiterError::Operation)),
            quote! {
                /// Sends the operation until an acceptor says success (the output it
                /// matched) or failure, an error matches no acceptor, or the maximum wait passes.
            },
        )
    };
    let op_name = op.id.name();
    let mut text = waiter
        .docs
        .clone()
        .unwrap_or_else(|| format!("Waits on `{op_name}`."));
    text.push_str(&format!(
        "\n\nSends `{op_name}` until an acceptor of the model's `{}` waiter decides, \
         waiting between attempts from {min} s doubling up to {max} s (random within that), \
         for at most `max_wait` (default 300 s) in all.",
        waiter.name
    ));
    let docs = doc_attrs(Some(&text), "");
    // The waiter is defined in this file, so its name resolves as a link.
    let client_doc = format!(" Waits until `{op_name}` says so: see [`{name}`].");

    quote! {
        #[allow(deprecated)]
        impl crate::Client {
            #[doc = #client_doc]
            #deprecated
            pub fn #method(&self) -> #name {
                #name {
                    inner: self.#module(),
                    min_delay: std::time::Duration::from_secs(#min),
                    max_delay: std::time::Duration::from_secs(#max),
                    max_wait: std::time::Duration::from_secs(300),
                    sleep: sdk_runtime::waiters::tokio_sleep(),
                }
            }
        }

        #docs
        #[derive(Clone)]
        #[allow(deprecated)]
        pub struct #name {
            inner: #fluent,
            min_delay: std::time::Duration,
            max_delay: std::time::Duration,
            max_wait: std::time::Duration,
            sleep: sdk_runtime::waiters::Sleep,
        }

        #[allow(deprecated)]
        impl std::fmt::Debug for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!(#name))
                    .field("input", self.inner.as_input())
                    .field("min_delay", &self.min_delay)
                    .field("max_delay", &self.max_delay)
                    .field("max_wait", &self.max_wait)
                    .finish_non_exhaustive()
            }
        }

        #[allow(deprecated)]
        impl #name {
            /// How long to wait in all before giving up with `MaxWaitExceeded` (default 300 s).
            pub fn max_wait(mut self, max_wait: std::time::Duration) -> Self {
                self.max_wait = max_wait;
                self
            }

            /// The least delay between attempts (the model's, unless set).
            pub fn min_delay(mut self, min_delay: std::time::Duration) -> Self {
                self.min_delay = min_delay;
                self
            }

            /// The most delay between attempts (the model's, unless set).
            pub fn max_delay(mut self, max_delay: std::time::Duration) -> Self {
                self.max_delay = max_delay;
                self
            }

            /// How to sleep between attempts (default `tokio::time::sleep`); tests
            /// pass one that records the delays and returns at once.
            pub fn sleep_impl(mut self, sleep: sdk_runtime::waiters::Sleep) -> Self {
                self.sleep = sleep;
                self
            }

            #send_doc
            pub async fn send(self) -> Result<#ok, sdk_runtime::waiters::WaiterError<#output, #error>> {
                use sdk_runtime::waiters as w;
                let config = w::WaiterConfig {
                    min_delay: self.min_delay,
                    max_delay: self.max_delay,
                    max_wait: self.max_wait,
                    sleep: self.sleep,
                };
                #build_input
                let builder = self.inner;
                let last = w::wait(
                    config,
                    || builder.clone().send(),
                    |result: &Result<#output, sdk_runtime::client::SdkError<#error>>| {
                        #(#acceptors)*
                        None
                    },
                )
                .await?;
                #unwrap
            }

            #(#setters)*
        }
    }
}

/// An expression of type `Value`, reading `expr` from `output: &Output` (and `input: Input`).
fn expr_code(expr: &PathExpr) -> TokenStream {
    match expr {
        PathExpr::Literal(v) => match v {
            serde_json::Value::String(s) => quote!(w::Value::from(#s)),
            serde_json::Value::Bool(b) => quote!(w::Value::Bool(#b)),
            serde_json::Value::Number(n) => {
                let n = n.as_f64().unwrap_or(f64::NAN);
                quote!(w::Value::Number(#n))
            }
            _ => quote!(w::Value::Null),
        },
        PathExpr::Length(a) => {
            let a = expr_code(a);
            quote!(w::length(&#a))
        }
        PathExpr::Not(a) => {
            let a = expr_code(a);
            quote!(w::not(&#a))
        }
        PathExpr::And(a, b) => {
            let (a, b) = (expr_code(a), expr_code(b));
            quote!(w::and(#a, || #b))
        }
        PathExpr::Or(a, b) => {
            let (a, b) = (expr_code(a), expr_code(b));
            quote!(w::or(#a, || #b))
        }
        PathExpr::Cmp(op, a, b) => {
            let op = match *op {
                "==" => quote!(Eq),
                "!=" => quote!(Ne),
                "<" => quote!(Lt),
                "<=" => quote!(Le),
                ">" => quote!(Gt),
                _ => quote!(Ge),
            };
            let (a, b) = (expr_code(a), expr_code(b));
            quote!(w::cmp(w::CmpOp::#op, &#a, &#b))
        }
        PathExpr::Path { root, segs, leaf } => {
            walk(root_nav(*root), segs, &|nav| value_of(nav, leaf))
        }
        PathExpr::Count { root, segs, .. } => walk(root_nav(*root), segs, &|nav| match nav {
            Nav::Plain(p) | Nav::List(p) => quote!(w::Value::Number(#p.len() as f64)),
            Nav::Opt(x) => quote!(#x.map_or(w::Value::Null, |v| w::Value::Number(v.len() as f64))),
            Nav::Iter(x) => quote!(w::Value::Number(#x.count() as f64)),
        }),
    }
}

enum Nav {
    /// A place expression of the type reached.
    Plain(TokenStream),
    /// An `Option<&T>`.
    Opt(TokenStream),
    /// An iterator of `&T` (after a flatten).
    Iter(TokenStream),
    /// A place expression of a list just flattened: its elements are the
    /// projection (kept whole so `length` is its `len()`).
    List(TokenStream),
}

fn root_nav(root: PathRoot) -> Nav {
    match root {
        PathRoot::Output => Nav::Plain(quote!(output)),
        PathRoot::Input => Nav::Plain(quote!(input)),
    }
}

/// Follows `segs` from `nav` and hands the end to `finish`. A flatten of an
/// absent list is `null` (JMESPath projects nothing from `null`), not `[]`: the
/// rest of the path goes inside a `map_or`.
fn walk(mut nav: Nav, segs: &[PathSeg], finish: &dyn Fn(Nav) -> TokenStream) -> TokenStream {
    for (i, seg) in segs.iter().enumerate() {
        if let (Nav::Opt(x), PathSeg::Flatten { .. }) = (&nav, seg) {
            let rest = walk(Nav::Plain(quote!(v)), &segs[i..], finish);
            return quote!(#x.map_or(w::Value::Null, |v| #rest));
        }
        nav = step(nav, seg);
    }
    finish(nav)
}

fn step(nav: Nav, seg: &PathSeg) -> Nav {
    match (nav, seg) {
        (Nav::List(p), PathSeg::Field(_)) => step(Nav::Iter(quote!(#p.iter())), seg),
        (Nav::Plain(p), PathSeg::Field(step)) => {
            let f = ident(&step.field_name);
            match (step.optional, step.boxed) {
                (false, false) => Nav::Plain(quote!(#p.#f)),
                (false, true) => Nav::Plain(quote!((*#p.#f))),
                (true, false) => Nav::Opt(quote!(#p.#f.as_ref())),
                (true, true) => Nav::Opt(quote!(#p.#f.as_deref())),
            }
        }
        (Nav::Opt(x), PathSeg::Field(step)) => {
            let f = ident(&step.field_name);
            Nav::Opt(match (step.optional, step.boxed) {
                (false, false) => quote!(#x.map(|v| &v.#f)),
                (false, true) => quote!(#x.map(|v| &*v.#f)),
                (true, false) => quote!(#x.and_then(|v| v.#f.as_ref())),
                (true, true) => quote!(#x.and_then(|v| v.#f.as_deref())),
            })
        }
        (Nav::Iter(x), PathSeg::Field(step)) => {
            let f = ident(&step.field_name);
            Nav::Iter(match (step.optional, step.boxed) {
                (false, false) => quote!(#x.map(|v| &v.#f)),
                (false, true) => quote!(#x.map(|v| &*v.#f)),
                (true, false) => quote!(#x.filter_map(|v| v.#f.as_ref())),
                (true, true) => quote!(#x.filter_map(|v| v.#f.as_deref())),
            })
        }
        (nav, PathSeg::Flatten { sparse }) => {
            let it = match nav {
                Nav::Plain(p) if !*sparse => return Nav::List(p),
                Nav::Plain(p) | Nav::List(p) => quote!(#p.iter()),
                Nav::Opt(x) => quote!(#x.into_iter().flatten()),
                Nav::Iter(x) => quote!(#x.flatten()),
            };
            Nav::Iter(if *sparse { quote!(#it.flatten()) } else { it })
        }
    }
}

fn value_of(nav: Nav, leaf: &TypeRef) -> TokenStream {
    match nav {
        Nav::List(p) => value_of(Nav::Iter(quote!(#p.iter())), leaf),
        Nav::Plain(p) => leaf_value(leaf, p, false),
        Nav::Opt(x) => {
            let v = leaf_value(leaf, quote!(v), true);
            quote!(#x.map_or(w::Value::Null, |v| #v))
        }
        Nav::Iter(x) => {
            let v = leaf_value(leaf, quote!(v), true);
            quote!(w::Value::List(#x.map(|v| #v).collect()))
        }
    }
}

/// `Value` of `v`, a place of type `leaf` (`by_ref`: a `&leaf`).
fn leaf_value(leaf: &TypeRef, v: TokenStream, by_ref: bool) -> TokenStream {
    let copy = if by_ref { quote!(*#v) } else { v.clone() };
    match leaf {
        TypeRef::Boolean => quote!(w::Value::Bool(#copy)),
        TypeRef::Byte | TypeRef::Short | TypeRef::Integer | TypeRef::Float => {
            quote!(w::Value::Number(f64::from(#copy)))
        }
        TypeRef::Long => quote!(w::Value::Number(#copy as f64)),
        TypeRef::Double => quote!(w::Value::Number(#copy)),
        TypeRef::List { member, sparse } => {
            let item = leaf_value(member, quote!(v), true);
            if *sparse {
                quote!(w::Value::List(#v.iter().map(|v| v.as_ref().map_or(w::Value::Null, |v| #item)).collect()))
            } else {
                quote!(w::Value::List(#v.iter().map(|v| #item).collect()))
            }
        }
        // Strings and enums (the IR admits no other leaf).
        _ => quote!(w::Value::from(#v.as_str())),
    }
}
