//! What a generated command-line interface calls (feature `cli`): clap
//! commands built from a table of flags the generator emits, the input
//! document (`--cli-input-json` merged under the flags, AWS CLI shorthand,
//! `file://` values), the required-member check, skeletons, and the
//! conversions between typed values and JSON with the model's member names.
//!
//! The generator decides *what* each operation takes (the [`FlagSpec`] table
//! and the [`CliValue`] impls of the crate's types); this module decides *how*
//! a command line becomes that, once for every generated crate.

use std::collections::HashMap;
use std::fmt;

use serde_json::{Map, Value};

use crate::{BigDecimal, BigInteger, Blob, DateTime, Document, TimestampFormat};

/// What stands in for a sensitive value in output.
pub const REDACTED: &str = "** redacted **";

/// Settings of one run.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunOptions {
    /// Show sensitive members in output instead of [`REDACTED`].
    pub show_secrets: bool,
}

/// Why a command failed, with the AWS CLI's exit codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CliError {
    /// The command line or the input document is wrong (exit 252).
    Usage(String),
    /// The service refused the call (exit 254).
    Service {
        /// The operation, as the model names it (`CreateToken`).
        operation: String,
        /// The error code (`AuthorizationPendingException`).
        code: String,
        /// The service's description.
        message: String,
        /// The modeled error's members, as the command line shows values
        /// (sensitive ones redacted unless asked for); `None` for an error the
        /// model does not describe.
        details: Option<Value>,
    },
    /// Anything else: no answer, an unreadable answer (exit 255).
    Failed(String),
}

impl CliError {
    /// The process exit code the AWS CLI uses for this kind of failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) => 252,
            CliError::Service { .. } => 254,
            CliError::Failed(_) => 255,
        }
    }

    /// The error of a failed call of `operation`.
    pub fn from_sdk<E>(
        operation: &str,
        error: crate::client::SdkError<E>,
        options: &RunOptions,
    ) -> Self
    where
        E: crate::error::ProvideErrorMetadata + ErrorDetails + std::error::Error + 'static,
    {
        match error.as_service_error() {
            Some(service) => CliError::Service {
                operation: operation.to_owned(),
                code: service.code().unwrap_or("Unknown").to_owned(),
                message: service.message().unwrap_or_default().to_owned(),
                details: service.details(options),
            },
            None => CliError::Failed(format!("calling the {operation} operation failed: {error}")),
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(message) | CliError::Failed(message) => f.write_str(message),
            CliError::Service {
                operation,
                code,
                message,
                ..
            } => write!(
                f,
                "An error occurred ({code}) when calling the {operation} operation: {message}"
            ),
        }
    }
}

impl std::error::Error for CliError {}

/// An operation's error as the command line shows it: the members of the
/// modeled error it holds.
pub trait ErrorDetails {
    /// The members, or `None` for an error the model does not describe.
    fn details(&self, options: &RunOptions) -> Option<Value>;
}

/// How a flag's text becomes a JSON value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagKind {
    /// One value, kept as text (strings, enums, numbers, timestamps, blobs).
    Scalar,
    /// `--name` for true, `--no-name` for false.
    Boolean,
    /// Several values (`--scopes a b c`), each a scalar.
    List,
    /// JSON, AWS CLI shorthand (`Key=Value,Other=1`), or `file://path`.
    Structured,
}

/// One input member as a flag: what the generator emits per member.
#[derive(Debug, Clone, Copy)]
pub struct FlagSpec {
    /// The flag without dashes: `client-name`.
    pub flag: &'static str,
    /// The member's key in the input document: `clientName`.
    pub member: &'static str,
    /// How its text is read.
    pub kind: FlagKind,
    /// Whether the member must be given (by flag or `--cli-input-json`).
    pub required: bool,
    /// The member's documentation, as plain text.
    pub help: &'static str,
    /// The known values, for enums.
    pub values: &'static [&'static str],
}

