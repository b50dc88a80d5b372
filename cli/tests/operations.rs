//! The operation commands (from the model) against the local service: every
//! operation, skeletons through `--cli-input-json`, each error class with its
//! exit code, secrets in output and in `--debug`, `--query`, `--output`,
//! `--profile`.

mod common;

use common::{Home, Run};
use serde_json::{json, Value};

const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
const REDACTED: &str = "** redacted **";

/// `sso-oidc --endpoint-url URL --region us-east-1 args...`.
async fn call(home: &Home, url: &str, args: &[&str]) -> Run {
    let mut all = vec!["--endpoint-url", url, "--region", "us-east-1"];
    all.extend_from_slice(args);
    home.run(&all).await
}

fn str_of<'a>(value: &'a Value, member: &str) -> &'a str {
    value[member]
        .as_str()
        .unwrap_or_else(|| panic!("no string `{member}` in {value:#}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_sign_in_through_every_operation_command() {
    let service = common::service().await;
    let url = service.url().to_owned();
    let home = Home::new("device");

    // RegisterClient: the secret is redacted unless asked for.
    let registered = call(
        &home,
        &url,
        &[
            "register-client",
            "--client-name",
            "cli-test",
            "--client-type",
            "public",
            "--scopes",
            "sso:account:access",
            "openid",
        ],
    )
    .await
    .json();
    assert_eq!(registered["clientSecret"], REDACTED, "{registered:#}");
    assert!(str_of(&registered, "clientId").starts_with("client-"));
    let registered = call(
        &home,
        &url,
        &[
            "register-client",
            "--client-name",
            "cli-test",
            "--client-type",
            "public",
            "--show-secrets",
        ],
    )
    .await
    .json();
    let client_id = str_of(&registered, "clientId").to_owned();
    let client_secret = str_of(&registered, "clientSecret").to_owned();
    assert_ne!(client_secret, REDACTED);

    // StartDeviceAuthorization.
    let started = call(
        &home,
        &url,
        &[
            "start-device-authorization",
            "--client-id",
            &client_id,
            "--client-secret",
            &client_secret,
            "--start-url",
            "https://example.awsapps.com/start",
        ],
    )
    .await
    .json();
    let device_code = str_of(&started, "deviceCode").to_owned();
    let user_code = str_of(&started, "userCode").to_owned();
    assert_eq!(started["verificationUri"], format!("{url}/device"));
    assert_eq!(started["interval"], 1);

    // CreateToken before approval: the service's AuthorizationPendingException, exit 254.
    let create = [
        "create-token",
        "--client-id",
        &client_id,
        "--client-secret",
        &client_secret,
        "--grant-type",
        DEVICE_GRANT,
        "--device-code",
        &device_code,
    ];
    let pending = call(&home, &url, &create).await;
    pending.exits(254);
    assert!(
        pending.stderr.trim().starts_with(
            "An error occurred (AuthorizationPendingException) when calling the CreateToken operation: "
        ),
        "{pending:#?}"
    );
    assert_eq!(pending.stdout, "");

    // Approved: the token, shown with --show-secrets, never in the --debug trace.
    assert!(
        service.oidc().decide(&user_code, true),
        "the code is pending"
    );
    let mut with_secrets: Vec<&str> = create.to_vec();
    with_secrets.extend(["--show-secrets", "--debug"]);
    let created = call(&home, &url, &with_secrets).await;
    let token = created.json();
    let access_token = str_of(&token, "accessToken").to_owned();
    let refresh_token = str_of(&token, "refreshToken").to_owned();
    assert_ne!(access_token, REDACTED);
    assert_eq!(token["tokenType"], "Bearer");
    assert!(
        token["expiresIn"].as_i64().is_some_and(|s| s > 0),
        "{token:#}"
    );
    let trace = &created.stderr;
    assert!(
        trace.contains("DEBUG request: POST ") && trace.contains("/token"),
        "{trace}"
    );
    assert!(trace.contains("DEBUG response: 200 OK"), "{trace}");
    for secret in [&access_token, &refresh_token, &client_secret] {
        assert!(
            !trace.contains(secret.as_str()),
            "a secret in the trace:\n{trace}"
        );
    }
    assert!(
        trace.contains(&format!("\"accessToken\":\"{REDACTED}\"")),
        "{trace}"
    );
    assert!(
        trace.contains(&format!("\"clientSecret\":\"{REDACTED}\"")),
        "{trace}"
    );

    // The refresh token grant; without --show-secrets every token is redacted.
    let refreshed = call(
        &home,
        &url,
        &[
            "create-token",
            "--client-id",
            &client_id,
            "--client-secret",
            &client_secret,
            "--grant-type",
            "refresh_token",
            "--refresh-token",
            &refresh_token,
        ],
    )
    .await;
    let value = refreshed.json();
    assert_eq!(value["accessToken"], REDACTED, "{value:#}");
    assert_eq!(value["refreshToken"], REDACTED, "{value:#}");
    assert!(!refreshed.stdout.contains(&access_token));

    // CreateTokenWithIAM: the local service refuses a client it does not manage (254)...
    let with_iam = [
        "create-token-with-iam",
        "--client-id",
        "arn:aws:sso::123456789012:application/ssoins-1/apl-1",
        "--grant-type",
        "authorization_code",
        "--code",
        "not-a-code",
        "--redirect-uri",
        "http://127.0.0.1/callback",
    ];
    let mut all = vec!["--endpoint-url", &url, "--region", "us-east-1"];
    all.extend_from_slice(&with_iam);
    let refused = home
        .run_with(
            &all,
            &[
                ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE"),
                ("AWS_SECRET_ACCESS_KEY", "not-a-real-secret"),
            ],
        )
        .await;
    refused.exits(254);
    assert!(
        refused
            .stderr
            .contains("when calling the CreateTokenWithIAM operation: "),
        "{refused:#?}"
    );
    // ...and without credentials it is never sent: a failure of ours, 255.
    call(&home, &url, &with_iam).await.exits(255);

    service.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn skeletons_round_trip_through_cli_input_json() {
    let service = common::service().await;
    let url = service.url().to_owned();
    let home = Home::new("skeleton");

    let skeleton = home
        .run(&["register-client", "--generate-cli-skeleton"])
        .await
        .json();
    for member in ["clientName", "clientType", "scopes"] {
        assert!(skeleton.get(member).is_some(), "{member} in {skeleton:#}");
    }
    let output_skeleton = home
        .run(&["register-client", "--generate-cli-skeleton", "output"])
        .await
        .json();
    assert!(
        output_skeleton.get("clientSecret").is_some(),
        "{output_skeleton:#}"
    );

    // Filled in and read back from a file: the call is made with it.
    let mut input = skeleton.clone();
    input["clientName"] = json!("from-skeleton");
    input["clientType"] = json!("public");
    input["scopes"] = json!(["sso:account:access"]);
    for unused in [
        "entitledApplicationArn",
        "grantTypes",
        "issuerUrl",
        "redirectUris",
    ] {
        input.as_object_mut().map(|m| m.remove(unused));
    }
    let file = home.dir.join("input.json");
    std::fs::write(&file, input.to_string()).expect("write the input");
    let file_arg = format!("file://{}", file.display());
    let run = call(
        &home,
        &url,
        &["register-client", "--cli-input-json", &file_arg, "--debug"],
    )
    .await;
    run.json();
    assert!(
        run.stderr.contains("\"clientName\":\"from-skeleton\""),
        "{run:#?}"
    );

    // Inline, with a flag overriding the document.
    let run = call(
        &home,
        &url,
        &[
            "register-client",
            "--cli-input-json",
            &input.to_string(),
            "--client-name",
            "from-flag",
            "--debug",
        ],
    )
    .await;
    run.json();
    assert!(
        run.stderr.contains("\"clientName\":\"from-flag\""),
        "{run:#?}"
    );
    assert!(!run.stderr.contains("from-skeleton"), "{run:#?}");

    // Every operation has both skeletons.
    for operation in [
        "register-client",
        "start-device-authorization",
        "create-token",
        "create-token-with-iam",
    ] {
        for which in ["input", "output"] {
            let run = home
                .run(&[operation, "--generate-cli-skeleton", which])
                .await;
            assert!(run.json().is_object(), "{run:#?}");
        }
    }
    service.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_error_class_has_the_aws_cli_exit_code() {
    let service = common::service().await;
    let url = service.url().to_owned();
    let home = Home::new("errors");

    // Usage errors: 252, the missing flag named, nothing sent.
    let missing = call(&home, &url, &["register-client", "--client-type", "public"]).await;
    missing.exits(252);
    assert!(missing.stderr.contains("--client-name"), "{missing:#?}");
    for args in [
        &["register-client", "--no-such-flag"][..],
        &["no-such-command"],
        &[],
        &[
            "--output",
            "yaml",
            "register-client",
            "--client-name",
            "x",
            "--client-type",
            "public",
        ],
        &[
            "--query",
            "clientId[",
            "register-client",
            "--client-name",
            "x",
            "--client-type",
            "public",
        ],
        &["register-client", "--cli-input-json", "{not json"],
        &["login", "--start-url", "https://x.awsapps.com/start"],
        &[
            "login",
            "--sso-session",
            "a",
            "--start-url",
            "https://x.awsapps.com/start",
        ],
    ] {
        let run = home.run(args).await;
        run.exits(252);
        assert_eq!(run.stdout, "", "{run:#?}");
    }
    let bad_query = home
        .run(&[
            "--query",
            "clientId[",
            "register-client",
            "--client-name",
            "x",
            "--client-type",
            "public",
        ])
        .await;
    assert!(
        bad_query.stderr.contains("Bad value for --query clientId["),
        "{bad_query:#?}"
    );

    // --help is no error.
    let help = home.run(&["register-client", "--help"]).await;
    help.ok();
    assert!(help.stdout.contains("--client-name"), "{help:#?}");

    // A service error: 254 with the AWS CLI's message.
    let refused = call(
        &home,
        &url,
        &[
            "create-token",
            "--client-id",
            "nobody",
            "--client-secret",
            "x",
            "--grant-type",
            DEVICE_GRANT,
            "--device-code",
            "d",
        ],
    )
    .await;
    refused.exits(254);
    assert_eq!(
        refused.stderr.trim(),
        "An error occurred (InvalidClientException) when calling the CreateToken operation: unknown client id"
    );

    // No answer at all: 255. (A port just freed: nothing listens there.)
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        listener.local_addr().expect("its address").port()
    };
    let nowhere = format!("http://127.0.0.1:{port}");
    let unreachable = call(
        &home,
        &nowhere,
        &[
            "register-client",
            "--client-name",
            "x",
            "--client-type",
            "public",
        ],
    )
    .await;
    unreachable.exits(255);
    assert!(
        unreachable.stderr.contains("connection failed"),
        "{unreachable:#?}"
    );
    service.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn query_and_output_formats() {
    let service = common::service().await;
    let url = service.url().to_owned();
    let home = Home::new("formats");
    let register = [
        "register-client",
        "--client-name",
        "fmt",
        "--client-type",
        "public",
    ];

    let with = |extra: &'static [&'static str]| {
        let mut args: Vec<&str> = extra.to_vec();
        args.extend_from_slice(&register);
        args
    };
    let id = call(&home, &url, &with(&["--query", "clientId"]))
        .await
        .json();
    assert!(
        id.as_str().is_some_and(|s| s.starts_with("client-")),
        "{id}"
    );
    let picked = call(
        &home,
        &url,
        &with(&["--query", "{id: clientId, secret: clientSecret}"]),
    )
    .await
    .json();
    assert_eq!(
        picked["secret"], REDACTED,
        "redacted before the query sees it: {picked}"
    );
    let text = call(
        &home,
        &url,
        &with(&["--query", "[clientId, tokenEndpoint]", "--output", "text"]),
    )
    .await;
    text.ok();
    let fields: Vec<&str> = text.stdout.trim_end().split('\t').collect();
    assert_eq!(fields.len(), 2, "{text:#?}");
    assert!(
        fields[0].starts_with("client-") && fields[1] == format!("{url}/token"),
        "{text:#?}"
    );

    // Whole output as text: one line, the scalars in member order, tab-separated.
    let text = call(&home, &url, &with(&["--output", "text"])).await;
    text.ok();
    let line: Vec<&str> = text.stdout.trim_end().split('\t').collect();
    assert_eq!(line.len(), 6, "{text:#?}");
    assert_eq!(line[0], format!("{url}/authorize"));
    assert_eq!(line[3], REDACTED);

    let table = call(&home, &url, &with(&["--output", "table"])).await;
    table.ok();
    assert!(
        table
            .stdout
            .lines()
            .nth(1)
            .is_some_and(|l| l.contains("RegisterClient")),
        "{table:#?}"
    );
    assert!(
        table.stdout.contains(REDACTED) && table.stdout.contains("clientId"),
        "{table:#?}"
    );

    // JSON is indented as the AWS CLI indents it.
    let json = call(&home, &url, &register).await;
    assert!(json.stdout.starts_with("{\n    \""), "{json:#?}");
    service.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profile_selects_the_config_file_section() {
    let service = common::service().await;
    let url = service.url().to_owned();
    let home = Home::new("profile");
    home.config(&format!(
        "[default]\nregion = us-west-2\n\n[profile local]\nregion = us-east-1\nendpoint_url = {url}\n"
    ));
    let register = [
        "register-client",
        "--client-name",
        "p",
        "--client-type",
        "public",
    ];
    let mut with_profile = vec!["--profile", "local"];
    with_profile.extend_from_slice(&register);
    let run = home.run(&with_profile).await;
    assert!(str_of(&run.json(), "tokenEndpoint").starts_with(&url));

    let mut missing = vec!["--profile", "absent"];
    missing.extend_from_slice(&register);
    let run = home.run(&missing).await;
    run.exits(255);
    assert!(
        run.stderr
            .contains("The config profile (absent) could not be found"),
        "{run:#?}"
    );
    service.shutdown().await;
}
