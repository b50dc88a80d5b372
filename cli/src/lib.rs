//! `sso-oidc`, a command-line tool for AWS SSO OIDC (IAM Identity Center OIDC).
//!
//! - One subcommand per operation of the model (`register-client`,
//!   `start-device-authorization`, `create-token`, `create-token-with-iam`),
//!   emitted by codegen into the generated crate (`sso_oidc::cli`, feature
//!   `cli`), so a model change changes the tool.
//! - `login`, `logout` and `token`, written by hand on `sso-signin`: sign in as
//!   `aws sso login` does, remove a cached token, print a valid token.
//!
//! Global flags are the AWS CLI's: `--endpoint-url`, `--region`, `--profile`,
//! `--output json|text|table`, `--query` (JMESPath), `--debug` (the HTTP
//! trace on stderr, secrets redacted) and `--show-secrets`. Exit codes are the
//! AWS CLI's: 0, 252 for usage errors, 254 for errors the service returned,
//! 255 for anything else.
//!
//! The binary is a thin `main` over [`main_with_args`]; [`command`] is the whole clap
//! definition, which `cargo xtask cli-docs` turns into shell completions and
//! man pages.

use std::ffi::OsString;
use std::fmt;

use clap::{Arg, ArgAction, ArgMatches, Command};

mod auth;
pub mod output;
pub mod trace;

pub use auth::qr_code;
use output::{Format, Query};

/// Exit code of a usage error (a wrong command line), as the AWS CLI.
pub const EXIT_USAGE: i32 = 252;
/// Exit code of an error the service returned, as the AWS CLI.
pub const EXIT_SERVICE: i32 = 254;
/// Exit code of any other failure (no answer, a bad config file), as the AWS CLI.
pub const EXIT_FAILED: i32 = 255;

/// Why a command failed, with its exit code. Its message never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    code: i32,
    message: String,
}

