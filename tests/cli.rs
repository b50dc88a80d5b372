//! The generated command line (`cli` feature), through the every-shape-type
//! fixture and SSO OIDC on a scripted HTTP client: flags of every kind become
//! the request the client sends, outputs print with the model's member names,
//! sensitive members are redacted, skeletons are valid input, and mistakes
//! are usage errors naming the flag.

use sdk_runtime::cli::{CliError, RunOptions, REDACTED};
use sdk_runtime::client::test_util::{MockHttpClient, MockReply};
use serde_json::{json, Value};

/// Parses `args` as the subcommand of a binary built on `commands`.
fn matches(
    commands: Vec<clap::Command>,
    args: &[&str],
) -> Result<(String, clap::ArgMatches), CliError> {
    let root = clap::Command::new("tool")
        .subcommands(commands)
        .subcommand_required(true);
    let matches = root
        .try_get_matches_from(std::iter::once("tool").chain(args.iter().copied()))
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let (name, sub) = matches.subcommand().expect("a subcommand");
    Ok((name.to_owned(), sub.clone()))
}

async fn run_shape_types(
    args: &[&str],
    reply: MockReply,
) -> (Result<Value, CliError>, MockHttpClient) {
    let mock = MockHttpClient::new(vec![reply]);
    let client = shape_types_sdk::Client::from_conf(
        shape_types_sdk::Config::builder()
            .region("us-east-1")
            .endpoint_url("http://127.0.0.1:1")
            .http_client(mock.clone())
            .build(),
    );
    let result = match matches(shape_types_sdk::cli::commands(), args) {
        Ok((name, sub)) => {
            shape_types_sdk::cli::run(&client, &name, &sub, &RunOptions::default()).await
        }
        Err(error) => Err(error),
    };
    (result, mock)
}

#[tokio::test]
async fn flags_of_every_shape_type_make_the_request() {
    let args = [
        "echo",
        "--blob",
        "aGVsbG8=",
        "--flag",
        "--text",
        "plain",
        "--tiny",
        "-8",
        "--small",
        "1600",
        "--count",
        "32",
        "--big",
        "9007199254740993",
        "--ratio",
        "1.5",
        "--precise",
        "-2.25",
        "--huge",
        "12345678901234",
        "--exact",
        "1.25",
        "--epoch",
        "1700000000",
        "--iso-time",
        "2023-11-14T22:13:20Z",
        "--http-time",
        "1700000000",
        "--anything",
        r#"{"free": ["form", 1]}"#,
        "--color",
        "dark-blue",
        "--level",
        "2",
        "--names",
        "a",
        "b",
        "--labels",
        r#"{"k": {"id": "n1", "tags": ["x"]}}"#,
        "--nested",
        "id=n2,tags=[p,q]",
        "--choice",
        r#"{"when": "2023-11-14T22:13:20Z"}"#,
        "--renamed",
        "by jsonName",
        "--required",
        "here",
    ];
    let (result, mock) = run_shape_types(&args, MockReply::json(200, "{}")).await;
    result.expect("the call succeeds");
    let request = &mock.requests()[0];
    let body: Value = serde_json::from_str(&request.body).expect("a JSON body");
    assert_eq!(body["blob"], "aGVsbG8=");
    assert_eq!(body["flag"], true);
    assert_eq!(body["tiny"], -8);
    assert_eq!(body["big"], 9_007_199_254_740_993_i64);
    assert_eq!(body["ratio"], 1.5);
    assert_eq!(body["precise"], -2.25);
    assert_eq!(body["epoch"], 1_700_000_000);
    assert_eq!(body["isoTime"], "2023-11-14T22:13:20Z");
    assert_eq!(body["anything"], json!({"free": ["form", 1]}));
    assert_eq!(body["color"], "dark-blue");
    assert_eq!(body["names"], json!(["a", "b"]));
    assert_eq!(body["labels"], json!({"k": {"id": "n1", "tags": ["x"]}}));
    assert_eq!(body["nested"], json!({"id": "n2", "tags": ["p", "q"]}));
    assert_eq!(body["choice"], json!({"when": "2023-11-14T22:13:20Z"}));
    // The flag is the member name; the wire key is its @jsonName.
    assert_eq!(body["Renamed-On-Wire"], "by jsonName");
    assert_eq!(body["required"], "here");
    // Given as epoch seconds, written in the member's own format.
    assert_eq!(body["httpTime"], "Tue, 14 Nov 2023 22:13:20 GMT");
}

