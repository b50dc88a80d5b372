// @generated from tests/fixtures/paginators.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The command line: one subcommand per operation, with a flag per input
//! member, `--cli-input-json` and `--generate-cli-skeleton`, printing the
//! output as JSON with the model's member names (sensitive members redacted
//! unless asked for). A binary puts [`commands`] under its own clap command
//! and calls [`run`] with the chosen subcommand.
use sdk_runtime::cli::{self, CliError, CliValue, CommandSpec, ErrorDetails, RunOptions};
use serde_json::{Map, Value};
/// The `get-thing` command: GetThing.
const GET_THING: CommandSpec = CommandSpec {
    name: "get-thing",
    operation: "GetThing",
    about: "Not paginated: no paginator, though the service has '@paginated' defaults.",
    long_about: "Not paginated: no paginator, though the service has '@paginated' defaults.",
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
/// The `list-pages` command: ListPages.
const LIST_PAGES: CommandSpec = CommandSpec {
    name: "list-pages",
    operation: "ListPages",
    about: "Pages whose token and entries sit one structure down.",
    long_about: "Pages whose token and entries sit one structure down.",
    flags: &[
        cli::FlagSpec {
            flag: "cursor",
            member: "cursor",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "limit",
            member: "limit",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
    ],
};
/// The `list-tags` command: ListTags.
const LIST_TAGS: CommandSpec = CommandSpec {
    name: "list-tags",
    operation: "ListTags",
    about: "Tags as a map, a page of entries at a time.",
    long_about: "Tags as a map, a page of entries at a time.",
    flags: &[
        cli::FlagSpec {
            flag: "next-token",
            member: "nextToken",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "max-results",
            member: "maxResults",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
    ],
};
/// The `list-things` command: ListThings.
const LIST_THINGS: CommandSpec = CommandSpec {
    name: "list-things",
    operation: "ListThings",
    about: "Lists things a page at a time; tokens and page size come from the service's '@paginated'.",
    long_about: "Lists things a page at a time; tokens and page size come from the service's '@paginated'.",
    flags: &[
        cli::FlagSpec {
            flag: "next-token",
            member: "nextToken",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "max-results",
            member: "maxResults",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "prefix",
            member: "prefix",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
    ],
};
/// The `scan-items` command: ScanItems.
const SCAN_ITEMS: CommandSpec = CommandSpec {
    name: "scan-items",
    operation: "ScanItems",
    about: "Pages by the last key read, a map, as DynamoDB's 'Scan' does.",
    long_about: "Pages by the last key read, a map, as DynamoDB's 'Scan' does.",
    flags: &[
        cli::FlagSpec {
            flag: "start-key",
            member: "startKey",
            kind: cli::FlagKind::Structured,
            required: false,
            help: "",
            values: &[],
        },
        cli::FlagSpec {
            flag: "limit",
            member: "limit",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "",
            values: &[],
        },
    ],
};
/// Every operation's command, in the model's order.
const COMMANDS: &[&CommandSpec] = &[
    &GET_THING,
    &LIST_PAGES,
    &LIST_TAGS,
    &LIST_THINGS,
    &SCAN_ITEMS,
];
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
        "get-thing" => run_get_thing(client, matches, options).await,
        "list-pages" => run_list_pages(client, matches, options).await,
        "list-tags" => run_list_tags(client, matches, options).await,
        "list-things" => run_list_things(client, matches, options).await,
        "scan-items" => run_scan_items(client, matches, options).await,
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
        "GetThing" => {
            cli::check_input(&GET_THING, input)?;
            call_get_thing(client, input, options).await
        }
        "ListPages" => {
            cli::check_input(&LIST_PAGES, input)?;
            call_list_pages(client, input, options).await
        }
        "ListTags" => {
            cli::check_input(&LIST_TAGS, input)?;
            call_list_tags(client, input, options).await
        }
        "ListThings" => {
            cli::check_input(&LIST_THINGS, input)?;
            call_list_things(client, input, options).await
        }
        "ScanItems" => {
            cli::check_input(&SCAN_ITEMS, input)?;
            call_scan_items(client, input, options).await
        }
        other => Err(CliError::Usage(format!("unknown operation `{other}`"))),
    }
}
/// Runs `get-thing`.
async fn run_get_thing(
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
                <crate::operation::get_thing::GetThingOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&GET_THING, matches)?;
    call_get_thing(client, &input, options).await
}
/// Calls GetThing with a checked input document.
async fn call_get_thing(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.get_thing();
    request.inner.name = cli::member::<String>(input, "name", "name")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("GetThing", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `list-pages`.
async fn run_list_pages(
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
                            "cursor".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "limit".to_owned(),
                            <i64 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::list_pages::ListPagesOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&LIST_PAGES, matches)?;
    call_list_pages(client, &input, options).await
}
/// Calls ListPages with a checked input document.
async fn call_list_pages(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.list_pages();
    request.inner.cursor = cli::member::<String>(input, "cursor", "cursor")?;
    request.inner.limit = cli::member::<i64>(input, "limit", "limit")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("ListPages", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `list-tags`.
async fn run_list_tags(
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
                            "nextToken".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "maxResults".to_owned(),
                            <i32 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::list_tags::ListTagsOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&LIST_TAGS, matches)?;
    call_list_tags(client, &input, options).await
}
/// Calls ListTags with a checked input document.
async fn call_list_tags(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.list_tags();
    request.inner.next_token = cli::member::<String>(input, "nextToken", "next-token")?;
    request.inner.max_results = cli::member::<i32>(input, "maxResults", "max-results")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("ListTags", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `list-things`.
async fn run_list_things(
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
                            "nextToken".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "maxResults".to_owned(),
                            <i32 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "prefix".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::list_things::ListThingsOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&LIST_THINGS, matches)?;
    call_list_things(client, &input, options).await
}
/// Calls ListThings with a checked input document.
async fn call_list_things(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.list_things();
    request.inner.next_token = cli::member::<String>(input, "nextToken", "next-token")?;
    request.inner.max_results = cli::member::<i32>(input, "maxResults", "max-results")?;
    request.inner.prefix = cli::member::<String>(input, "prefix", "prefix")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("ListThings", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `scan-items`.
async fn run_scan_items(
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
                            "startKey".to_owned(),
                            <std::collections::HashMap<
                                String,
                                String,
                            > as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "limit".to_owned(),
                            <i32 as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::scan_items::ScanItemsOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&SCAN_ITEMS, matches)?;
    call_scan_items(client, &input, options).await
}
/// Calls ScanItems with a checked input document.
async fn call_scan_items(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.scan_items();
    request.inner.start_key = cli::member::<
        std::collections::HashMap<String, String>,
    >(input, "startKey", "start-key")?;
    request.inner.limit = cli::member::<i32>(input, "limit", "limit")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("ScanItems", error, options))?;
    Ok(output.to_cli(options))
}
impl CliValue for crate::types::Page {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["cursor", "entries"])?;
        let mut builder = Self::builder();
        builder.cursor = cli::field::<String>(object, "cursor")?;
        builder.entries = cli::field::<Vec<String>>(object, "entries")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.cursor {
            object.insert("cursor".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.entries {
            object.insert("entries".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("cursor".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("entries".to_owned(), <Vec<String> as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::types::Thing {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["name", "size"])?;
        let mut builder = Self::builder();
        builder.name = cli::field::<String>(object, "name")?;
        builder.size = cli::field::<i32>(object, "size")?;
        builder.build().map_err(|error| error.to_string())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        object.insert("name".to_owned(), cli::shown(&self.name, false, options));
        if let Some(value) = &self.size {
            object.insert("size".to_owned(), cli::shown(value, false, options));
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
                ("size".to_owned(), <i32 as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::operation::get_thing::GetThingOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["thing"])?;
        let mut builder = Self::builder();
        builder.thing = cli::field::<crate::types::Thing>(object, "thing")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.thing {
            object.insert("thing".to_owned(), cli::shown(value, false, options));
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
                    "thing".to_owned(),
                    <crate::types::Thing as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::operation::list_pages::ListPagesOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["page"])?;
        let mut builder = Self::builder();
        builder.page = cli::field::<crate::types::Page>(object, "page")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.page {
            object.insert("page".to_owned(), cli::shown(value, false, options));
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
                    "page".to_owned(),
                    <crate::types::Page as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::operation::list_tags::ListTagsOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["tags", "nextToken"])?;
        let mut builder = Self::builder();
        builder.tags = cli::field::<
            std::collections::HashMap<String, String>,
        >(object, "tags")?;
        builder.next_token = cli::field::<String>(object, "nextToken")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.tags {
            object.insert("tags".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.next_token {
            object.insert("nextToken".to_owned(), cli::shown(value, false, options));
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
                    "tags".to_owned(),
                    <std::collections::HashMap<
                        String,
                        String,
                    > as CliValue>::skeleton(depth - 1),
                ),
                ("nextToken".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::operation::list_things::ListThingsOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["things", "nextToken"])?;
        let mut builder = Self::builder();
        builder.things = cli::field::<Vec<crate::types::Thing>>(object, "things")?;
        builder.next_token = cli::field::<String>(object, "nextToken")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.things {
            object.insert("things".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.next_token {
            object.insert("nextToken".to_owned(), cli::shown(value, false, options));
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
                    "things".to_owned(),
                    <Vec<crate::types::Thing> as CliValue>::skeleton(depth - 1),
                ),
                ("nextToken".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::operation::scan_items::ScanItemsOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["items", "lastKey"])?;
        let mut builder = Self::builder();
        builder.items = cli::field::<
            Vec<std::collections::HashMap<String, String>>,
        >(object, "items")?;
        builder.last_key = cli::field::<
            std::collections::HashMap<String, String>,
        >(object, "lastKey")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.items {
            object.insert("items".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.last_key {
            object.insert("lastKey".to_owned(), cli::shown(value, false, options));
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
                    "items".to_owned(),
                    <Vec<
                        std::collections::HashMap<String, String>,
                    > as CliValue>::skeleton(depth - 1),
                ),
                (
                    "lastKey".to_owned(),
                    <std::collections::HashMap<
                        String,
                        String,
                    > as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl ErrorDetails for crate::operation::get_thing::GetThingError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
impl ErrorDetails for crate::operation::list_pages::ListPagesError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
impl ErrorDetails for crate::operation::list_tags::ListTagsError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
impl ErrorDetails for crate::operation::list_things::ListThingsError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
impl ErrorDetails for crate::operation::scan_items::ScanItemsError {
    fn details(&self, _options: &RunOptions) -> Option<Value> {
        None
    }
}
