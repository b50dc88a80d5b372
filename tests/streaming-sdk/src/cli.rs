// @generated from tests/fixtures/streaming.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The command line: one subcommand per operation, with a flag per input
//! member, `--cli-input-json` and `--generate-cli-skeleton`, printing the
//! output as JSON with the model's member names (sensitive members redacted
//! unless asked for). A binary puts [`commands`] under its own clap command
//! and calls [`run`] with the chosen subcommand.
use sdk_runtime::cli::{self, CliError, CliValue, CommandSpec, ErrorDetails, RunOptions};
use serde_json::{Map, Value};
/// The `download-object` command: DownloadObject.
const DOWNLOAD_OBJECT: CommandSpec = CommandSpec {
    name: "download-object",
    operation: "DownloadObject",
    about: "Streams 'length' bytes back as the response body.",
    long_about: "Streams 'length' bytes back as the response body.",
    flags: &[
        cli::FlagSpec {
            flag: "key",
            member: "key",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "Which object.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "length",
            member: "length",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "How many bytes to send.",
            values: &[],
        },
    ],
};
/// The `upload-object` command: UploadObject.
const UPLOAD_OBJECT: CommandSpec = CommandSpec {
    name: "upload-object",
    operation: "UploadObject",
    about: "Stores the request body under 'key', read as it comes.",
    long_about: "Stores the request body under 'key', read as it comes.",
    flags: &[
        cli::FlagSpec {
            flag: "key",
            member: "key",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "Where the object is stored.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "label",
            member: "label",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "A label kept with the object.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "body",
            member: "body",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The object's bytes.",
            values: &[],
        },
    ],
};
/// The `upload-sized` command: UploadSized.
const UPLOAD_SIZED: CommandSpec = CommandSpec {
    name: "upload-sized",
    operation: "UploadSized",
    about: "Stores a body whose length must be declared up front.",
    long_about: "Stores a body whose length must be declared up front.",
    flags: &[
        cli::FlagSpec {
            flag: "key",
            member: "key",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "Where the object is stored.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "body",
            member: "body",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "The object's bytes, of a length known before sending.",
            values: &[],
        },
    ],
};
/// Every operation's command, in the model's order.
const COMMANDS: &[&CommandSpec] = &[&DOWNLOAD_OBJECT, &UPLOAD_OBJECT, &UPLOAD_SIZED];
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
        "download-object" => run_download_object(client, matches, options).await,
        "upload-object" => run_upload_object(client, matches, options).await,
        "upload-sized" => run_upload_sized(client, matches, options).await,
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
        "DownloadObject" => {
            cli::check_input(&DOWNLOAD_OBJECT, input)?;
            call_download_object(client, input, options).await
        }
        "UploadObject" => {
            cli::check_input(&UPLOAD_OBJECT, input)?;
            call_upload_object(client, input, options).await
        }
        "UploadSized" => {
            cli::check_input(&UPLOAD_SIZED, input)?;
            call_upload_sized(client, input, options).await
        }
        other => Err(CliError::Usage(format!("unknown operation `{other}`"))),
    }
}
/// Runs `download-object`.
async fn run_download_object(
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
                            "key".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "length".to_owned(),
                            <i64 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::download_object::DownloadObjectOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&DOWNLOAD_OBJECT, matches)?;
    call_download_object(client, &input, options).await
}
/// Calls DownloadObject with a checked input document.
async fn call_download_object(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.download_object();
    request.inner.key = cli::member::<String>(input, "key", "key")?;
    request.inner.length = cli::member::<i64>(input, "length", "length")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("DownloadObject", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `upload-object`.
async fn run_upload_object(
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
                            "key".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "label".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "body".to_owned(),
                            <crate::primitives::ByteStream as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::upload_object::UploadObjectOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&UPLOAD_OBJECT, matches)?;
    call_upload_object(client, &input, options).await
}
/// Calls UploadObject with a checked input document.
async fn call_upload_object(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.upload_object();
    request.inner.key = cli::member::<String>(input, "key", "key")?;
    request.inner.label = cli::member::<String>(input, "label", "label")?;
    request.inner.body = cli::member::<
        crate::primitives::ByteStream,
    >(input, "body", "body")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("UploadObject", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `upload-sized`.
async fn run_upload_sized(
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
                            "key".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "body".to_owned(),
                            <crate::primitives::ByteStream as CliValue>::skeleton(
                                cli::SKELETON_DEPTH,
                            ),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::upload_sized::UploadSizedOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&UPLOAD_SIZED, matches)?;
    call_upload_sized(client, &input, options).await
}
/// Calls UploadSized with a checked input document.
async fn call_upload_sized(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.upload_sized();
    request.inner.key = cli::member::<String>(input, "key", "key")?;
    request.inner.body = cli::member::<
        crate::primitives::ByteStream,
    >(input, "body", "body")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("UploadSized", error, options))?;
    Ok(output.to_cli(options))
}
impl CliValue for crate::operation::download_object::DownloadObjectOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["length", "body"])?;
        let mut builder = Self::builder();
        builder.length = cli::field::<i64>(object, "length")?;
        builder.body = cli::field::<crate::primitives::ByteStream>(object, "body")?;
        builder.build().map_err(|error| error.to_string())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.length {
            object.insert("length".to_owned(), cli::shown(value, false, options));
        }
        object.insert("body".to_owned(), cli::shown(&self.body, false, options));
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("length".to_owned(), <i64 as CliValue>::skeleton(depth - 1)),
                (
                    "body".to_owned(),
                    <crate::primitives::ByteStream as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::operation::upload_object::UploadObjectOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["length", "chunks", "label"])?;
        let mut builder = Self::builder();
        builder.length = cli::field::<i64>(object, "length")?;
        builder.chunks = cli::field::<i32>(object, "chunks")?;
        builder.label = cli::field::<String>(object, "label")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.length {
            object.insert("length".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.chunks {
            object.insert("chunks".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.label {
            object.insert("label".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("length".to_owned(), <i64 as CliValue>::skeleton(depth - 1)),
                ("chunks".to_owned(), <i32 as CliValue>::skeleton(depth - 1)),
                ("label".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::operation::upload_sized::UploadSizedOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["length"])?;
        let mut builder = Self::builder();
        builder.length = cli::field::<i64>(object, "length")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.length {
            object.insert("length".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("length".to_owned(), <i64 as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl ErrorDetails for crate::operation::download_object::DownloadObjectError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
impl ErrorDetails for crate::operation::upload_object::UploadObjectError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
impl ErrorDetails for crate::operation::upload_sized::UploadSizedError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