#[tokio::test]
async fn the_input_skeleton_is_valid_input() {
    let (skeleton, _) = run_shape_types(
        &["echo", "--generate-cli-skeleton"],
        MockReply::json(200, "{}"),
    )
    .await;
    let skeleton = skeleton.expect("a skeleton");
    for key in [
        "blob", "flag", "labels", "nested", "choice", "renamed", "required",
    ] {
        assert!(skeleton.get(key).is_some(), "{key} missing from {skeleton}");
    }
    let text = skeleton.to_string();
    let (result, mock) = run_shape_types(
        &["echo", "--cli-input-json", &text],
        MockReply::json(200, "{}"),
    )
    .await;
    result.expect("the skeleton is accepted as input");
    assert_eq!(mock.requests().len(), 1);

    let (output, mock) = run_shape_types(
        &["echo", "--generate-cli-skeleton", "output"],
        MockReply::json(200, "{}"),
    )
    .await;
    assert!(output.unwrap().is_object());
    assert!(mock.requests().is_empty(), "a skeleton calls nothing");
}

#[tokio::test]
async fn mistakes_are_usage_errors_that_name_the_flag() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["echo"],
            "the following arguments are required: --required",
        ),
        (
            &["echo", "--required", "x", "--tiny", "300"],
            "invalid value for --tiny: expected a whole number from -128 to 127",
        ),
        (
            &[
                "echo",
                "--required",
                "x",
                "--nested",
                r#"{"id": "n", "extra": 1}"#,
            ],
            "invalid value for --nested: unknown member `extra`",
        ),
        (
            &[
                "echo",
                "--required",
                "x",
                "--choice",
                r#"{"when": "2023-11-14T22:13:20Z", "other": 1}"#,
            ],
            "invalid value for --choice: expected exactly one of",
        ),
        (
            &["echo", "--required", "x", "--iso-time", "yesterday"],
            "invalid value for --iso-time: `yesterday` is not a time",
        ),
    ];
    for (args, expected) in cases {
        let (result, mock) = run_shape_types(args, MockReply::json(200, "{}")).await;
        let error = result.expect_err("refused");
        assert_eq!(error.exit_code(), 252, "{error}");
        assert!(error.to_string().starts_with(expected), "{args:?}: {error}");
        assert!(mock.requests().is_empty(), "nothing sent for {args:?}");
    }
}

async fn run_sso(
    args: &[&str],
    replies: Vec<MockReply>,
    options: RunOptions,
) -> (Result<Value, CliError>, MockHttpClient) {
    let mock = MockHttpClient::new(replies);
    let client = sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url("http://127.0.0.1:1")
            .retry_config(sso_oidc::config::RetryConfig::disabled())
            .http_client(mock.clone())
            .build(),
    );
    let (name, sub) = matches(sso_oidc::cli::commands(), args).expect("parses");
    (
        sso_oidc::cli::run(&client, &name, &sub, &options).await,
        mock,
    )
}