/// One operation as a command: what the generator emits per operation.
#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    /// The subcommand: `register-client`.
    pub name: &'static str,
    /// The operation as the model names it: `RegisterClient`.
    pub operation: &'static str,
    /// The first sentence of its documentation.
    pub about: &'static str,
    /// Its whole documentation, as plain text.
    pub long_about: &'static str,
    /// Its input members.
    pub flags: &'static [FlagSpec],
}

/// The clap command of an operation.
pub fn command(spec: &CommandSpec) -> clap::Command {
    use clap::{Arg, ArgAction};
    let mut command = clap::Command::new(spec.name)
        .about(spec.about)
        .long_about(spec.long_about);
    for flag in spec.flags {
        let mut help = flag.help.to_owned();
        if !flag.values.is_empty() {
            help.push_str(&format!(" Possible values: {}.", flag.values.join(", ")));
        }
        if flag.required {
            help.push_str(" Required.");
        }
        let arg = Arg::new(flag.flag).long(flag.flag).help(help);
        command = match flag.kind {
            // `--no-x` turns x off, unless another member's flag is already called that.
            FlagKind::Boolean
                if spec
                    .flags
                    .iter()
                    .any(|f| f.flag == format!("no-{}", flag.flag)) =>
            {
                command.arg(arg.action(ArgAction::SetTrue))
            }
            FlagKind::Boolean => {
                let negative = format!("no-{}", flag.flag);
                command
                    .arg(
                        arg.action(ArgAction::SetTrue)
                            .overrides_with(negative.clone()),
                    )
                    .arg(
                        Arg::new(negative.clone())
                            .long(negative)
                            .action(ArgAction::SetTrue)
                            .hide(true),
                    )
            }
            FlagKind::Scalar => command.arg(
                arg.value_name(value_name(flag))
                    .num_args(1)
                    .allow_negative_numbers(true),
            ),
            FlagKind::List => command.arg(
                arg.value_name(value_name(flag))
                    .num_args(1..)
                    .allow_negative_numbers(true)
                    .action(ArgAction::Append),
            ),
            FlagKind::Structured => command.arg(arg.value_name("JSON|SHORTHAND").num_args(1)),
        };
    }
    command
        .arg(
            Arg::new("cli-input-json")
                .long("cli-input-json")
                .value_name("JSON|file://PATH")
                .help("Reads the input from JSON (or a file://), with the model's member names; flags given as well override it."),
        )
        .arg(
            Arg::new("generate-cli-skeleton")
                .long("generate-cli-skeleton")
                .value_name("input|output")
                .num_args(0..=1)
                .default_missing_value("input")
                .value_parser(["input", "output"])
                .help("Prints a JSON skeleton of the input (for --cli-input-json) or of the output, and calls nothing."),
        )
}

fn value_name(flag: &FlagSpec) -> String {
    if flag.values.is_empty() {
        flag.member.to_owned()
    } else {
        flag.values.join("|")
    }
}

/// Which skeleton `--generate-cli-skeleton` asked for, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skeleton {
    /// The input document.
    Input,
    /// The output document.
    Output,
}

/// The skeleton requested on the command line.
pub fn skeleton_requested(matches: &clap::ArgMatches) -> Option<Skeleton> {
    match matches
        .get_one::<String>("generate-cli-skeleton")
        .map(String::as_str)
    {
        Some("output") => Some(Skeleton::Output),
        Some(_) => Some(Skeleton::Input),
        None => None,
    }
}

