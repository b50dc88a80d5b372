// @generated from tests/fixtures/shape_types.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The command line: one subcommand per operation, with a flag per input
//! member, `--cli-input-json` and `--generate-cli-skeleton`, printing the
//! output as JSON with the model's member names (sensitive members redacted
//! unless asked for). A binary puts [`commands`] under its own clap command
//! and calls [`run`] with the chosen subcommand.
use sdk_runtime::cli::{self, CliError, CliValue, CommandSpec, ErrorDetails, RunOptions};
use serde_json::{Map, Value};
/// The `echo` command: Echo.
const ECHO: CommandSpec = CommandSpec {
    name: "echo",
    operation: "Echo",
    about: "The Echo operation.",
    long_about: "The Echo operation.",
    flags: &[
        cli::FlagSpec {
            flag: "blob",
            member: "blob",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "flag",
            member: "flag",
            kind: cli::FlagKind::Boolean,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "text",
            member: "text",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "tiny",
            member: "tiny",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "small",
            member: "small",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "count",
            member: "count",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "big",
            member: "big",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "ratio",
            member: "ratio",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "precise",
            member: "precise",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "huge",
            member: "huge",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "exact",
            member: "exact",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "epoch",
            member: "epoch",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "iso-time",
            member: "isoTime",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "An RFC 3339 time.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "http-time",
            member: "httpTime",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "anything",
            member: "anything",
            kind: cli::FlagKind::Structured,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "color",
            member: "color",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "A color.",
            values: &["red", "dark-blue"],
        },
        cli::FlagSpec {
            flag: "level",
            member: "level",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "An int enum, read as a number.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "names",
            member: "names",
            kind: cli::FlagKind::List,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "maybe-names",
            member: "maybeNames",
            kind: cli::FlagKind::List,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "unique-names",
            member: "uniqueNames",
            kind: cli::FlagKind::List,
            required: false,
            help: "Names that may not repeat ('@uniqueItems', checked by the dispatcher).",
            values: &[],
        },
        cli::FlagSpec {
            flag: "labels",
            member: "labels",
            kind: cli::FlagKind::Structured,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "maybe-labels",
            member: "maybeLabels",
            kind: cli::FlagKind::Structured,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "nested",
            member: "nested",
            kind: cli::FlagKind::Structured,
            required: false,
            help: "A structure inside others.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "choice",
            member: "choice",
            kind: cli::FlagKind::Structured,
            required: false,
            help: "A union.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "renamed",
            member: "renamed",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "required",
            member: "required",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "with-default",
            member: "withDefault",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "default-color",
            member: "defaultColor",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "A color.",
            values: &["red", "dark-blue"],
        },
        cli::FlagSpec {
            flag: "no-default",
            member: "noDefault",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "A count.",
            values: &[],
        },
    ],
};
/// Every operation's command, in the model's order.
const COMMANDS: &[&CommandSpec] = &[&ECHO];
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
    &[]
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
        "echo" => run_echo(client, matches, options).await,
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
        "Echo" => {
            cli::check_input(&ECHO, input)?;
            call_echo(client, input, options).await
        }
        other => Err(CliError::Usage(format!("unknown operation `{other}`"))),
    }
}
/// Runs `echo`.
async fn run_echo(
    client: &crate::Client,
    matches: &clap::ArgMatches,
    options: &RunOptions,
) -> Result<Value, CliError> {
    match cli::skeleton_requested(matches) {
        Some(cli::Skeleton::Input) => {
            return Ok(
                Value::Object(
                    Map::from_iter([
                        (
                            "blob".to_owned(),
                            <crate::primitives::Blob as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "flag".to_owned(),
                            <bool as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "text".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "tiny".to_owned(),
                            <i8 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "small".to_owned(),
                            <i16 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "count".to_owned(),
                            <i32 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "big".to_owned(),
                            <i64 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "ratio".to_owned(),
                            <f32 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "precise".to_owned(),
                            <f64 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "huge".to_owned(),
                            <crate::primitives::BigInteger as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "exact".to_owned(),
                            <crate::primitives::BigDecimal as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "epoch".to_owned(),
                            <crate::primitives::DateTime as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "isoTime".to_owned(),
                            <crate::primitives::DateTime as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "httpTime".to_owned(),
                            <crate::primitives::DateTime as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "anything".to_owned(),
                            <crate::primitives::Document as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "color".to_owned(),
                            <crate::types::Color as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "level".to_owned(),
                            <i32 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "names".to_owned(),
                            <Vec<String> as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "maybeNames".to_owned(),
                            <Vec<
                                Option<String>,
                            > as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "uniqueNames".to_owned(),
                            <Vec<String> as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "labels".to_owned(),
                            <std::collections::HashMap<
                                String,
                                crate::types::Nested,
                            > as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "maybeLabels".to_owned(),
                            <std::collections::HashMap<
                                String,
                                Option<i32>,
                            > as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "nested".to_owned(),
                            <crate::types::Nested as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "choice".to_owned(),
                            <crate::types::Choice as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "renamed".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "required".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "withDefault".to_owned(),
                            <i32 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "defaultColor".to_owned(),
                            <crate::types::Color as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "noDefault".to_owned(),
                            <i32 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::echo::EchoOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&ECHO, matches)?;
    call_echo(client, &input, options).await
}
/// Calls Echo with a checked input document.
async fn call_echo(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.echo();
    request.inner.blob = cli::member::<crate::primitives::Blob>(input, "blob", "blob")?;
    request.inner.flag = cli::member::<bool>(input, "flag", "flag")?;
    request.inner.text = cli::member::<String>(input, "text", "text")?;
    request.inner.tiny = cli::member::<i8>(input, "tiny", "tiny")?;
    request.inner.small = cli::member::<i16>(input, "small", "small")?;
    request.inner.count = cli::member::<i32>(input, "count", "count")?;
    request.inner.big = cli::member::<i64>(input, "big", "big")?;
    request.inner.ratio = cli::member::<f32>(input, "ratio", "ratio")?;
    request.inner.precise = cli::member::<f64>(input, "precise", "precise")?;
    request.inner.huge = cli::member::<
        crate::primitives::BigInteger,
    >(input, "huge", "huge")?;
    request.inner.exact = cli::member::<
        crate::primitives::BigDecimal,
    >(input, "exact", "exact")?;
    request.inner.epoch = cli::member::<
        crate::primitives::DateTime,
    >(input, "epoch", "epoch")?;
    request.inner.iso_time = cli::member::<
        crate::primitives::DateTime,
    >(input, "isoTime", "iso-time")?;
    request.inner.http_time = cli::member::<
        crate::primitives::DateTime,
    >(input, "httpTime", "http-time")?;
    request.inner.anything = cli::member::<
        crate::primitives::Document,
    >(input, "anything", "anything")?;
    request.inner.color = cli::member::<crate::types::Color>(input, "color", "color")?;
    request.inner.level = cli::member::<i32>(input, "level", "level")?;
    request.inner.names = cli::member::<Vec<String>>(input, "names", "names")?;
    request.inner.maybe_names = cli::member::<
        Vec<Option<String>>,
    >(input, "maybeNames", "maybe-names")?;
    request.inner.unique_names = cli::member::<
        Vec<String>,
    >(input, "uniqueNames", "unique-names")?;
    request.inner.labels = cli::member::<
        std::collections::HashMap<String, crate::types::Nested>,
    >(input, "labels", "labels")?;
    request.inner.maybe_labels = cli::member::<
        std::collections::HashMap<String, Option<i32>>,
    >(input, "maybeLabels", "maybe-labels")?;
    request.inner.nested = cli::member::<
        crate::types::Nested,
    >(input, "nested", "nested")?;
    request.inner.choice = cli::member::<
        crate::types::Choice,
    >(input, "choice", "choice")?;
    request.inner.renamed = cli::member::<String>(input, "renamed", "renamed")?;
    request.inner.required = cli::member::<String>(input, "required", "required")?;
    request.inner.with_default = cli::member::<
        i32,
    >(input, "withDefault", "with-default")?;
    request.inner.default_color = cli::member::<
        crate::types::Color,
    >(input, "defaultColor", "default-color")?;
    request.inner.no_default = cli::member::<i32>(input, "noDefault", "no-default")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("Echo", error, options))?;
    Ok(output.to_cli(options))
}
impl CliValue for crate::types::Choice {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        let mut members = object.iter();
        let (Some((key, value)), None) = (members.next(), members.next()) else {
            return Err(
                format!(
                    "expected exactly one of: {}", ["text", "number", "nested",
                    "nothing", "when"].join(", ")
                ),
            );
        };
        match key.as_str() {
            "text" => {
                Ok(
                    Self::Text(
                        <String as CliValue>::from_cli(value)
                            .map_err(|e| format!(".{}: {e}", "text"))?,
                    ),
                )
            }
            "number" => {
                Ok(
                    Self::Number(
                        <i32 as CliValue>::from_cli(value)
                            .map_err(|e| format!(".{}: {e}", "number"))?,
                    ),
                )
            }
            "nested" => {
                Ok(
                    Self::Nested(
                        <crate::types::Nested as CliValue>::from_cli(value)
                            .map_err(|e| format!(".{}: {e}", "nested"))?,
                    ),
                )
            }
            "nothing" => Ok(Self::Nothing),
            "when" => {
                Ok(
                    Self::When(
                        <crate::primitives::DateTime as CliValue>::from_cli(value)
                            .map_err(|e| format!(".{}: {e}", "when"))?,
                    ),
                )
            }
            other => {
                Err(
                    format!(
                        "unknown member `{other}`, expected one of: {}", ["text",
                        "number", "nested", "nothing", "when"].join(", ")
                    ),
                )
            }
        }
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let (key, value) = match self {
            Self::Text(value) => ("text", cli::shown(value, false, options)),
            Self::Number(value) => ("number", cli::shown(value, false, options)),
            Self::Nested(value) => ("nested", cli::shown(value, false, options)),
            Self::Nothing => ("nothing", Value::Object(Map::new())),
            Self::When(value) => ("when", cli::shown(value, false, options)),
            Self::Unknown => return Value::Object(Map::new()),
        };
        Value::Object(Map::from_iter([(key.to_owned(), value)]))
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("text".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::types::Color {
    fn from_cli(value: &Value) -> Result<Self, String> {
        String::from_cli(value).map(|text| Self::from(text.as_str()))
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::String(self.as_str().to_owned())
    }
    fn skeleton(_: usize) -> Value {
        Value::String("red".to_owned())
    }
}
impl CliValue for crate::types::EchoInputCopy {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["text", "when"])?;
        let mut builder = Self::builder();
        builder.text = cli::field::<String>(object, "text")?;
        builder.when = cli::field::<crate::primitives::DateTime>(object, "when")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.text {
            object.insert("text".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.when {
            object.insert("when".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("text".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "when".to_owned(),
                    <crate::primitives::DateTime as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::Nested {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["id", "tags"])?;
        let mut builder = Self::builder();
        builder.id = cli::field::<String>(object, "id")?;
        builder.tags = cli::field::<Vec<String>>(object, "tags")?;
        builder.build().map_err(|error| error.to_string())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        object.insert("id".to_owned(), cli::shown(&self.id, false, options));
        if let Some(value) = &self.tags {
            object.insert("tags".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("id".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("tags".to_owned(), <Vec<String> as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::operation::echo::EchoOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["echoed"])?;
        let mut builder = Self::builder();
        builder.echoed = cli::field::<crate::types::EchoInputCopy>(object, "echoed")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.echoed {
            object.insert("echoed".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                (
                    "echoed".to_owned(),
                    <crate::types::EchoInputCopy as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl ErrorDetails for crate::operation::echo::EchoError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
