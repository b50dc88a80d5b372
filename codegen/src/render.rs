//! Stage 4, *render*: token streams → formatted source text.
//!
//! prettyplease rather than the machine's rustfmt, so the output depends on the
//! code generator's version alone and `--check` agrees across machines.

use crate::emit::RustFile;
use std::path::PathBuf;

/// Formats one file, with the header line every generated file starts with.
pub fn render(file: RustFile, header: &str) -> Result<(PathBuf, String), String> {
    let mut parsed: syn::File = syn::parse2(file.tokens).map_err(|error| {
        format!(
            "internal error: generated code for {} does not parse: {error}",
            file.path.display()
        )
    })?;
    // The layout is prettyplease's; `cargo fmt` must not re-lay it out, or `--check`
    // and `cargo fmt --check` could never both pass.
    parsed
        .attrs
        .insert(0, syn::parse_quote!(#![cfg_attr(rustfmt, rustfmt::skip)]));
    let text = prettyplease::unparse(&parsed);
    Ok((file.path, format!("{header}\n{text}")))
}