/// The input document of one call: `--cli-input-json` (if any) with the flags
/// given on the command line laid over it, then checked: no unknown member,
/// every required member present.
pub fn input_document(
    spec: &CommandSpec,
    matches: &clap::ArgMatches,
) -> Result<Map<String, Value>, CliError> {
    let mut document = match matches.get_one::<String>("cli-input-json") {
        None => Map::new(),
        Some(text) => match parse_json_text(text, "--cli-input-json")? {
            Value::Object(object) => object,
            _ => {
                return Err(CliError::Usage(
                    "--cli-input-json must be a JSON object".to_owned(),
                ))
            }
        },
    };
    for flag in spec.flags {
        let value = match flag.kind {
            FlagKind::Boolean => {
                let negative = format!("no-{}", flag.flag);
                let negated = matches
                    .try_get_one::<bool>(&negative)
                    .ok()
                    .flatten()
                    .copied()
                    .unwrap_or(false);
                if matches.get_flag(flag.flag) {
                    Some(Value::Bool(true))
                } else if negated {
                    Some(Value::Bool(false))
                } else {
                    None
                }
            }
            FlagKind::Scalar => matches
                .get_one::<String>(flag.flag)
                .map(|text| Value::String(text.clone())),
            FlagKind::List => matches
                .get_many::<String>(flag.flag)
                .map(|values| Value::Array(values.map(|v| Value::String(v.clone())).collect())),
            FlagKind::Structured => match matches.get_one::<String>(flag.flag) {
                Some(text) => Some(parse_structured(text, &format!("--{}", flag.flag))?),
                None => None,
            },
        };
        if let Some(value) = value {
            document.insert(flag.member.to_owned(), value);
        }
    }
    check_input(spec, &document)?;
    Ok(document)
}

/// Checks an input document against an operation's members: no unknown
/// member, every required member present (named by its flag).
pub fn check_input(spec: &CommandSpec, document: &Map<String, Value>) -> Result<(), CliError> {
    if let Some(unknown) = document
        .keys()
        .find(|key| !spec.flags.iter().any(|f| f.member == key.as_str()))
    {
        let known: Vec<&str> = spec.flags.iter().map(|f| f.member).collect();
        return Err(CliError::Usage(format!(
            "Unknown parameter in input: \"{unknown}\", must be one of: {}",
            known.join(", ")
        )));
    }
    let missing: Vec<String> = spec
        .flags
        .iter()
        .filter(|f| f.required && document.get(f.member).is_none_or(Value::is_null))
        .map(|f| format!("--{}", f.flag))
        .collect();
    if !missing.is_empty() {
        return Err(CliError::Usage(format!(
            "the following arguments are required: {}",
            missing.join(", ")
        )));
    }
    Ok(())
}

/// Reads member `member` of `document` (named `--flag` in errors).
pub fn member<T: CliValue>(
    document: &Map<String, Value>,
    member: &str,
    flag: &str,
) -> Result<Option<T>, CliError> {
    match document.get(member) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => T::from_cli(value)
            .map(Some)
            .map_err(|why| CliError::Usage(format!("invalid value for --{flag}: {why}"))),
    }
}

/// A flag value or `--cli-input-json` text: `file://path` is read from the
/// file; anything else (an `https://` URL included) is the text itself.
fn value_text(text: &str, what: &str) -> Result<String, CliError> {
    match text.strip_prefix("file://") {
        Some(path) => std::fs::read_to_string(path)
            .map_err(|e| CliError::Usage(format!("{what}: cannot read {path}: {e}"))),
        None => Ok(text.to_owned()),
    }
}

fn parse_json_text(text: &str, what: &str) -> Result<Value, CliError> {
    let text = value_text(text, what)?;
    serde_json::from_str(&text)
        .map_err(|e| CliError::Usage(format!("{what} is not valid JSON: {e}")))
}

/// A structured flag's value: JSON when it looks like JSON, else shorthand.
fn parse_structured(text: &str, what: &str) -> Result<Value, CliError> {
    let text = value_text(text, what)?;
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') || trimmed.starts_with('"') {
        serde_json::from_str(&text)
            .map_err(|e| CliError::Usage(format!("{what} is not valid JSON: {e}")))
    } else {
        parse_shorthand(&text).map_err(|why| CliError::Usage(format!("{what}: {why}")))
    }
}

