// @generated from tests/fixtures/waiters.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The command line: one subcommand per operation, with a flag per input
//! member, `--cli-input-json` and `--generate-cli-skeleton`, printing the
//! output as JSON with the model's member names (sensitive members redacted
//! unless asked for). A binary puts [`commands`] under its own clap command
//! and calls [`run`] with the chosen subcommand.
use sdk_runtime::cli::{self, CliError, CliValue, CommandSpec, ErrorDetails, RunOptions};
use serde_json::{Map, Value};
/// The `describe-table` command: DescribeTable.
const DESCRIBE_TABLE: CommandSpec = CommandSpec {
    name: "describe-table",
    operation: "DescribeTable",
    about: "Describes a table.",
    long_about: "Describes a table.",
    flags: &[
        cli::FlagSpec {
            flag: "name",
            member: "name",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "",
            values: &[],
        },
    ],
};
/// Every operation's command, in the model's order.
const COMMANDS: &[&CommandSpec] = &[&DESCRIBE_TABLE];
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
        "describe-table" => run_describe_table(client, matches, options).await,
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
        "DescribeTable" => {
            cli::check_input(&DESCRIBE_TABLE, input)?;
            call_describe_table(client, input, options).await
        }
        other => Err(CliError::Usage(format!("unknown operation `{other}`"))),
    }
}
/// Runs `describe-table`.
async fn run_describe_table(
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
                            "name".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::describe_table::DescribeTableOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&DESCRIBE_TABLE, matches)?;
    call_describe_table(client, &input, options).await
}
/// Calls DescribeTable with a checked input document.
async fn call_describe_table(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.describe_table();
    request.inner.name = cli::member::<String>(input, "name", "name")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("DescribeTable", error, options))?;
    Ok(output.to_cli(options))
}
impl CliValue for crate::types::Replica {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["region", "status"])?;
        let mut builder = Self::builder();
        builder.region = cli::field::<String>(object, "region")?;
        builder.status = cli::field::<String>(object, "status")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.region {
            object.insert("region".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.status {
            object.insert("status".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("region".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("status".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::types::error::ResourceNotFound {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["message"])?;
        let mut builder = Self::builder();
        builder.message = cli::field::<String>(object, "message")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.message {
            object.insert("message".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("message".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::types::Table {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["name", "status", "ready", "replicas", "tags"])?;
        let mut builder = Self::builder();
        builder.name = cli::field::<String>(object, "name")?;
        builder.status = cli::field::<crate::types::TableStatus>(object, "status")?;
        builder.ready = cli::field::<bool>(object, "ready")?;
        builder.replicas = cli::field::<Vec<crate::types::Replica>>(object, "replicas")?;
        builder.tags = cli::field::<Vec<String>>(object, "tags")?;
        builder.build().map_err(|error| error.to_string())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        object.insert("name".to_owned(), cli::shown(&self.name, false, options));
        if let Some(value) = &self.status {
            object.insert("status".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.ready {
            object.insert("ready".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.replicas {
            object.insert("replicas".to_owned(), cli::shown(value, false, options));
        }
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
                ("name".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "status".to_owned(),
                    <crate::types::TableStatus as CliValue>::skeleton(depth - 1),
                ),
                ("ready".to_owned(), <bool as CliValue>::skeleton(depth - 1)),
                (
                    "replicas".to_owned(),
                    <Vec<crate::types::Replica> as CliValue>::skeleton(depth - 1),
                ),
                ("tags".to_owned(), <Vec<String> as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::types::TableStatus {
    fn from_cli(value: &Value) -> Result<Self, String> {
        String::from_cli(value).map(|text| Self::from(text.as_str()))
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::String(self.as_str().to_owned())
    }
    fn skeleton(_: usize) -> Value {
        Value::String("CREATING".to_owned())
    }
}
impl CliValue for crate::operation::describe_table::DescribeTableOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["table"])?;
        let mut builder = Self::builder();
        builder.table = cli::field::<crate::types::Table>(object, "table")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.table {
            object.insert("table".to_owned(), cli::shown(value, false, options));
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
                    "table".to_owned(),
                    <crate::types::Table as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl ErrorDetails for crate::operation::describe_table::DescribeTableError {
    fn details(&self, options: &RunOptions) -> Option<Value> {
        use crate::operation::describe_table::DescribeTableError;
        match self {
            DescribeTableError::ResourceNotFound(inner) => Some(inner.to_cli(options)),
            DescribeTableError::Unhandled(_) => None,
        }
    }
}
