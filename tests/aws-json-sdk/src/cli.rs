// @generated from tests/fixtures/aws_json.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The command line: one subcommand per operation, with a flag per input
//! member, `--cli-input-json` and `--generate-cli-skeleton`, printing the
//! output as JSON with the model's member names (sensitive members redacted
//! unless asked for). A binary puts [`commands`] under its own clap command
//! and calls [`run`] with the chosen subcommand.
use sdk_runtime::cli::{self, CliError, CliValue, CommandSpec, ErrorDetails, RunOptions};
use serde_json::{Map, Value};
/// The `get-item` command: GetItem.
const GET_ITEM: CommandSpec = CommandSpec {
    name: "get-item",
    operation: "GetItem",
    about: "Reads an item.",
    long_about: "Reads an item.",
    flags: &[
        cli::FlagSpec {
            flag: "id",
            member: "id",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The item's id.",
            values: &[],
        },
    ],
};
/// The `put-item` command: PutItem.
const PUT_ITEM: CommandSpec = CommandSpec {
    name: "put-item",
    operation: "PutItem",
    about: "Stores an item, replacing the one with its id when 'expectedVersion' matches.",
    long_about: "Stores an item, replacing the one with its id when 'expectedVersion' matches.",
    flags: &[
        cli::FlagSpec {
            flag: "id",
            member: "id",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The item's id (an '@httpLabel' awsJson ignores: it travels in the body).",
            values: &[],
        },
        cli::FlagSpec {
            flag: "expected-version",
            member: "expectedVersion",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "The version the stored item must have (an '@httpHeader' awsJson ignores).",
            values: &[],
        },
        cli::FlagSpec {
            flag: "tags",
            member: "tags",
            kind: cli::FlagKind::List,
            required: false,
            help: "Labels for the item.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "stored-at",
            member: "storedAt",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "When the item was made (epoch seconds on the wire).",
            values: &[],
        },
        cli::FlagSpec {
            flag: "secret",
            member: "secret",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "A value that never reaches logs.",
            values: &[],
        },
    ],
};
/// Every operation's command, in the model's order.
const COMMANDS: &[&CommandSpec] = &[&GET_ITEM, &PUT_ITEM];
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
    &["secret"]
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
        "get-item" => run_get_item(client, matches, options).await,
        "put-item" => run_put_item(client, matches, options).await,
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
        "GetItem" => {
            cli::check_input(&GET_ITEM, input)?;
            call_get_item(client, input, options).await
        }
        "PutItem" => {
            cli::check_input(&PUT_ITEM, input)?;
            call_put_item(client, input, options).await
        }
        other => Err(CliError::Usage(format!("unknown operation `{other}`"))),
    }
}
/// Runs `get-item`.
async fn run_get_item(
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
                            "id".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::get_item::GetItemOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&GET_ITEM, matches)?;
    call_get_item(client, &input, options).await
}
/// Calls GetItem with a checked input document.
async fn call_get_item(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.get_item();
    request.inner.id = cli::member::<String>(input, "id", "id")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("GetItem", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `put-item`.
async fn run_put_item(
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
                            "id".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "expectedVersion".to_owned(),
                            <i64 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "tags".to_owned(),
                            <Vec<String> as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "storedAt".to_owned(),
                            <crate::primitives::DateTime as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                        (
                            "secret".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::put_item::PutItemOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&PUT_ITEM, matches)?;
    call_put_item(client, &input, options).await
}
/// Calls PutItem with a checked input document.
async fn call_put_item(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.put_item();
    request.inner.id = cli::member::<String>(input, "id", "id")?;
    request.inner.expected_version = cli::member::<
        i64,
    >(input, "expectedVersion", "expected-version")?;
    request.inner.tags = cli::member::<Vec<String>>(input, "tags", "tags")?;
    request.inner.stored_at = cli::member::<
        crate::primitives::DateTime,
    >(input, "storedAt", "stored-at")?;
    request.inner.secret = cli::member::<String>(input, "secret", "secret")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("PutItem", error, options))?;
    Ok(output.to_cli(options))
}
impl CliValue for crate::types::error::ItemConflict {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["message", "currentVersion"])?;
        let mut builder = Self::builder();
        builder.message = cli::field::<String>(object, "message")?;
        builder.current_version = cli::field::<i64>(object, "currentVersion")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.message {
            object.insert("message".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.current_version {
            object
                .insert("currentVersion".to_owned(), cli::shown(value, false, options));
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
                ("currentVersion".to_owned(), <i64 as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::types::error::Throttled {
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
impl CliValue for crate::operation::get_item::GetItemOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["tags", "version"])?;
        let mut builder = Self::builder();
        builder.tags = cli::field::<Vec<String>>(object, "tags")?;
        builder.version = cli::field::<i64>(object, "version")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.tags {
            object.insert("tags".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.version {
            object.insert("version".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("tags".to_owned(), <Vec<String> as CliValue>::skeleton(depth - 1)),
                ("version".to_owned(), <i64 as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::operation::put_item::PutItemOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["version", "storedAt"])?;
        let mut builder = Self::builder();
        builder.version = cli::field::<i64>(object, "version")?;
        builder.stored_at = cli::field::<
            crate::primitives::DateTime,
        >(object, "storedAt")?;
        builder.build().map_err(|error| error.to_string())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        object.insert("version".to_owned(), cli::shown(&self.version, false, options));
        if let Some(value) = &self.stored_at {
            object.insert("storedAt".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("version".to_owned(), <i64 as CliValue>::skeleton(depth - 1)),
                (
                    "storedAt".to_owned(),
                    <crate::primitives::DateTime as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl ErrorDetails for crate::operation::get_item::GetItemError {
    fn details(&self, options: &RunOptions) -> Option<Value> {
        use crate::operation::get_item::GetItemError;
        match self {
            GetItemError::Throttled(inner) => Some(inner.to_cli(options)),
            GetItemError::Unhandled(_) => None,
        }
    }
}
impl ErrorDetails for crate::operation::put_item::PutItemError {
    fn details(&self, options: &RunOptions) -> Option<Value> {
        use crate::operation::put_item::PutItemError;
        match self {
            PutItemError::ItemConflict(inner) => Some(inner.to_cli(options)),
            PutItemError::Throttled(inner) => Some(inner.to_cli(options)),
            PutItemError::Unhandled(_) => None,
        }
    }
}