/// The AWS CLI shorthand for one structure or map: `Key=Value,Other=Value`;
/// a value may be quoted (`Key="a,b"`) or a bracketed list (`Key=[a,b]`).
/// Values stay text: the member's type reads them.
pub fn parse_shorthand(text: &str) -> Result<Value, String> {
    let mut object = Map::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && chars[i] != '=' {
            if chars[i] == ',' {
                return Err(format!(
                    "expected `Key=Value`, found `{}`",
                    chars[start..i].iter().collect::<String>()
                ));
            }
            i += 1;
        }
        let key: String = chars[start..i].iter().collect::<String>().trim().to_owned();
        if i >= chars.len() || key.is_empty() {
            return Err(format!(
                "expected `Key=Value` at `{}`",
                chars[start..].iter().collect::<String>()
            ));
        }
        i += 1; // '='
        let value = if chars.get(i) == Some(&'[') {
            let close = chars[i..]
                .iter()
                .position(|c| *c == ']')
                .ok_or("a `[` is not closed")?;
            let inner: String = chars[i + 1..i + close].iter().collect();
            i += close + 1;
            Value::Array(
                inner
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.trim_matches('"').to_owned()))
                    .collect(),
            )
        } else if chars.get(i) == Some(&'"') {
            let close = chars[i + 1..]
                .iter()
                .position(|c| *c == '"')
                .ok_or("a `\"` is not closed")?;
            let inner: String = chars[i + 1..i + 1 + close].iter().collect();
            i += close + 2;
            Value::String(inner)
        } else {
            let start = i;
            while i < chars.len() && chars[i] != ',' {
                i += 1;
            }
            Value::String(chars[start..i].iter().collect::<String>().trim().to_owned())
        };
        if object.insert(key.clone(), value).is_some() {
            return Err(format!("`{key}` is given twice"));
        }
        match chars.get(i) {
            None => break,
            Some(',') => i += 1,
            Some(other) => {
                return Err(format!(
                    "expected `,` after the value of `{key}`, found `{other}`"
                ))
            }
        }
    }
    Ok(Value::Object(object))
}

/// A value the command line can give and a command can print: implemented
/// here for the primitives and by generated code for the crate's types.
pub trait CliValue: Sized {
    /// Reads the value from JSON (text is accepted where the AWS CLI accepts
    /// it: numbers, booleans and timestamps given on the command line).
    fn from_cli(value: &Value) -> Result<Self, String>;
    /// Writes the value as JSON with the model's member names.
    fn to_cli(&self, options: &RunOptions) -> Value;
    /// A placeholder for `--generate-cli-skeleton`; `depth` stops recursive types.
    fn skeleton(depth: usize) -> Value;
}

/// How deep skeletons of recursive types go.
pub const SKELETON_DEPTH: usize = 4;

fn type_error(expected: &str, value: &Value) -> String {
    let found = match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    };
    format!("expected {expected}, found {found}")
}

impl CliValue for String {
    fn from_cli(value: &Value) -> Result<Self, String> {
        match value {
            Value::String(s) => Ok(s.clone()),
            other => Err(type_error("a string", other)),
        }
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::String(self.clone())
    }
    fn skeleton(_: usize) -> Value {
        Value::String(String::new())
    }
}

impl CliValue for bool {
    fn from_cli(value: &Value) -> Result<Self, String> {
        match value {
            Value::Bool(b) => Ok(*b),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Ok(true),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Ok(false),
            other => Err(type_error("true or false", other)),
        }
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::Bool(*self)
    }
    fn skeleton(_: usize) -> Value {
        Value::Bool(true)
    }
}

