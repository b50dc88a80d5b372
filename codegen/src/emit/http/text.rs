//! Simple values as the text of a label, query parameter or header, and back.

use crate::emit::Context;
use crate::ir::{TextKind, TimestampFormat};
use proc_macro2::TokenStream;
use quote::quote;

/// The text of a value: lent by the value (strings, enums) or made for it.
pub(crate) enum Text {
    /// A `&str` expression borrowing from the value.
    Borrowed(TokenStream),
    /// A `String` expression.
    Owned(TokenStream),
}

impl Text {
    /// As a `&str` expression.
    pub fn as_str(&self) -> TokenStream {
        match self {
            Text::Borrowed(text) => text.clone(),
            Text::Owned(text) => quote!(&#text),
        }
    }

    /// As a `String` expression.
    pub fn into_string(self) -> TokenStream {
        match self {
            Text::Borrowed(text) => quote!(#text.to_owned()),
            Text::Owned(text) => text,
        }
    }
}

/// The text of `value` (a `&T` expression) written as `kind`; `fail` is the
/// `map_err` closure for a timestamp its format cannot write.
pub(crate) fn write_text(kind: &TextKind, value: TokenStream, fail: &TokenStream) -> Text {
    match kind {
        TextKind::String | TextKind::Enum(_) | TextKind::BigNumber => {
            Text::Borrowed(quote!(#value.as_str()))
        }
        TextKind::MediaTypeString => {
            Text::Owned(quote!(sdk_runtime::client::media_type_header(#value)))
        }
        TextKind::Boolean | TextKind::Integer => Text::Owned(quote!(#value.to_string())),
        TextKind::Float => Text::Owned(quote!(sdk_runtime::client::float_text(#value))),
        TextKind::Timestamp(format) => {
            let format = runtime_format(*format);
            Text::Owned(quote!(#value.fmt(#format).map_err(#fail)?))
        }
        TextKind::Blob => Text::Owned(quote!(#value.to_base64())),
    }
}

/// The value of kind `kind` read from `text` (a `&str` expression); `bad` is
/// the `map_err` closure for text that does not read as one.
pub(crate) fn read_text(
    cx: &Context<'_>,
    kind: &TextKind,
    text: TokenStream,
    bad: &TokenStream,
) -> TokenStream {
    match kind {
        TextKind::String => quote!(#text.to_owned()),
        TextKind::MediaTypeString => {
            quote!(sdk_runtime::client::read_media_type_header(#text).map_err(#bad)?)
        }
        TextKind::Enum(id) => {
            let path = cx.type_path(id);
            quote!(#path::from(#text))
        }
        TextKind::Boolean | TextKind::Integer | TextKind::BigNumber => {
            quote!(#text.trim().parse().map_err(#bad)?)
        }
        TextKind::Float => quote!(sdk_runtime::client::parse_float(#text).map_err(#bad)?),
        TextKind::Timestamp(format) => {
            let format = runtime_format(*format);
            quote!(crate::primitives::DateTime::parse(#text, #format).map_err(#bad)?)
        }
        TextKind::Blob => quote!(crate::primitives::Blob::from_base64(#text).map_err(#bad)?),
    }
}

/// The runtime's name for a timestamp format.
pub(crate) fn runtime_format(format: TimestampFormat) -> TokenStream {
    match format {
        TimestampFormat::EpochSeconds => quote!(sdk_runtime::TimestampFormat::EpochSeconds),
        TimestampFormat::DateTime => quote!(sdk_runtime::TimestampFormat::DateTime),
        TimestampFormat::HttpDate => quote!(sdk_runtime::TimestampFormat::HttpDate),
    }
}