#[tokio::test]
async fn sso_oidc_outputs_use_member_names_and_redact_secrets() {
    let reply = || {
        MockReply::json(
            200,
            r#"{"clientId":"c-1","clientSecret":"SECRET-s","clientIdIssuedAt":1700000000,"clientSecretExpiresAt":1800000000}"#,
        )
    };
    let args = [
        "register-client",
        "--client-name",
        "cli",
        "--client-type",
        "public",
        "--scopes",
        "a",
        "b",
    ];
    let (output, mock) = run_sso(&args, vec![reply()], RunOptions::default()).await;
    let output = output.unwrap();
    assert_eq!(
        output,
        json!({"clientId": "c-1", "clientSecret": REDACTED, "clientIdIssuedAt": 1_700_000_000, "clientSecretExpiresAt": 1_800_000_000})
    );
    let body: Value = serde_json::from_str(&mock.requests()[0].body).unwrap();
    assert_eq!(
        body,
        json!({"clientName": "cli", "clientType": "public", "scopes": ["a", "b"]})
    );

    let (shown, _) = run_sso(&args, vec![reply()], RunOptions { show_secrets: true }).await;
    assert_eq!(shown.unwrap()["clientSecret"], "SECRET-s");
    assert!(sso_oidc::cli::sensitive_member_names().contains(&"clientSecret"));
    assert!(sso_oidc::cli::sensitive_member_names().contains(&"accessToken"));
}

#[tokio::test]
async fn sso_oidc_service_errors_read_as_the_aws_cli_prints_them() {
    let args = [
        "create-token",
        "--client-id",
        "c",
        "--client-secret",
        "s",
        "--grant-type",
        "refresh_token",
    ];
    let reply = MockReply::error(
        400,
        "AuthorizationPendingException",
        r#"{"error":"authorization_pending","error_description":"not yet"}"#,
    );
    let (result, _) = run_sso(&args, vec![reply], RunOptions::default()).await;
    let error = result.unwrap_err();
    assert_eq!(error.exit_code(), 254);
    assert_eq!(
        error.to_string(),
        "An error occurred (AuthorizationPendingException) when calling the CreateToken operation: not yet"
    );
    let (result, _) = run_sso(
        &args,
        vec![MockReply::ConnectionError],
        RunOptions::default(),
    )
    .await;
    assert_eq!(result.unwrap_err().exit_code(), 255);
}

#[test]
fn help_comes_from_the_model() {
    let commands = sso_oidc::cli::commands();
    let names: Vec<&str> = commands.iter().map(|c| c.get_name()).collect();
    assert_eq!(
        names,
        [
            "create-token",
            "create-token-with-iam",
            "register-client",
            "start-device-authorization"
        ]
    );
    let mut register = commands
        .into_iter()
        .find(|c| c.get_name() == "register-client")
        .unwrap();
    let help = register.render_long_help().to_string();
    assert!(help.contains("--client-name <clientName>"), "{help}");
    assert!(help.contains("Required."), "{help}");
    assert!(help.contains("--cli-input-json"), "{help}");
}

#[tokio::test]
async fn call_takes_an_input_document_by_operation_name() {
    let mock = MockHttpClient::new(vec![MockReply::json(
        200,
        r#"{"clientId":"c-1","clientSecret":"SECRET-s","clientIdIssuedAt":1,"clientSecretExpiresAt":2}"#,
    )]);
    let client = sso_oidc::Client::from_conf(
        sso_oidc::Config::builder()
            .region("us-east-1")
            .endpoint_url("http://127.0.0.1:1")
            .http_client(mock.clone())
            .build(),
    );
    let input = json!({"clientName": "doc", "clientType": "public"});
    let output = sso_oidc::cli::call(
        &client,
        "RegisterClient",
        input.as_object().unwrap(),
        &RunOptions::default(),
    )
    .await
    .unwrap();
    assert_eq!(output["clientId"], "c-1");
    let missing = json!({"clientName": "doc"});
    let error = sso_oidc::cli::call(
        &client,
        "RegisterClient",
        missing.as_object().unwrap(),
        &RunOptions::default(),
    )
    .await
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "the following arguments are required: --client-type"
    );
    let error = sso_oidc::cli::call(
        &client,
        "Nope",
        &serde_json::Map::new(),
        &RunOptions::default(),
    )
    .await
    .unwrap_err();
    assert_eq!(error.to_string(), "unknown operation `Nope`");
    assert_eq!(mock.requests().len(), 1);
}