macro_rules! integer_cli_value {
    ($($type:ty),*) => {$(
        impl CliValue for $type {
            fn from_cli(value: &Value) -> Result<Self, String> {
                let number = match value {
                    Value::Number(n) => n.as_i64(),
                    Value::String(s) => s.trim().parse::<i64>().ok(),
                    other => return Err(type_error("a whole number", other)),
                };
                number
                    .and_then(|n| <$type>::try_from(n).ok())
                    .ok_or_else(|| format!("expected a whole number from {} to {}, found {value}", <$type>::MIN, <$type>::MAX))
            }
            fn to_cli(&self, _: &RunOptions) -> Value {
                Value::from(*self)
            }
            fn skeleton(_: usize) -> Value {
                Value::from(0)
            }
        }
    )*};
}
integer_cli_value!(i8, i16, i32, i64);

macro_rules! float_cli_value {
    ($($type:ty),*) => {$(
        impl CliValue for $type {
            fn from_cli(value: &Value) -> Result<Self, String> {
                let number = match value {
                    Value::Number(n) => n.as_f64(),
                    Value::String(s) => s.trim().parse::<f64>().ok(),
                    other => return Err(type_error("a number", other)),
                };
                // Narrowing to f32 is what the member's type asks for.
                number.map(|n| n as $type).ok_or_else(|| format!("expected a number, found {value}"))
            }
            fn to_cli(&self, _: &RunOptions) -> Value {
                serde_json::Number::from_f64(f64::from(*self)).map_or_else(|| Value::String(self.to_string()), Value::Number)
            }
            fn skeleton(_: usize) -> Value {
                Value::from(0.0)
            }
        }
    )*};
}
float_cli_value!(f32, f64);

macro_rules! big_number_cli_value {
    ($($type:ty),*) => {$(
        impl CliValue for $type {
            fn from_cli(value: &Value) -> Result<Self, String> {
                let text = match value {
                    Value::Number(n) => n.to_string(),
                    Value::String(s) => s.trim().to_owned(),
                    other => return Err(type_error("a number", other)),
                };
                text.parse().map_err(|e| format!("{e}"))
            }
            fn to_cli(&self, _: &RunOptions) -> Value {
                Value::String(self.as_str().to_owned())
            }
            fn skeleton(_: usize) -> Value {
                Value::from(0)
            }
        }
    )*};
}
big_number_cli_value!(BigInteger, BigDecimal);

impl CliValue for DateTime {
    /// ISO 8601 / RFC 3339 text, or seconds since the epoch (number or text), as the AWS CLI takes them.
    fn from_cli(value: &Value) -> Result<Self, String> {
        match value {
            Value::Number(n) => n
                .as_f64()
                .ok_or_else(|| format!("{n} is not a time"))
                .and_then(|s| DateTime::from_secs_f64(s).map_err(|e| e.to_string())),
            Value::String(s) => DateTime::parse(s.trim(), TimestampFormat::DateTime)
                .or_else(|_| DateTime::parse(s.trim(), TimestampFormat::EpochSeconds))
                .map_err(|_| {
                    format!("`{s}` is not a time (use 2026-12-01T00:00:00Z or seconds since 1970)")
                }),
            other => Err(type_error("a time", other)),
        }
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        self.fmt(TimestampFormat::DateTime)
            .map_or_else(|_| Value::from(self.secs()), Value::String)
    }
    fn skeleton(_: usize) -> Value {
        Value::String("1970-01-01T00:00:00Z".to_owned())
    }
}

impl CliValue for Blob {
    /// Base64 text, as the AWS CLI v2 takes binary parameters.
    fn from_cli(value: &Value) -> Result<Self, String> {
        match value {
            Value::String(s) => Blob::from_base64(s.trim()).map_err(|e| e.to_string()),
            other => Err(type_error("base64 text", other)),
        }
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::String(self.to_base64())
    }
    fn skeleton(_: usize) -> Value {
        Value::String(String::new())
    }
}