impl Failure {
    /// A usage error (exit 252).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: EXIT_USAGE,
            message: message.into(),
        }
    }

    /// Any other failure (exit 255).
    pub fn failed(message: impl Into<String>) -> Self {
        Failure {
            code: EXIT_FAILED,
            message: message.into(),
        }
    }

    /// The process exit code.
    pub fn exit_code(&self) -> i32 {
        self.code
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

impl From<sdk_runtime::cli::CliError> for Failure {
    fn from(error: sdk_runtime::cli::CliError) -> Self {
        Failure {
            code: error.exit_code(),
            message: error.to_string(),
        }
    }
}

/// The global flags.
#[derive(Debug, Clone, Default)]
pub struct Globals {
    endpoint_url: Option<String>,
    region: Option<String>,
    profile: Option<String>,
    debug: bool,
    show_secrets: bool,
}

impl Globals {
    fn from_matches(matches: &ArgMatches) -> Self {
        let string = |name: &str| matches.get_one::<String>(name).cloned();
        Globals {
            endpoint_url: string("endpoint-url"),
            region: string("region"),
            profile: string("profile"),
            debug: matches.get_flag("debug"),
            show_secrets: matches.get_flag("show-secrets"),
        }
    }

    /// The profile in use: `--profile`, else `AWS_PROFILE`, else
    /// `AWS_DEFAULT_PROFILE`, else `default`.
    fn selected_profile(&self) -> String {
        match &self.profile {
            Some(profile) => profile.clone(),
            None => sdk_runtime::profile::selected_profile(&|name| std::env::var(name).ok()),
        }
    }

    /// The client configuration: the environment and the selected profile of
    /// the AWS config file, then `--region` and `--endpoint-url` over them,
    /// and the trace for `--debug`. A config file that cannot be read, or a
    /// `--profile` it does not have, is an error, as in the AWS CLI.
    fn config_builder(&self) -> Result<sso_oidc::config::ConfigBuilder, Failure> {
        // `--profile` reaches the configuration through AWS_PROFILE, set by
        // `main` before any thread starts; here it only has to exist.
        let mut builder = sso_oidc::Config::try_builder_from_env()
            .map_err(|error| Failure::failed(error.to_string()))?;
        if let Some(profile) = &self.profile {
            let file = sdk_runtime::profile::ProfileFile::load_from_env()
                .map_err(|error| Failure::failed(error.to_string()))?;
            if file.profile(profile).is_none() {
                return Err(Failure::failed(format!(
                    "The config profile ({profile}) could not be found"
                )));
            }
        }
        if let Some(region) = &self.region {
            builder = builder.region(region);
        }
        if let Some(url) = &self.endpoint_url {
            builder = builder.endpoint_url(url);
        }
        if self.debug {
            builder = builder.http_client(trace::TraceClient::new(
                sso_oidc::cli::sensitive_member_names(),
            ));
        }
        Ok(builder)
    }
}

/// The whole command line: global flags, the operation subcommands from the
/// model, and `login`, `logout`, `token`.
pub fn command() -> Command {
    Command::new("sso-oidc")
        .version(env!("CARGO_PKG_VERSION"))
        .about("AWS SSO OIDC (IAM Identity Center OIDC) from the command line")
        .long_about(
            "AWS SSO OIDC (IAM Identity Center OIDC) from the command line: its four \
             operations, generated from the Smithy model, and `login`, `logout` and \
             `token`, which sign in and keep the token where the AWS CLI and SDKs look \
             for it. Global flags and exit codes are the AWS CLI's: 0 on success, 252 for \
             a usage error, 254 for an error the service returned, 255 for anything else.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        // Listed apart from each command's own flags in every help page.
        .next_help_heading("Global options")
        .arg(
            Arg::new("endpoint-url")
                .long("endpoint-url")
                .global(true)
                .value_name("URL")
                .help("Send requests to this URL instead of the region's endpoint"),
        )
        .arg(
            Arg::new("region")
                .long("region")
                .global(true)
                .value_name("REGION")
                .help("The AWS Region [default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region]"),
        )
        .arg(
            Arg::new("profile")
                .long("profile")
                .global(true)
                .value_name("PROFILE")
                .help("The profile of the AWS config file to use [default: AWS_PROFILE, else default]"),
        )
        .arg(
            Arg::new("output")
                .long("output")
                .global(true)
                .value_name("FORMAT")
                .value_parser(Format::NAMES)
                .default_value("json")
                .help("The output format"),
        )
        .arg(
            Arg::new("query")
                .long("query")
                .global(true)
                .value_name("JMESPATH")
                .help("A JMESPath expression selecting what to print from the output"),
        )
        .arg(
            Arg::new("debug")
                .long("debug")
                .global(true)
                .action(ArgAction::SetTrue)
                .help("Trace each HTTP request and response on stderr (secrets always redacted)"),
        )
        .arg(
            Arg::new("show-secrets")
                .long("show-secrets")
                .global(true)
                .action(ArgAction::SetTrue)
                .help("Show tokens, client secrets and other sensitive members in the output instead of \"** redacted **\""),
        )
        .subcommands(sso_oidc::cli::commands())
        .subcommand(auth::login_command())
        .subcommand(auth::logout_command())
        .subcommand(auth::token_command())
}

/// Parses `args` (the program name first) and runs the command, printing its
/// output to stdout and any error to stderr; returns the exit code.
///
/// `--profile` is applied by setting `AWS_PROFILE` for the process, so this
/// must run before any other thread reads or writes the environment (which
/// is how `main` calls it: before the async runtime starts).
pub fn main_with_args(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> i32 {
    let matches = match command().try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(error) => {
            let code = if error.use_stderr() { EXIT_USAGE } else { 0 };
            let _ = error.print();
            return code;
        }
    };
    let globals = Globals::from_matches(&matches);
    if let Some(profile) = &globals.profile {
        // Single-threaded here: no other thread can be reading the environment.
        std::env::set_var("AWS_PROFILE", profile);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("sso-oidc: cannot start the async runtime: {error}");
            return EXIT_FAILED;
        }
    };
    match runtime.block_on(dispatch(&globals, &matches)) {
        Ok(()) => 0,
        Err(failure) if failure.code == EXIT_USAGE => {
            eprintln!("sso-oidc: error: {}", failure.message.trim_end());
            failure.code
        }
        Err(failure) => {
            eprintln!("{}", failure.message.trim_end());
            failure.code
        }
    }
}

async fn dispatch(globals: &Globals, matches: &ArgMatches) -> Result<(), Failure> {
    let Some((name, sub)) = matches.subcommand() else {
        return Err(Failure::usage("a command is required: see sso-oidc --help"));
    };
    match name {
        "login" => auth::login(globals, sub).await,
        "logout" => auth::logout(globals, sub).await,
        "token" => auth::token(globals, sub).await,
        operation => run_operation(globals, matches, operation, sub).await,
    }
}

async fn run_operation(
    globals: &Globals,
    matches: &ArgMatches,
    name: &str,
    sub: &ArgMatches,
) -> Result<(), Failure> {
    let format = matches
        .get_one::<String>("output")
        .and_then(|name| Format::from_name(name))
        .unwrap_or(Format::Json);
    // A bad expression is a usage error, found before anything is sent.
    let query = match matches.get_one::<String>("query") {
        Some(expression) => Some(Query::compile(expression).map_err(Failure::usage)?),
        None => None,
    };
    let config = globals.config_builder()?.build();
    let client = sso_oidc::Client::from_conf(config);
    let options = sdk_runtime::cli::RunOptions {
        show_secrets: globals.show_secrets,
    };
    let value = sso_oidc::cli::run(&client, name, sub, &options).await?;
    let value = match &query {
        Some(query) => query.search(&value).map_err(Failure::failed)?,
        None => value,
    };
    let width =
        terminal_size::terminal_size().map_or(80, |(terminal_size::Width(w), _)| usize::from(w));
    let rendered = output::render(&value, format, &pascal_case(name), width);
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not a failure of the command.
    let _ = stdout.write_all(rendered.as_bytes());
    let _ = stdout.flush();
    Ok(())
}

/// `create-token` → `CreateToken`: the operation's name, the table's title.
fn pascal_case(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|word| match word {
            // The model spells it this way.
            "iam" => "IAM".to_owned(),
            word => {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn operation_names_are_the_models() {
        assert_eq!(pascal_case("create-token"), "CreateToken");
        assert_eq!(pascal_case("create-token-with-iam"), "CreateTokenWithIAM");
    }
}
