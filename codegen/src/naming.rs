//! The one place Rust identifiers are made from Smithy names.
//!
//! Names are built as checked strings first and only turned into [`Ident`]s at
//! the end, because `Ident::new("type")` is silently accepted (and fails to
//! compile later) while `Ident::new_raw("self")` panics. `heck` does the case
//! conversion; this module first rewrites words heck would split badly
//! (`IPv6Address` would become `i_pv6_address`) and afterwards makes the result
//! safe: keywords, names that would shadow the prelude, leading digits.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::{Ident, Span};

/// Keywords usable as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords that cannot even be raw identifiers; they get a trailing underscore.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Type names that would shadow a prelude or std item used unqualified in emitted
/// code (`Option`, `String`, `Result`, `Box`, `Vec`, `Error`…).
const PRELUDE_TYPES: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "Display",
    "Drop",
    "Eq",
    "Err",
    "Error",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "HashMap",
    "Hash",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Words heck splits wrongly, with the spelling that makes it split them right.
const WHOLE_WORDS: &[(&str, &str)] = &[
    ("IPv4", "Ipv4"),
    ("IPv6", "Ipv6"),
    ("KiB", "Kib"),
    ("MiB", "Mib"),
    ("GiB", "Gib"),
    ("TiB", "Tib"),
    ("iOS", "Ios"),
    ("macOS", "Macos"),
];

/// The Rust type name for a shape name: `UpperCamelCase`, never a prelude name.
pub fn type_name(shape_name: &str) -> String {
    let name = upper_camel(shape_name);
    if PRELUDE_TYPES.contains(&name.as_str()) {
        format!("{name}Value")
    } else {
        name
    }
}

/// The Rust name of a struct field, getter or setter: `snake_case`, keyword-safe.
/// `reserved` lists names the surrounding code already uses (`build`, `builder`…);
/// such a member gets a `_value` suffix.
pub fn field_name(member_name: &str, reserved: &[&str]) -> String {
    let name = snake(member_name);
    if reserved.contains(&name.as_str()) {
        return format!("{name}_value");
    }
    make_safe(name)
}

/// The Rust name of an enum or union variant: `UpperCamelCase`, keyword-safe.
pub fn variant_name(name: &str) -> String {
    let name = upper_camel(name);
    match name.as_str() {
        // `Unknown` is the variant every generated enum and union reserves for values
        // the model does not list.
        "Unknown" => "UnknownValue".to_owned(),
        "Self" => "SelfValue".to_owned(),
        _ => name,
    }
}

/// The Rust module name for an operation (`CreateTokenWithIAM` → `create_token_with_iam`).
pub fn module_name(operation_name: &str) -> String {
    make_safe(snake(operation_name))
}

/// `snake_case` of a name, keeping whole words together. A name that would start
/// with a digit gets a leading underscore.
pub fn snake(name: &str) -> String {
    let snake = prepare(name).to_snake_case();
    if snake.is_empty() {
        return "value".to_owned();
    }
    if snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{snake}")
    } else {
        snake
    }
}

/// `UpperCamelCase` of a name, keeping whole words together. A name that would start
/// with a digit gets a `V` prefix (a leading underscore would trip the camel-case lint).
pub fn upper_camel(name: &str) -> String {
    let camel = prepare(name).to_upper_camel_case();
    if camel.is_empty() {
        return "Value".to_owned();
    }
    if camel.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{camel}")
    } else {
        camel
    }
}

/// Turns a name that is already valid Rust (as built above) into an [`Ident`],
/// using the raw form for keywords. `r#`-prefixed names come from [`field_name`] and [`module_name`].
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// Makes `names` unique in order: the first keeps its name, later ones that collide
/// get `2`, `3`… appended. Returns the final names in the same order.
pub fn unique(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut taken = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for name in names {
        let mut candidate = name.clone();
        let mut n = 2;
        while !taken.insert(candidate.clone()) {
            candidate = format!("{name}{n}");
            n += 1;
        }
        out.push(candidate);
    }
    out
}

fn make_safe(name: String) -> String {
    if NON_RAW_KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else if RAW_KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// Rewrites whole words and pluralised acronyms (`ARNs`, `IDs`) so heck keeps
/// them together, and drops characters that cannot appear in identifiers.
fn prepare(name: &str) -> String {
    let mut text: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    for (word, replacement) in WHOLE_WORDS {
        text = text.replace(word, replacement);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        // An acronym: a run of two or more capitals…
        let start = i;
        while i < chars.len() && chars[i].is_ascii_uppercase() {
            i += 1;
        }
        let run = i - start;
        // …followed by a plural `s` that ends the word.
        let plural = run >= 2
            && chars.get(i) == Some(&'s')
            && chars.get(i + 1).is_none_or(|c| !c.is_ascii_lowercase());
        if plural {
            out.push(chars[start]);
            out.extend(chars[start + 1..i].iter().map(|c| c.to_ascii_lowercase()));
            out.push('s');
            i += 1;
        } else if run > 0 {
            out.extend(&chars[start..i]);
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names() {
        let table = [
            ("CreateTokenRequest", "CreateTokenRequest"),
            ("CreateTokenWithIAM", "CreateTokenWithIam"),
            ("IPv6Address", "Ipv6Address"),
            ("ListOfARNs", "ListOfArns"),
            ("KMS_ACCESS_DENIED", "KmsAccessDenied"),
            ("_Leading", "Leading"),
            ("String", "StringValue"),
            ("Error", "ErrorValue"),
            ("Result", "ResultValue"),
            ("Option", "OptionValue"),
            ("Box", "BoxValue"),
            ("2fa", "V2fa"),
            ("SizeInMiB", "SizeInMib"),
        ];
        for (input, expected) in table {
            assert_eq!(type_name(input), expected, "{input}");
        }
    }

    #[test]
    fn field_names() {
        let table = [
            ("clientId", "client_id"),
            ("error_description", "error_description"),
            ("type", "r#type"),
            ("match", "r#match"),
            ("ref", "r#ref"),
            ("self", "self_"),
            ("Self", "self_"),
            ("super", "super_"),
            ("crate", "crate_"),
            ("_", "value"),
            ("__type", "r#type"),
            ("build", "build_value"),
            ("IPv6Addresses", "ipv6_addresses"),
            ("resourceARNs", "resource_arns"),
            ("2fa", "_2fa"),
            ("SSEKMSKeyId", "ssekms_key_id"),
        ];
        for (input, expected) in table {
            assert_eq!(
                field_name(input, &["build", "builder"]),
                expected,
                "{input}"
            );
        }
    }

    #[test]
    fn variants_and_modules() {
        assert_eq!(variant_name("Unknown"), "UnknownValue");
        assert_eq!(variant_name("KMS_DISABLED_KEY"), "KmsDisabledKey");
        assert_eq!(variant_name("t2.micro"), "T2Micro");
        assert_eq!(module_name("CreateTokenWithIAM"), "create_token_with_iam");
        assert_eq!(module_name("Match"), "r#match");
    }

    #[test]
    fn idents_accept_every_made_name() {
        for name in ["r#type", "self_", "client_id", "Value", "_2fa"] {
            assert_eq!(ident(name).to_string(), name);
        }
    }

    #[test]
    fn unique_suffixes_later_collisions() {
        let names = unique(["FooBar".to_owned(), "FooBar".to_owned(), "Baz".to_owned()]);
        assert_eq!(names, ["FooBar", "FooBar2", "Baz"]);
    }
}