impl CliValue for crate::ByteStream {
    /// The path of a file to send, as the AWS CLI takes streaming parameters.
    fn from_cli(value: &Value) -> Result<Self, String> {
        match value {
            Value::String(path) => crate::ByteStream::from_file_now(path.as_ref())
                .map_err(|e| format!("cannot send {path}: {e}")),
            other => Err(type_error("the path of a file", other)),
        }
    }
    /// A stream is not read here (that would take `self`): it shows as a note.
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::String(format!("{self:?}, not read by the command line"))
    }
    fn skeleton(_: usize) -> Value {
        Value::String(String::new())
    }
}

impl CliValue for Document {
    fn from_cli(value: &Value) -> Result<Self, String> {
        Ok(Document::from(value))
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::from(self)
    }
    fn skeleton(_: usize) -> Value {
        Value::Object(Map::new())
    }
}

impl<T: CliValue> CliValue for Vec<T> {
    fn from_cli(value: &Value) -> Result<Self, String> {
        match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, item)| T::from_cli(item).map_err(|e| format!("[{i}]: {e}")))
                .collect(),
            // One value where a list is expected: a list of one, as the AWS CLI reads `--x a`.
            single => T::from_cli(single).map(|item| vec![item]),
        }
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        Value::Array(self.iter().map(|item| item.to_cli(options)).collect())
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Array(Vec::new());
        }
        Value::Array(vec![T::skeleton(depth - 1)])
    }
}

impl<T: CliValue> CliValue for Option<T> {
    fn from_cli(value: &Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            other => T::from_cli(other).map(Some),
        }
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        self.as_ref().map_or(Value::Null, |v| v.to_cli(options))
    }
    fn skeleton(depth: usize) -> Value {
        T::skeleton(depth)
    }
}

impl<T: CliValue> CliValue for HashMap<String, T> {
    fn from_cli(value: &Value) -> Result<Self, String> {
        match value {
            Value::Object(entries) => entries
                .iter()
                .map(|(k, v)| {
                    T::from_cli(v)
                        .map(|v| (k.clone(), v))
                        .map_err(|e| format!(".{k}: {e}"))
                })
                .collect(),
            other => Err(type_error("an object", other)),
        }
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        // Sorted, so output does not change from run to run.
        let mut entries: Vec<_> = self.iter().collect();
        entries.sort_by(|a, b| a.0.cmp(b.0));
        Value::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k.clone(), v.to_cli(options)))
                .collect(),
        )
    }
    fn skeleton(depth: usize) -> Value {
        let mut object = Map::new();
        if depth > 0 {
            object.insert("KeyName".to_owned(), T::skeleton(depth - 1));
        }
        Value::Object(object)
    }
}

/// Reads the object members of a structure: `Err` unless `value` is an object.
pub fn object(value: &Value) -> Result<&Map<String, Value>, String> {
    match value {
        Value::Object(object) => Ok(object),
        other => Err(type_error("an object", other)),
    }
}

/// Refuses an object with a member other than `known` (a misspelt key would
/// otherwise be dropped without a word).
pub fn known_members(object: &Map<String, Value>, known: &[&str]) -> Result<(), String> {
    match object.keys().find(|key| !known.contains(&key.as_str())) {
        None => Ok(()),
        Some(key) if known.is_empty() => Err(format!("unknown member `{key}`: there are none")),
        Some(key) => Err(format!(
            "unknown member `{key}`, expected one of: {}",
            known.join(", ")
        )),
    }
}

/// Reads member `key` of a structure's object, naming it in errors.
pub fn field<T: CliValue>(object: &Map<String, Value>, key: &str) -> Result<Option<T>, String> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => T::from_cli(value)
            .map(Some)
            .map_err(|e| format!(".{key}: {e}")),
    }
}

