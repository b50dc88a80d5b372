// @generated from model/sso-oidc.json by codegen. Do not edit: run `cargo xtask codegen`.
#![cfg_attr(rustfmt, rustfmt::skip)]
//! The command line: one subcommand per operation, with a flag per input
//! member, `--cli-input-json` and `--generate-cli-skeleton`, printing the
//! output as JSON with the model's member names (sensitive members redacted
//! unless asked for). A binary puts [`commands`] under its own clap command
//! and calls [`run`] with the chosen subcommand.
use sdk_runtime::cli::{self, CliError, CliValue, CommandSpec, ErrorDetails, RunOptions};
use serde_json::{Map, Value};
/// The `create-token` command: CreateToken.
const CREATE_TOKEN: CommandSpec = CommandSpec {
    name: "create-token",
    operation: "CreateToken",
    about: "Exchanges a grant (a device code, an authorization code or a refresh token) for an access token.",
    long_about: "Exchanges a grant (a device code, an authorization code or a refresh token) for an access token. Call it without AWS credentials; the registered client authenticates with its own id and secret.",
    flags: &[
        cli::FlagSpec {
            flag: "client-id",
            member: "clientId",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The id RegisterClient returned.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "client-secret",
            member: "clientSecret",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The secret RegisterClient returned.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "grant-type",
            member: "grantType",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The grant being exchanged: 'authorization_code', 'refresh_token' or 'urn:ietf:params:oauth:grant-type:device_code'.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "device-code",
            member: "deviceCode",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the device grant: the device code StartDeviceAuthorization returned.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "code",
            member: "code",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the authorization code grant: the code the authorization endpoint returned.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "refresh-token",
            member: "refreshToken",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the refresh token grant: the refresh token to exchange.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "scope",
            member: "scope",
            kind: cli::FlagKind::List,
            required: false,
            help: "The scopes to ask for; they must be among those the client registered.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "redirect-uri",
            member: "redirectUri",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the authorization code grant: the redirect URI used when the code was issued.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "code-verifier",
            member: "codeVerifier",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the authorization code grant: the PKCE verifier matching the challenge sent earlier.",
            values: &[],
        },
    ],
};
/// The `create-token-with-iam` command: CreateTokenWithIAM.
const CREATE_TOKEN_WITH_IAM: CommandSpec = CommandSpec {
    name: "create-token-with-iam",
    operation: "CreateTokenWithIAM",
    about: "Exchanges a grant for an access token on behalf of an application that IAM Identity Center manages.",
    long_about: "Exchanges a grant for an access token on behalf of an application that IAM Identity Center manages. Unlike CreateToken, the request is signed with AWS credentials (SigV4). It also supports the JWT bearer grant and token exchange.",
    flags: &[
        cli::FlagSpec {
            flag: "client-id",
            member: "clientId",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The id of the application's client, or its ARN.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "grant-type",
            member: "grantType",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The grant being exchanged: 'authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:jwt-bearer' or 'urn:ietf:params:oauth:grant-type:token-exchange'.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "code",
            member: "code",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the authorization code grant: the code the authorization endpoint returned.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "refresh-token",
            member: "refreshToken",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the refresh token grant: the refresh token to exchange.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "assertion",
            member: "assertion",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the JWT bearer grant: the signed JWT.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "scope",
            member: "scope",
            kind: cli::FlagKind::List,
            required: false,
            help: "The scopes to ask for.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "redirect-uri",
            member: "redirectUri",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the authorization code grant: the redirect URI used when the code was issued.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "subject-token",
            member: "subjectToken",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For token exchange: the token being exchanged.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "subject-token-type",
            member: "subjectTokenType",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For token exchange: the type of the subject token.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "requested-token-type",
            member: "requestedTokenType",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For token exchange: the type of token wanted in return.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "code-verifier",
            member: "codeVerifier",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "For the authorization code grant: the PKCE verifier matching the challenge sent earlier.",
            values: &[],
        },
    ],
};
/// The `register-client` command: RegisterClient.
const REGISTER_CLIENT: CommandSpec = CommandSpec {
    name: "register-client",
    operation: "RegisterClient",
    about: "Registers a public client application and returns its client id and secret.",
    long_about: "Registers a public client application and returns its client id and secret. Store the result and reuse it until it expires rather than registering again for every sign-in.",
    flags: &[
        cli::FlagSpec {
            flag: "client-name",
            member: "clientName",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "A name for the client, shown to users when they approve access.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "client-type",
            member: "clientType",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The kind of client; the service only accepts 'public'.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "scopes",
            member: "scopes",
            kind: cli::FlagKind::List,
            required: false,
            help: "The scopes the client may ask for; tokens are limited to these.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "redirect-uris",
            member: "redirectUris",
            kind: cli::FlagKind::List,
            required: false,
            help: "Where the authorization endpoint may send the user back to after sign-in.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "grant-types",
            member: "grantTypes",
            kind: cli::FlagKind::List,
            required: false,
            help: "The OAuth grants the client may use: 'authorization_code', 'refresh_token' and 'urn:ietf:params:oauth:grant-type:device_code'.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "issuer-url",
            member: "issuerUrl",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "The issuer URL of the IAM Identity Center instance the client works with.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "entitled-application-arn",
            member: "entitledApplicationArn",
            kind: cli::FlagKind::Scalar,
            required: false,
            help: "An application whose administrator-set configuration limits the scopes, grants and redirect URIs this client gets.",
            values: &[],
        },
    ],
};
/// The `start-device-authorization` command: StartDeviceAuthorization.
const START_DEVICE_AUTHORIZATION: CommandSpec = CommandSpec {
    name: "start-device-authorization",
    operation: "StartDeviceAuthorization",
    about: "Begins the device authorization grant: returns a device code for the client to poll with and a user code, with the page where the user enters it to approve the sign-in.",
    long_about: "Begins the device authorization grant: returns a device code for the client to poll with and a user code, with the page where the user enters it to approve the sign-in.",
    flags: &[
        cli::FlagSpec {
            flag: "client-id",
            member: "clientId",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The id RegisterClient returned.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "client-secret",
            member: "clientSecret",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The secret RegisterClient returned.",
            values: &[],
        },
        cli::FlagSpec {
            flag: "start-url",
            member: "startUrl",
            kind: cli::FlagKind::Scalar,
            required: true,
            help: "The URL of the user's AWS access portal.",
            values: &[],
        },
    ],
};
/// Every operation's command, in the model's order.
const COMMANDS: &[&CommandSpec] = &[
    &CREATE_TOKEN,
    &CREATE_TOKEN_WITH_IAM,
    &REGISTER_CLIENT,
    &START_DEVICE_AUTHORIZATION,
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
    &[
        "accessToken",
        "assertion",
        "clientSecret",
        "codeVerifier",
        "idToken",
        "refreshToken",
        "subjectToken",
    ]
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
        "create-token" => run_create_token(client, matches, options).await,
        "create-token-with-iam" => {
            run_create_token_with_iam(client, matches, options).await
        }
        "register-client" => run_register_client(client, matches, options).await,
        "start-device-authorization" => {
            run_start_device_authorization(client, matches, options).await
        }
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
        "CreateToken" => {
            cli::check_input(&CREATE_TOKEN, input)?;
            call_create_token(client, input, options).await
        }
        "CreateTokenWithIAM" => {
            cli::check_input(&CREATE_TOKEN_WITH_IAM, input)?;
            call_create_token_with_iam(client, input, options).await
        }
        "RegisterClient" => {
            cli::check_input(&REGISTER_CLIENT, input)?;
            call_register_client(client, input, options).await
        }
        "StartDeviceAuthorization" => {
            cli::check_input(&START_DEVICE_AUTHORIZATION, input)?;
            call_start_device_authorization(client, input, options).await
        }
        other => Err(CliError::Usage(format!("unknown operation `{other}`"))),
    }
}
/// Runs `create-token`.
async fn run_create_token(
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
                            "clientId".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "clientSecret".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "grantType".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "deviceCode".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "code".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "refreshToken".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "scope".to_owned(),
                            <Vec<String> as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "redirectUri".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "codeVerifier".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::create_token::CreateTokenOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&CREATE_TOKEN, matches)?;
    call_create_token(client, &input, options).await
}
/// Calls CreateToken with a checked input document.
async fn call_create_token(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.create_token();
    request.inner.client_id = cli::member::<String>(input, "clientId", "client-id")?;
    request.inner.client_secret = cli::member::<
        String,
    >(input, "clientSecret", "client-secret")?;
    request.inner.grant_type = cli::member::<String>(input, "grantType", "grant-type")?;
    request.inner.device_code = cli::member::<
        String,
    >(input, "deviceCode", "device-code")?;
    request.inner.code = cli::member::<String>(input, "code", "code")?;
    request.inner.refresh_token = cli::member::<
        String,
    >(input, "refreshToken", "refresh-token")?;
    request.inner.scope = cli::member::<Vec<String>>(input, "scope", "scope")?;
    request.inner.redirect_uri = cli::member::<
        String,
    >(input, "redirectUri", "redirect-uri")?;
    request.inner.code_verifier = cli::member::<
        String,
    >(input, "codeVerifier", "code-verifier")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("CreateToken", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `create-token-with-iam`.
async fn run_create_token_with_iam(
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
                            "clientId".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "grantType".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "code".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "refreshToken".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "assertion".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "scope".to_owned(),
                            <Vec<String> as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "redirectUri".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "subjectToken".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "subjectTokenType".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "requestedTokenType".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "codeVerifier".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::create_token_with_iam::CreateTokenWithIamOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&CREATE_TOKEN_WITH_IAM, matches)?;
    call_create_token_with_iam(client, &input, options).await
}
/// Calls CreateTokenWithIAM with a checked input document.
async fn call_create_token_with_iam(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.create_token_with_iam();
    request.inner.client_id = cli::member::<String>(input, "clientId", "client-id")?;
    request.inner.grant_type = cli::member::<String>(input, "grantType", "grant-type")?;
    request.inner.code = cli::member::<String>(input, "code", "code")?;
    request.inner.refresh_token = cli::member::<
        String,
    >(input, "refreshToken", "refresh-token")?;
    request.inner.assertion = cli::member::<String>(input, "assertion", "assertion")?;
    request.inner.scope = cli::member::<Vec<String>>(input, "scope", "scope")?;
    request.inner.redirect_uri = cli::member::<
        String,
    >(input, "redirectUri", "redirect-uri")?;
    request.inner.subject_token = cli::member::<
        String,
    >(input, "subjectToken", "subject-token")?;
    request.inner.subject_token_type = cli::member::<
        String,
    >(input, "subjectTokenType", "subject-token-type")?;
    request.inner.requested_token_type = cli::member::<
        String,
    >(input, "requestedTokenType", "requested-token-type")?;
    request.inner.code_verifier = cli::member::<
        String,
    >(input, "codeVerifier", "code-verifier")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("CreateTokenWithIAM", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `register-client`.
async fn run_register_client(
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
                            "clientName".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "clientType".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "scopes".to_owned(),
                            <Vec<String> as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "redirectUris".to_owned(),
                            <Vec<String> as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "grantTypes".to_owned(),
                            <Vec<String> as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "issuerUrl".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "entitledApplicationArn".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::register_client::RegisterClientOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&REGISTER_CLIENT, matches)?;
    call_register_client(client, &input, options).await
}
/// Calls RegisterClient with a checked input document.
async fn call_register_client(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.register_client();
    request.inner.client_name = cli::member::<
        String,
    >(input, "clientName", "client-name")?;
    request.inner.client_type = cli::member::<
        String,
    >(input, "clientType", "client-type")?;
    request.inner.scopes = cli::member::<Vec<String>>(input, "scopes", "scopes")?;
    request.inner.redirect_uris = cli::member::<
        Vec<String>,
    >(input, "redirectUris", "redirect-uris")?;
    request.inner.grant_types = cli::member::<
        Vec<String>,
    >(input, "grantTypes", "grant-types")?;
    request.inner.issuer_url = cli::member::<String>(input, "issuerUrl", "issuer-url")?;
    request.inner.entitled_application_arn = cli::member::<
        String,
    >(input, "entitledApplicationArn", "entitled-application-arn")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk("RegisterClient", error, options))?;
    Ok(output.to_cli(options))
}
/// Runs `start-device-authorization`.
async fn run_start_device_authorization(
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
                            "clientId".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "clientSecret".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                        (
                            "startUrl".to_owned(),
                            <String as CliValue>::skeleton(cli::SKELETON_DEPTH),
                        ),
                    ]),
                ),
            );
        }
        Some(cli::Skeleton::Output) => {
            return Ok(
                <crate::operation::start_device_authorization::StartDeviceAuthorizationOutput as CliValue>::skeleton(
                    cli::SKELETON_DEPTH,
                ),
            );
        }
        None => {}
    }
    let input = cli::input_document(&START_DEVICE_AUTHORIZATION, matches)?;
    call_start_device_authorization(client, &input, options).await
}
/// Calls StartDeviceAuthorization with a checked input document.
async fn call_start_device_authorization(
    client: &crate::Client,
    input: &Map<String, Value>,
    options: &RunOptions,
) -> Result<Value, CliError> {
    let mut request = client.start_device_authorization();
    request.inner.client_id = cli::member::<String>(input, "clientId", "client-id")?;
    request.inner.client_secret = cli::member::<
        String,
    >(input, "clientSecret", "client-secret")?;
    request.inner.start_url = cli::member::<String>(input, "startUrl", "start-url")?;
    let output = request
        .send()
        .await
        .map_err(|error| CliError::from_sdk(
            "StartDeviceAuthorization",
            error,
            options,
        ))?;
    Ok(output.to_cli(options))
}
impl CliValue for crate::types::error::AccessDeniedException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "reason", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.reason = cli::field::<
            crate::types::AccessDeniedExceptionReason,
        >(object, "reason")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.reason {
            object.insert("reason".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "reason".to_owned(),
                    <crate::types::AccessDeniedExceptionReason as CliValue>::skeleton(
                        depth - 1,
                    ),
                ),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::AccessDeniedExceptionReason {
    fn from_cli(value: &Value) -> Result<Self, String> {
        String::from_cli(value).map(|text| Self::from(text.as_str()))
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::String(self.as_str().to_owned())
    }
    fn skeleton(_: usize) -> Value {
        Value::String("KMS_AccessDeniedException".to_owned())
    }
}
impl CliValue for crate::types::error::AuthorizationPendingException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::AwsAdditionalDetails {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["identityContext"])?;
        let mut builder = Self::builder();
        builder.identity_context = cli::field::<String>(object, "identityContext")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.identity_context {
            object
                .insert("identityContext".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("identityContext".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::types::error::ExpiredTokenException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::InternalServerException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::InvalidClientException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::InvalidClientMetadataException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::InvalidGrantException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::InvalidRedirectUriException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::InvalidRequestException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "reason", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.reason = cli::field::<
            crate::types::InvalidRequestExceptionReason,
        >(object, "reason")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.reason {
            object.insert("reason".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "reason".to_owned(),
                    <crate::types::InvalidRequestExceptionReason as CliValue>::skeleton(
                        depth - 1,
                    ),
                ),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::InvalidRequestExceptionReason {
    fn from_cli(value: &Value) -> Result<Self, String> {
        String::from_cli(value).map(|text| Self::from(text.as_str()))
    }
    fn to_cli(&self, _: &RunOptions) -> Value {
        Value::String(self.as_str().to_owned())
    }
    fn skeleton(_: usize) -> Value {
        Value::String("KMS_NotFoundException".to_owned())
    }
}
impl CliValue for crate::types::error::InvalidRequestRegionException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(
            object,
            &["error", "error_description", "endpoint", "region"],
        )?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        builder.endpoint = cli::field::<String>(object, "endpoint")?;
        builder.region = cli::field::<String>(object, "region")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        if let Some(value) = &self.endpoint {
            object.insert("endpoint".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.region {
            object.insert("region".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
                ("endpoint".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("region".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::types::error::InvalidScopeException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::SlowDownException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::UnauthorizedClientException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::types::error::UnsupportedGrantTypeException {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(object, &["error", "error_description"])?;
        let mut builder = Self::builder();
        builder.error = cli::field::<String>(object, "error")?;
        builder.error_description = cli::field::<String>(object, "error_description")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.error {
            object.insert("error".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.error_description {
            object
                .insert(
                    "error_description".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("error".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "error_description".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::operation::create_token::CreateTokenOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(
            object,
            &["accessToken", "tokenType", "expiresIn", "refreshToken", "idToken"],
        )?;
        let mut builder = Self::builder();
        builder.access_token = cli::field::<String>(object, "accessToken")?;
        builder.token_type = cli::field::<String>(object, "tokenType")?;
        builder.expires_in = cli::field::<i32>(object, "expiresIn")?;
        builder.refresh_token = cli::field::<String>(object, "refreshToken")?;
        builder.id_token = cli::field::<String>(object, "idToken")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.access_token {
            object.insert("accessToken".to_owned(), cli::shown(value, true, options));
        }
        if let Some(value) = &self.token_type {
            object.insert("tokenType".to_owned(), cli::shown(value, false, options));
        }
        object
            .insert(
                "expiresIn".to_owned(),
                cli::shown(&self.expires_in, false, options),
            );
        if let Some(value) = &self.refresh_token {
            object.insert("refreshToken".to_owned(), cli::shown(value, true, options));
        }
        if let Some(value) = &self.id_token {
            object.insert("idToken".to_owned(), cli::shown(value, true, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("accessToken".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("tokenType".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("expiresIn".to_owned(), <i32 as CliValue>::skeleton(depth - 1)),
                ("refreshToken".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("idToken".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue for crate::operation::create_token_with_iam::CreateTokenWithIamOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(
            object,
            &[
                "accessToken",
                "tokenType",
                "expiresIn",
                "refreshToken",
                "idToken",
                "issuedTokenType",
                "scope",
                "awsAdditionalDetails",
            ],
        )?;
        let mut builder = Self::builder();
        builder.access_token = cli::field::<String>(object, "accessToken")?;
        builder.token_type = cli::field::<String>(object, "tokenType")?;
        builder.expires_in = cli::field::<i32>(object, "expiresIn")?;
        builder.refresh_token = cli::field::<String>(object, "refreshToken")?;
        builder.id_token = cli::field::<String>(object, "idToken")?;
        builder.issued_token_type = cli::field::<String>(object, "issuedTokenType")?;
        builder.scope = cli::field::<Vec<String>>(object, "scope")?;
        builder.aws_additional_details = cli::field::<
            crate::types::AwsAdditionalDetails,
        >(object, "awsAdditionalDetails")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.access_token {
            object.insert("accessToken".to_owned(), cli::shown(value, true, options));
        }
        if let Some(value) = &self.token_type {
            object.insert("tokenType".to_owned(), cli::shown(value, false, options));
        }
        object
            .insert(
                "expiresIn".to_owned(),
                cli::shown(&self.expires_in, false, options),
            );
        if let Some(value) = &self.refresh_token {
            object.insert("refreshToken".to_owned(), cli::shown(value, true, options));
        }
        if let Some(value) = &self.id_token {
            object.insert("idToken".to_owned(), cli::shown(value, true, options));
        }
        if let Some(value) = &self.issued_token_type {
            object
                .insert("issuedTokenType".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.scope {
            object.insert("scope".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.aws_additional_details {
            object
                .insert(
                    "awsAdditionalDetails".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("accessToken".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("tokenType".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("expiresIn".to_owned(), <i32 as CliValue>::skeleton(depth - 1)),
                ("refreshToken".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("idToken".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "issuedTokenType".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
                ("scope".to_owned(), <Vec<String> as CliValue>::skeleton(depth - 1)),
                (
                    "awsAdditionalDetails".to_owned(),
                    <crate::types::AwsAdditionalDetails as CliValue>::skeleton(depth - 1),
                ),
            ]),
        )
    }
}
impl CliValue for crate::operation::register_client::RegisterClientOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(
            object,
            &[
                "clientId",
                "clientSecret",
                "clientIdIssuedAt",
                "clientSecretExpiresAt",
                "authorizationEndpoint",
                "tokenEndpoint",
            ],
        )?;
        let mut builder = Self::builder();
        builder.client_id = cli::field::<String>(object, "clientId")?;
        builder.client_secret = cli::field::<String>(object, "clientSecret")?;
        builder.client_id_issued_at = cli::field::<i64>(object, "clientIdIssuedAt")?;
        builder.client_secret_expires_at = cli::field::<
            i64,
        >(object, "clientSecretExpiresAt")?;
        builder.authorization_endpoint = cli::field::<
            String,
        >(object, "authorizationEndpoint")?;
        builder.token_endpoint = cli::field::<String>(object, "tokenEndpoint")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.client_id {
            object.insert("clientId".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.client_secret {
            object.insert("clientSecret".to_owned(), cli::shown(value, true, options));
        }
        object
            .insert(
                "clientIdIssuedAt".to_owned(),
                cli::shown(&self.client_id_issued_at, false, options),
            );
        object
            .insert(
                "clientSecretExpiresAt".to_owned(),
                cli::shown(&self.client_secret_expires_at, false, options),
            );
        if let Some(value) = &self.authorization_endpoint {
            object
                .insert(
                    "authorizationEndpoint".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        if let Some(value) = &self.token_endpoint {
            object.insert("tokenEndpoint".to_owned(), cli::shown(value, false, options));
        }
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("clientId".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("clientSecret".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("clientIdIssuedAt".to_owned(), <i64 as CliValue>::skeleton(depth - 1)),
                (
                    "clientSecretExpiresAt".to_owned(),
                    <i64 as CliValue>::skeleton(depth - 1),
                ),
                (
                    "authorizationEndpoint".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
                ("tokenEndpoint".to_owned(), <String as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl CliValue
for crate::operation::start_device_authorization::StartDeviceAuthorizationOutput {
    fn from_cli(value: &Value) -> Result<Self, String> {
        let object = cli::object(value)?;
        cli::known_members(
            object,
            &[
                "deviceCode",
                "userCode",
                "verificationUri",
                "verificationUriComplete",
                "expiresIn",
                "interval",
            ],
        )?;
        let mut builder = Self::builder();
        builder.device_code = cli::field::<String>(object, "deviceCode")?;
        builder.user_code = cli::field::<String>(object, "userCode")?;
        builder.verification_uri = cli::field::<String>(object, "verificationUri")?;
        builder.verification_uri_complete = cli::field::<
            String,
        >(object, "verificationUriComplete")?;
        builder.expires_in = cli::field::<i32>(object, "expiresIn")?;
        builder.interval = cli::field::<i32>(object, "interval")?;
        Ok(builder.build())
    }
    fn to_cli(&self, options: &RunOptions) -> Value {
        let mut object = Map::new();
        if let Some(value) = &self.device_code {
            object.insert("deviceCode".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.user_code {
            object.insert("userCode".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.verification_uri {
            object
                .insert("verificationUri".to_owned(), cli::shown(value, false, options));
        }
        if let Some(value) = &self.verification_uri_complete {
            object
                .insert(
                    "verificationUriComplete".to_owned(),
                    cli::shown(value, false, options),
                );
        }
        object
            .insert(
                "expiresIn".to_owned(),
                cli::shown(&self.expires_in, false, options),
            );
        object.insert("interval".to_owned(), cli::shown(&self.interval, false, options));
        Value::Object(object)
    }
    fn skeleton(depth: usize) -> Value {
        if depth == 0 {
            return Value::Object(Map::new());
        }
        Value::Object(
            Map::from_iter([
                ("deviceCode".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                ("userCode".to_owned(), <String as CliValue>::skeleton(depth - 1)),
                (
                    "verificationUri".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
                (
                    "verificationUriComplete".to_owned(),
                    <String as CliValue>::skeleton(depth - 1),
                ),
                ("expiresIn".to_owned(), <i32 as CliValue>::skeleton(depth - 1)),
                ("interval".to_owned(), <i32 as CliValue>::skeleton(depth - 1)),
            ]),
        )
    }
}
impl ErrorDetails for crate::operation::create_token::CreateTokenError {
    fn details(&self, options: &RunOptions) -> Option<Value> {
        use crate::operation::create_token::CreateTokenError;
        match self {
            CreateTokenError::AccessDeniedException(inner) => Some(inner.to_cli(options)),
            CreateTokenError::AuthorizationPendingException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenError::ExpiredTokenException(inner) => Some(inner.to_cli(options)),
            CreateTokenError::InternalServerException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenError::InvalidClientException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenError::InvalidGrantException(inner) => Some(inner.to_cli(options)),
            CreateTokenError::InvalidRequestException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenError::InvalidScopeException(inner) => Some(inner.to_cli(options)),
            CreateTokenError::SlowDownException(inner) => Some(inner.to_cli(options)),
            CreateTokenError::UnauthorizedClientException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenError::UnsupportedGrantTypeException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenError::Unhandled(_) => None,
        }
    }
}
impl ErrorDetails for crate::operation::create_token_with_iam::CreateTokenWithIamError {
    fn details(&self, options: &RunOptions) -> Option<Value> {
        use crate::operation::create_token_with_iam::CreateTokenWithIamError;
        match self {
            CreateTokenWithIamError::AccessDeniedException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::AuthorizationPendingException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::ExpiredTokenException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::InternalServerException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::InvalidClientException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::InvalidGrantException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::InvalidRequestException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::InvalidRequestRegionException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::InvalidScopeException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::SlowDownException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::UnauthorizedClientException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::UnsupportedGrantTypeException(inner) => {
                Some(inner.to_cli(options))
            }
            CreateTokenWithIamError::Unhandled(_) => None,
        }
    }
}
impl ErrorDetails for crate::operation::register_client::RegisterClientError {
    fn details(&self, options: &RunOptions) -> Option<Value> {
        use crate::operation::register_client::RegisterClientError;
        match self {
            RegisterClientError::InternalServerException(inner) => {
                Some(inner.to_cli(options))
            }
            RegisterClientError::InvalidClientMetadataException(inner) => {
                Some(inner.to_cli(options))
            }
            RegisterClientError::InvalidRedirectUriException(inner) => {
                Some(inner.to_cli(options))
            }
            RegisterClientError::InvalidRequestException(inner) => {
                Some(inner.to_cli(options))
            }
            RegisterClientError::InvalidScopeException(inner) => {
                Some(inner.to_cli(options))
            }
            RegisterClientError::SlowDownException(inner) => Some(inner.to_cli(options)),
            RegisterClientError::UnsupportedGrantTypeException(inner) => {
                Some(inner.to_cli(options))
            }
            RegisterClientError::Unhandled(_) => None,
        }
    }
}
impl ErrorDetails
for crate::operation::start_device_authorization::StartDeviceAuthorizationError {
    fn details(&self, options: &RunOptions) -> Option<Value> {
        use crate::operation::start_device_authorization::StartDeviceAuthorizationError;
        match self {
            StartDeviceAuthorizationError::InternalServerException(inner) => {
                Some(inner.to_cli(options))
            }
            StartDeviceAuthorizationError::InvalidClientException(inner) => {
                Some(inner.to_cli(options))
            }
            StartDeviceAuthorizationError::InvalidRequestException(inner) => {
                Some(inner.to_cli(options))
            }
            StartDeviceAuthorizationError::SlowDownException(inner) => {
                Some(inner.to_cli(options))
            }
            StartDeviceAuthorizationError::UnauthorizedClientException(inner) => {
                Some(inner.to_cli(options))
            }
            StartDeviceAuthorizationError::Unhandled(_) => None,
        }
    }
}
