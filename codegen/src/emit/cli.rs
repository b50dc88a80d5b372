//! The command-line interface (`src/cli.rs`, feature `cli`): one clap
//! subcommand per operation, one flag per input member, and the conversions
//! between the crate's types and JSON with the model's member names.
//!
//! What is emitted is data and glue: a [`CommandSpec`] table per operation
//! (flags, help, enum values, required members), a function per operation
//! that reads the input document into the fluent builder and prints the
//! output, and a `CliValue` impl per type. How a command line becomes an input
//! document (clap, `--cli-input-json`, shorthand, `file://`) is the runtime's
//! `sdk_runtime::cli`, written once.
//!
//! [`CommandSpec`]: https://docs.rs/sdk-runtime (sdk_runtime::cli::CommandSpec)

use super::Context;
use crate::ir::{Member, Operation, Structure, TypeDef, TypeRef, Union};
use crate::naming::ident;
use heck::{ToKebabCase, ToShoutySnakeCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// `src/cli.rs`.
pub(crate) fn cli_file(cx: &Context<'_>) -> TokenStream {
    let specs = cx.service.operations.iter().map(|op| command_spec(cx, op));
    let spec_names: Vec<_> = cx.service.operations.iter().map(spec_ident).collect();
    let runners = cx.service.operations.iter().map(|op| runner(cx, op));
    let dispatch = cx.service.operations.iter().map(|op| {
        let name = command_name(op);
        let function = format_ident!("run_{}", op.module_name.trim_start_matches("r#"));
        quote!(#name => #function(client, matches, options).await,)
    });
    let call_dispatch = cx.service.operations.iter().map(|op| {
        let operation = op.id.name();
        let spec = spec_ident(op);
        let function = format_ident!("call_{}", op.module_name.trim_start_matches("r#"));
        quote! {
            #operation => {
                cli::check_input(&#spec, input)?;
                #function(client, input, options).await
            }
        }
    });
    let mut sensitive: Vec<&str> = sensitive_names(cx);
    sensitive.sort_unstable();
    sensitive.dedup();
    let value_impls = cx.service.types.values().map(|def| match def {
        TypeDef::Structure(s) => structure_impl(cx, s),
        TypeDef::Union(u) => union_impl(cx, u),
        TypeDef::Enum(e) => {
            let ty = cx.type_path(&e.id);
            let first = e.variants.first().map_or("", |v| v.value.as_str());
            quote! {
                impl CliValue for #ty {
                    fn from_cli(value: &Value) -> Result<Self, String> {
                        String::from_cli(value).map(|text| Self::from(text.as_str()))
                    }
                    fn to_cli(&self, _: &RunOptions) -> Value {
                        Value::String(self.as_str().to_owned())
                    }
                    fn skeleton(_: usize) -> Value {
                        Value::String(#first.to_owned())
                    }
                }
            }
        }
    });
    let output_impls = cx
        .service
        .operations
        .iter()
        .map(|op| structure_impl(cx, &op.output));
    let error_details = cx.service.operations.iter().map(|op| error_details(cx, op));
    quote! {
        //! The command line: one subcommand per operation, with a flag per input
        //! member, `--cli-input-json` and `--generate-cli-skeleton`, printing the
        //! output as JSON with the model's member names (sensitive members redacted
        //! unless asked for). A binary puts [`commands`] under its own clap command
        //! and calls [`run`] with the chosen subcommand.

        use sdk_runtime::cli::{self, CliError, CliValue, CommandSpec, ErrorDetails, RunOptions};
        use serde_json::{Map, Value};

        #(#specs)*

        /// Every operation's command, in the model's order.
        const COMMANDS: &[&CommandSpec] = &[#(&#spec_names),*];

        /// One clap subcommand per operation.
        pub fn commands() -> Vec<clap::Command> {
            COMMANDS.iter().map(|spec| cli::command(spec)).collect()
        }

        /// The operation a subcommand runs, as the model names it
        /// (`register-client` → `RegisterClient`).
        pub fn operation_name(command: &str) -> Option<&'static str> {
            COMMANDS.iter().find(|spec| spec.name == command).map(|spec| spec.operation)
        }

        /// The JSON member names of the service's sensitive members: what a
        /// trace of request and response bodies must redact.
        pub fn sensitive_member_names() -> &'static [&'static str] {
            &[#(#sensitive),*]
        }

        /// Runs the operation subcommand `name` with its `matches`: prints the
        /// skeleton asked for by `--generate-cli-skeleton`, or reads the input
        /// (`--cli-input-json` under the flags), calls the operation and returns
        /// its output as JSON.
        pub async fn run(
            client: &crate::Client,
            name: &str,
            matches: &clap::ArgMatches,
            options: &RunOptions,
        ) -> Result<Value, CliError> {
            match name {
                #(#dispatch)*
                other => Err(CliError::Usage(format!("unknown command `{other}`"))),
            }
        }

        /// Calls `operation` (its name in the model, such as `RegisterClient`) with an
        /// input document keyed by the model's member names, as `--cli-input-json`
        /// takes it, and returns the output as [`run`] does.
        pub async fn call(
            client: &crate::Client,
            operation: &str,
            input: &Map<String, Value>,
            options: &RunOptions,
        ) -> Result<Value, CliError> {
            match operation {
                #(#call_dispatch)*
                other => Err(CliError::Usage(format!("unknown operation `{other}`"))),
            }
        }

        #(#runners)*

        #(#value_impls)*

        #(#output_impls)*

        #(#error_details)*
    }
}

/// `ErrorDetails` for an operation's error: the members of the modeled error it holds.
fn error_details(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let module = ident(&op.module_name);
    let error = format_ident!("{}Error", op.rust_name);
    let arms = op.errors.iter().map(|id| {
        let variant = super::errors::variant_ident(cx, id);
        quote!(#error::#variant(inner) => Some(inner.to_cli(options)),)
    });
    // An operation whose model lists no errors has only unhandled ones.
    let (options, body) = if op.errors.is_empty() {
        (quote!(_options), quote!(None))
    } else {
        (
            quote!(options),
            quote! {
                use crate::operation::#module::#error;
                match self {
                    #(#arms)*
                    #error::Unhandled(_) => None,
                }
            },
        )
    };
    quote! {
        impl ErrorDetails for crate::operation::#module::#error {
            fn details(&self, #options: &RunOptions) -> Option<Value> {
                #body
            }
        }
    }
}

fn spec_ident(op: &Operation) -> proc_macro2::Ident {
    format_ident!("{}", op.rust_name.to_shouty_snake_case())
}

/// The subcommand: the operation's model name in kebab case, as the AWS CLI names it.
fn command_name(op: &Operation) -> String {
    op.id.name().to_kebab_case()
}

fn flag_name(member: &Member) -> String {
    member.name.to_kebab_case()
}

fn command_spec(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let name = command_name(op);
    let operation = op.id.name();
    let ident = spec_ident(op);
    let long_about = plain_text(op.docs.as_deref().unwrap_or(""));
    let about = first_sentence(&long_about);
    let flags = op.input.members.iter().map(|m| {
        let flag = flag_name(m);
        let member = &m.name;
        let kind = match flag_kind(cx, &m.target) {
            Kind::Scalar => quote!(cli::FlagKind::Scalar),
            Kind::Boolean => quote!(cli::FlagKind::Boolean),
            Kind::List => quote!(cli::FlagKind::List),
            Kind::Structured => quote!(cli::FlagKind::Structured),
        };
        // An idempotency token left out is filled in by the client.
        let required = !m.optional && m.default.is_none() && !m.idempotency_token;
        let help = first_paragraph(&plain_text(m.docs.as_deref().unwrap_or("")));
        let values: Vec<&str> = match &m.target {
            TypeRef::Named(id) => match cx.service.types.get(id) {
                Some(TypeDef::Enum(e)) => e.variants.iter().map(|v| v.value.as_str()).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        quote! {
            cli::FlagSpec {
                flag: #flag,
                member: #member,
                kind: #kind,
                required: #required,
                help: #help,
                values: &[#(#values),*],
            },
        }
    });
    let doc = format!(" The `{name}` command: {operation}.");
    quote! {
        #[doc = #doc]
        const #ident: CommandSpec = CommandSpec {
            name: #name,
            operation: #operation,
            about: #about,
            long_about: #long_about,
            flags: &[#(#flags)*],
        };
    }
}

enum Kind {
    Scalar,
    Boolean,
    List,
    Structured,
}

fn flag_kind(cx: &Context<'_>, target: &TypeRef) -> Kind {
    match target {
        TypeRef::Boolean => Kind::Boolean,
        TypeRef::List { member, .. } if is_scalar(cx, member) => Kind::List,
        target if is_scalar(cx, target) => Kind::Scalar,
        _ => Kind::Structured,
    }
}

/// Whether a value is given as one word on the command line.
fn is_scalar(cx: &Context<'_>, target: &TypeRef) -> bool {
    match target {
        TypeRef::Named(id) => cx.is_enum(id),
        TypeRef::List { .. } | TypeRef::Map { .. } | TypeRef::Document => false,
        _ => true,
    }
}

/// The function that runs one operation.
fn runner(cx: &Context<'_>, op: &Operation) -> TokenStream {
    let function = format_ident!("run_{}", op.module_name.trim_start_matches("r#"));
    let method = ident(&op.module_name);
    let spec = spec_ident(op);
    let operation = op.id.name();
    let doc = format!(" Runs `{}`.", command_name(op));
    let input_skeleton = op.input.members.iter().map(|m| {
        let key = &m.name;
        let ty = cx.rust_type(&m.target);
        quote!((#key.to_owned(), <#ty as CliValue>::skeleton(cli::SKELETON_DEPTH)))
    });
    // Fields rather than setters, as the JSON readers do: a deprecated member's
    // setter would warn, and the command line still takes deprecated members.
    let assignments = op.input.members.iter().map(|m| {
        let field = ident(&m.field_name);
        let key = &m.name;
        let flag = flag_name(m);
        let ty = cx.rust_type(&m.target);
        let read = quote!(cli::member::<#ty>(input, #key, #flag)?);
        let read = if m.boxed {
            quote!(#read.map(Box::new))
        } else {
            read
        };
        quote!(request.inner.#field = #read;)
    });
    let call_function = format_ident!("call_{}", op.module_name.trim_start_matches("r#"));
    let call_doc = format!(" Calls {operation} with a checked input document.");
    let (input_name, build_request) = if op.input.members.is_empty() {
        (quote!(_input), quote!(let request = client.#method();))
    } else {
        (
            quote!(input),
            quote! {
                let mut request = client.#method();
                #(#assignments)*
            },
        )
    };
    let output_path = {
        let module = ident(&op.module_name);
        let name = ident(&op.output.rust_name);
        quote!(crate::operation::#module::#name)
    };
    quote! {
        #[doc = #doc]
        async fn #function(
            client: &crate::Client,
            matches: &clap::ArgMatches,
            options: &RunOptions,
        ) -> Result<Value, CliError> {
            match cli::skeleton_requested(matches) {
                Some(cli::Skeleton::Input) => {
                    return Ok(Value::Object(Map::from_iter([#(#input_skeleton),*])));
                }
                Some(cli::Skeleton::Output) => {
                    return Ok(<#output_path as CliValue>::skeleton(cli::SKELETON_DEPTH));
                }
                None => {}
            }
            let input = cli::input_document(&#spec, matches)?;
            #call_function(client, &input, options).await
        }

        #[doc = #call_doc]
        async fn #call_function(
            client: &crate::Client,
            #input_name: &Map<String, Value>,
            options: &RunOptions,
        ) -> Result<Value, CliError> {
            #build_request
            let output = request
                .send()
                .await
                .map_err(|error| CliError::from_sdk(#operation, error, options))?;
            Ok(output.to_cli(options))
        }
    }
}

fn structure_impl(cx: &Context<'_>, s: &Structure) -> TokenStream {
    let ty = match s.role {
        crate::ir::StructureRole::Input | crate::ir::StructureRole::Output => {
            // Inputs and outputs live in their operation's module.
            let op =
                cx.service.operations.iter().find(|op| {
                    op.input.rust_name == s.rust_name || op.output.rust_name == s.rust_name
                });
            match op {
                Some(op) => {
                    let module = ident(&op.module_name);
                    let name = ident(&s.rust_name);
                    quote!(crate::operation::#module::#name)
                }
                None => cx.type_path(&s.id),
            }
        }
        _ => cx.type_path(&s.id),
    };
    let keys: Vec<&str> = s.members.iter().map(|m| m.name.as_str()).collect();
    let assignments = s.members.iter().map(|m| {
        let field = ident(&m.field_name);
        let key = &m.name;
        let ty = cx.rust_type(&m.target);
        let read = quote!(cli::field::<#ty>(object, #key)?);
        let read = if m.boxed {
            quote!(#read.map(Box::new))
        } else {
            read
        };
        quote!(builder.#field = #read;)
    });
    let builder_binding = if s.members.is_empty() {
        quote!(let builder = Self::builder();)
    } else {
        quote!(let mut builder = Self::builder();)
    };
    let finish = if s.has_required_members() {
        quote!(builder.build().map_err(|error| error.to_string()))
    } else {
        quote!(Ok(builder.build()))
    };
    let writes = s.members.iter().map(|m| {
        let field = ident(&m.field_name);
        let key = &m.name;
        let sensitive = m.sensitive || s.sensitive;
        let value = if m.boxed {
            quote!(&**value)
        } else {
            quote!(value)
        };
        if m.optional {
            quote! {
                if let Some(value) = &self.#field {
                    object.insert(#key.to_owned(), cli::shown(#value, #sensitive, options));
                }
            }
        } else {
            let value = if m.boxed {
                quote!(&*self.#field)
            } else {
                quote!(&self.#field)
            };
            quote!(object.insert(#key.to_owned(), cli::shown(#value, #sensitive, options));)
        }
    });
    let skeleton = s.members.iter().map(|m| {
        let key = &m.name;
        let ty = cx.rust_type(&m.target);
        quote!((#key.to_owned(), <#ty as CliValue>::skeleton(depth - 1)))
    });
    let object_binding = if s.members.is_empty() {
        quote!(let _ = self; let _ = options; let object = Map::new();)
    } else {
        quote!(let mut object = Map::new();)
    };
    quote! {
        impl CliValue for #ty {
            fn from_cli(value: &Value) -> Result<Self, String> {
                let object = cli::object(value)?;
                cli::known_members(object, &[#(#keys),*])?;
                #builder_binding
                #(#assignments)*
                #finish
            }
            fn to_cli(&self, options: &RunOptions) -> Value {
                #object_binding
                #(#writes)*
                Value::Object(object)
            }
            fn skeleton(depth: usize) -> Value {
                if depth == 0 {
                    return Value::Object(Map::new());
                }
                Value::Object(Map::from_iter([#(#skeleton),*]))
            }
        }
    }
}

fn union_impl(cx: &Context<'_>, u: &Union) -> TokenStream {
    let ty = cx.type_path(&u.id);
    let reads = u.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let key = &v.name;
        match &v.target {
            None => quote!(#key => Ok(Self::#variant),),
            Some(target) => {
                let inner = cx.rust_type(target);
                let read = quote!(<#inner as CliValue>::from_cli(value).map_err(|e| format!(".{}: {e}", #key))?);
                let read = if v.boxed { quote!(Box::new(#read)) } else { read };
                quote!(#key => Ok(Self::#variant(#read)),)
            }
        }
    });
    let writes = u.variants.iter().map(|v| {
        let variant = ident(&v.variant_name);
        let key = &v.name;
        let sensitive = v.sensitive || u.sensitive;
        match &v.target {
            None => quote!(Self::#variant => (#key, Value::Object(Map::new())),),
            Some(_) => {
                let value = if v.boxed {
                    quote!(&**value)
                } else {
                    quote!(value)
                };
                quote!(Self::#variant(value) => (#key, cli::shown(#value, #sensitive, options)),)
            }
        }
    });
    let keys: Vec<&str> = u.variants.iter().map(|v| v.name.as_str()).collect();
    let skeleton = match u.variants.first() {
        Some(v) => {
            let key = &v.name;
            match &v.target {
                None => {
                    quote!(Value::Object(Map::from_iter([(#key.to_owned(), Value::Object(Map::new()))])))
                }
                Some(target) => {
                    let inner = cx.rust_type(target);
                    quote!(Value::Object(Map::from_iter([(#key.to_owned(), <#inner as CliValue>::skeleton(depth - 1))])))
                }
            }
        }
        None => quote!(Value::Object(Map::new())),
    };
    quote! {
        impl CliValue for #ty {
            fn from_cli(value: &Value) -> Result<Self, String> {
                let object = cli::object(value)?;
                let mut members = object.iter();
                let (Some((key, value)), None) = (members.next(), members.next()) else {
                    return Err(format!("expected exactly one of: {}", [#(#keys),*].join(", ")));
                };
                match key.as_str() {
                    #(#reads)*
                    other => Err(format!("unknown member `{other}`, expected one of: {}", [#(#keys),*].join(", "))),
                }
            }
            fn to_cli(&self, options: &RunOptions) -> Value {
                let (key, value) = match self {
                    #(#writes)*
                    Self::Unknown => return Value::Object(Map::new()),
                };
                Value::Object(Map::from_iter([(key.to_owned(), value)]))
            }
            fn skeleton(depth: usize) -> Value {
                if depth == 0 {
                    return Value::Object(Map::new());
                }
                #skeleton
            }
        }
    }
}

/// The JSON names of every sensitive member of every structure and union.
fn sensitive_names<'a>(cx: &'a Context<'_>) -> Vec<&'a str> {
    let mut names = Vec::new();
    let structures = cx
        .service
        .types
        .values()
        .filter_map(|def| match def {
            TypeDef::Structure(s) => Some(s),
            _ => None,
        })
        .chain(
            cx.service
                .operations
                .iter()
                .flat_map(|op| [&op.input, &op.output]),
        );
    for s in structures {
        for m in &s.members {
            if m.sensitive || s.sensitive {
                names.push(m.json_name.as_str());
            }
        }
    }
    for def in cx.service.types.values() {
        if let TypeDef::Union(u) = def {
            for v in &u.variants {
                if v.sensitive || u.sensitive {
                    names.push(v.json_name.as_str());
                }
            }
        }
    }
    names
}

/// Model documentation (Markdown) as plain text for a terminal: links keep
/// their text, code spans and emphasis lose their marks, lines are joined
/// within paragraphs.
fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' | '*' => {}
            '[' => {
                let text: String = chars.by_ref().take_while(|c| *c != ']').collect();
                out.push_str(&text);
                if chars.peek() == Some(&'(') {
                    for c in chars.by_ref() {
                        if c == ')' {
                            break;
                        }
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out.split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn first_paragraph(text: &str) -> String {
    text.split("\n\n").next().unwrap_or_default().to_owned()
}

fn first_sentence(text: &str) -> String {
    let paragraph = first_paragraph(text);
    match paragraph.find(". ") {
        Some(end) => paragraph[..=end].to_owned(),
        None => paragraph,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_become_terminal_text() {
        let text = plain_text(
            "Registers a `client` with\n[IAM Identity Center](https://x/y).\n\nSecond *paragraph*.",
        );
        assert_eq!(
            text,
            "Registers a client with IAM Identity Center.\n\nSecond paragraph."
        );
        assert_eq!(first_sentence("One thing. Then another."), "One thing.");
        assert_eq!(
            first_paragraph(&text),
            "Registers a client with IAM Identity Center."
        );
    }
}