/// Writes a member's value, or [`REDACTED`] for a sensitive one unless
/// secrets are shown.
pub fn shown<T: CliValue>(value: &T, sensitive: bool, options: &RunOptions) -> Value {
    if sensitive && !options.show_secrets {
        Value::String(REDACTED.to_owned())
    } else {
        value.to_cli(options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLAGS: &[FlagSpec] = &[
        FlagSpec {
            flag: "client-name",
            member: "clientName",
            kind: FlagKind::Scalar,
            required: true,
            help: "The name.",
            values: &[],
        },
        FlagSpec {
            flag: "scopes",
            member: "scopes",
            kind: FlagKind::List,
            required: false,
            help: "Scopes.",
            values: &[],
        },
        FlagSpec {
            flag: "details",
            member: "details",
            kind: FlagKind::Structured,
            required: false,
            help: "Details.",
            values: &[],
        },
        FlagSpec {
            flag: "enabled",
            member: "enabled",
            kind: FlagKind::Boolean,
            required: false,
            help: "On or off.",
            values: &[],
        },
        FlagSpec {
            flag: "client-type",
            member: "clientType",
            kind: FlagKind::Scalar,
            required: false,
            help: "The type.",
            values: &["public"],
        },
    ];
    const SPEC: CommandSpec = CommandSpec {
        name: "register-client",
        operation: "RegisterClient",
        about: "Registers.",
        long_about: "Registers a client.",
        flags: FLAGS,
    };

    fn document(args: &[&str]) -> Result<Map<String, Value>, CliError> {
        let matches = command(&SPEC)
            .try_get_matches_from(std::iter::once("register-client").chain(args.iter().copied()))
            .map_err(|e| CliError::Usage(e.to_string()))?;
        input_document(&SPEC, &matches)
    }

    #[test]
    fn flags_make_the_input_document() {
        let doc = document(&[
            "--client-name",
            "app",
            "--scopes",
            "a",
            "b",
            "--details",
            "Key=v,Other=\"x,y\"",
            "--no-enabled",
        ])
        .unwrap();
        assert_eq!(
            Value::Object(doc),
            serde_json::json!({"clientName": "app", "scopes": ["a", "b"], "details": {"Key": "v", "Other": "x,y"}, "enabled": false})
        );
        let doc = document(&[
            "--client-name",
            "app",
            "--enabled",
            "--details",
            "{\"a\": [1]}",
        ])
        .unwrap();
        assert_eq!(doc["enabled"], true);
        assert_eq!(doc["details"], serde_json::json!({"a": [1]}));
    }

    #[test]
    fn flags_override_cli_input_json_and_https_values_stay_text() {
        let doc = document(&[
            "--cli-input-json",
            r#"{"clientName": "from-json", "clientType": "public", "scopes": ["x"]}"#,
            "--client-name",
            "https://example.com/start",
        ])
        .unwrap();
        assert_eq!(doc["clientName"], "https://example.com/start");
        assert_eq!(doc["clientType"], "public");
        assert_eq!(doc["scopes"], serde_json::json!(["x"]));
    }

    #[test]
    fn input_problems_are_usage_errors_naming_what_is_wrong() {
        let error = document(&[]).unwrap_err();
        assert_eq!(
            error,
            CliError::Usage("the following arguments are required: --client-name".into())
        );
        assert_eq!(error.exit_code(), 252);
        let error = document(&["--cli-input-json", r#"{"clientNam": "x"}"#]).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("Unknown parameter in input: \"clientNam\""),
            "{error}"
        );
        let error = document(&["--cli-input-json", "[1]"]).unwrap_err();
        assert_eq!(error.to_string(), "--cli-input-json must be a JSON object");
        let error = document(&["--cli-input-json", "file:///nonexistent/input.json"]).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("cannot read /nonexistent/input.json"),
            "{error}"
        );
        let error = document(&["--client-name", "a", "--details", "Key"]).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("--details: expected `Key=Value`"),
            "{error}"
        );
    }

    #[test]
    fn cli_input_json_is_read_from_a_file() {
        let path = std::env::temp_dir().join(format!("cli-input-{}.json", std::process::id()));
        std::fs::write(&path, r#"{"clientName": "filed"}"#).unwrap();
        let doc = document(&["--cli-input-json", &format!("file://{}", path.display())]).unwrap();
        assert_eq!(doc["clientName"], "filed");
        std::fs::remove_file(path).unwrap();
    }

    #[test]
    fn shorthand_reads_quotes_and_lists_and_refuses_the_malformed() {
        assert_eq!(
            parse_shorthand("A=1,B=[x, y],C=\"p,q\"").unwrap(),
            serde_json::json!({"A": "1", "B": ["x", "y"], "C": "p,q"})
        );
        assert!(parse_shorthand("A=1,A=2")
            .unwrap_err()
            .contains("given twice"));
        assert!(parse_shorthand("A=[1,2")
            .unwrap_err()
            .contains("not closed"));
        assert!(parse_shorthand("=1").is_err());
    }

    #[test]
    fn primitives_read_text_as_the_aws_cli_does() {
        assert_eq!(i32::from_cli(&Value::String("42".into())), Ok(42));
        assert!(i8::from_cli(&Value::from(300))
            .unwrap_err()
            .contains("-128 to 127"));
        assert_eq!(bool::from_cli(&Value::String("TRUE".into())), Ok(true));
        let time = DateTime::from_cli(&Value::String("2026-12-01T00:00:00Z".into())).unwrap();
        assert_eq!(time.secs(), 1_796_083_200);
        assert_eq!(
            DateTime::from_cli(&Value::from(1_796_083_200)).unwrap(),
            time
        );
        assert_eq!(time.to_cli(&RunOptions::default()), "2026-12-01T00:00:00Z");
        assert!(Vec::<i32>::from_cli(&serde_json::json!([1, "x"]))
            .unwrap_err()
            .starts_with("[1]:"));
        assert_eq!(
            Vec::<String>::from_cli(&Value::String("one".into())),
            Ok(vec!["one".to_owned()])
        );
        assert_eq!(
            Blob::from_cli(&Value::String("aGk=".into()))
                .unwrap()
                .as_ref(),
            b"hi"
        );
    }

    #[test]
    fn sensitive_values_are_redacted_unless_shown() {
        let secret = "SECRET".to_owned();
        assert_eq!(shown(&secret, true, &RunOptions::default()), REDACTED);
        assert_eq!(
            shown(&secret, true, &RunOptions { show_secrets: true }),
            "SECRET"
        );
        assert_eq!(shown(&secret, false, &RunOptions::default()), "SECRET");
    }

    #[test]
    fn service_errors_read_as_the_aws_cli_prints_them() {
        let error = CliError::Service {
            operation: "CreateToken".into(),
            code: "AuthorizationPendingException".into(),
            message: "not yet".into(),
            details: Some(serde_json::json!({"error": "authorization_pending"})),
        };
        assert_eq!(
            error.to_string(),
            "An error occurred (AuthorizationPendingException) when calling the CreateToken operation: not yet"
        );
        assert_eq!(error.exit_code(), 254);
        assert_eq!(CliError::Failed("x".into()).exit_code(), 255);
    }

    #[test]
    fn the_command_lists_enum_values_and_skeleton_choices() {
        let help = command(&SPEC).render_long_help().to_string();
        assert!(help.contains("Possible values: public."), "{help}");
        assert!(help.contains("--generate-cli-skeleton"), "{help}");
        let matches = command(&SPEC)
            .try_get_matches_from(["x", "--generate-cli-skeleton"])
            .unwrap();
        assert_eq!(skeleton_requested(&matches), Some(Skeleton::Input));
        let matches = command(&SPEC)
            .try_get_matches_from(["x", "--generate-cli-skeleton", "output"])
            .unwrap();
        assert_eq!(skeleton_requested(&matches), Some(Skeleton::Output));
    }
}
