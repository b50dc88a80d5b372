//! `login`, `logout` and `token`: the hand-written commands, on `sso-signin`.

use std::io::{IsTerminal as _, Write as _};
use std::time::{Duration, SystemTime};

use clap::{Arg, ArgAction, ArgMatches, Command};
use sdk_runtime::profile::ProfileFile;
use sso_signin::{LoginOptions, LoginPrompt, SignIn, SsoSession, TokenCache, TokenProvider};

use crate::{Failure, Globals};

fn session_args(command: Command, region_note: &str) -> Command {
    command
        .arg(
            Arg::new("sso-session")
                .long("sso-session")
                .value_name("NAME")
                .help("The [sso-session NAME] section of the AWS config file to use")
                .conflicts_with("start-url"),
        )
        .arg(
            Arg::new("start-url")
                .long("start-url")
                .value_name("URL")
                .help(format!(
                    "The IAM Identity Center start URL, without a config file{region_note}"
                )),
        )
        .after_help(
            "Which sign-in: --sso-session NAME, or --start-url URL, or the profile \
             (--profile, else AWS_PROFILE, else `default`) with `sso_session` or \
             `sso_start_url` and `sso_region`.",
        )
}

/// The `login` subcommand.
pub fn login_command() -> Command {
    session_args(
        Command::new("login")
            .about("Sign in to IAM Identity Center and cache the token, as `aws sso login` does")
            .long_about(
                "Sign in to IAM Identity Center and cache the token in ~/.aws/sso/cache, \
                 where the AWS CLI and SDKs find it, as `aws sso login` does. A named \
                 sso-session signs in through the browser (authorization code with PKCE); \
                 a legacy profile or --start-url, --use-device-code or --qr sign in with a \
                 code entered on a page (the device flow).",
            ),
        " (with --region, else AWS_REGION)",
    )
    .arg(
        Arg::new("use-device-code")
            .long("use-device-code")
            .action(ArgAction::SetTrue)
            .help(
                "Sign in with a code entered on a page (the device flow), even for an sso-session",
            ),
    )
    .arg(
        Arg::new("no-browser")
            .long("no-browser")
            .action(ArgAction::SetTrue)
            .help("Do not open a browser: print the URL (and code) to open elsewhere"),
    )
    .arg(Arg::new("qr").long("qr").action(ArgAction::SetTrue).help(
        "Also show the sign-in URL as a QR code, to approve on a phone (implies --use-device-code)",
    ))
}

/// The `logout` subcommand.
pub fn logout_command() -> Command {
    session_args(
        Command::new("logout")
            .about("Remove the cached token of a sign-in, as `aws sso logout` does")
            .long_about(
                "Remove the cached token of one sign-in from ~/.aws/sso/cache, as \
                 `aws sso logout` does; the client registration is kept.",
            ),
        "",
    )
}

/// The `token` subcommand.
pub fn token_command() -> Command {
    session_args(
        Command::new("token")
            .about("Print a valid access token, refreshing the cached one as needed")
            .long_about(
                "Print a valid access token to stdout (for scripts), from the cache, \
                 refreshing it when less than five minutes remain. Fails, saying to run \
                 `sso-oidc login`, when a sign-in is needed. The token is a secret: it is \
                 printed because this command is asked for it.",
            ),
        " (with --region, else AWS_REGION)",
    )
}

/// The sign-in the flags and the config file point at.
fn session(
    globals: &Globals,
    matches: &ArgMatches,
    need_region: bool,
) -> Result<SsoSession, Failure> {
    let sso_session = matches.get_one::<String>("sso-session");
    let start_url = matches.get_one::<String>("start-url");
    if globals.profile.is_some() && (sso_session.is_some() || start_url.is_some()) {
        return Err(Failure::usage(
            "--profile cannot be used with --sso-session or --start-url",
        ));
    }
    if let Some(start_url) = start_url {
        // The instance's region: --region, else the configured one (AWS_REGION,
        // AWS_DEFAULT_REGION, the profile's `region`).
        let region = globals.region.clone().or_else(|| {
            sso_oidc::Config::try_builder_from_env()
                .ok()
                .and_then(|builder| builder.build().region().map(str::to_owned))
        });
        let region =
            match (region, need_region) {
                (Some(region), _) => region,
                (None, false) => String::new(),
                (None, true) => return Err(Failure::usage(
                    "--start-url needs --region (the region of the IAM Identity Center instance), \
                     or AWS_REGION",
                )),
            };
        return Ok(SsoSession::legacy(start_url.clone(), region));
    }
    let file = ProfileFile::load_from_env().map_err(|e| Failure::failed(e.to_string()))?;
    let resolved = match sso_session {
        Some(name) => SsoSession::from_sso_session(&file, name),
        None => {
            let profile = globals.selected_profile();
            SsoSession::from_profile(&file, &profile)
        }
    };
    resolved.map_err(|error| Failure::failed(error.to_string()))
}

/// The client configuration sign-ins and refreshes use: the environment and
/// profile, the `--endpoint-url`, and the `--debug` trace.
fn config(globals: &Globals) -> Result<sso_oidc::config::ConfigBuilder, Failure> {
    globals.config_builder()
}

fn signin_error(error: sso_signin::Error) -> Failure {
    Failure::failed(error.to_string())
}

/// `sso-oidc login`.
pub async fn login(globals: &Globals, matches: &ArgMatches) -> Result<(), Failure> {
    let session = session(globals, matches, true)?;
    let qr = matches.get_flag("qr");
    let options = LoginOptions {
        use_device_code: matches.get_flag("use-device-code") || qr,
        no_browser: matches.get_flag("no-browser"),
        ..LoginOptions::default()
    };
    let signin = SignIn::builder(session.clone())
        .config(config(globals)?)
        .client_name("sso-oidc-cli")
        .build()
        .map_err(signin_error)?;
    let mut spinner: Option<indicatif::ProgressBar> = None;
    let mut show = |prompt: &LoginPrompt| {
        let mut err = std::io::stderr().lock();
        let _ = match prompt {
            LoginPrompt::Browser { url, opened: true } => writeln!(
                err,
                "Attempting to automatically open the SSO authorization page in your default browser.\n\
                 If the browser does not open, open the following URL:\n\n{url}\n"
            ),
            LoginPrompt::Browser { url, opened: false } => writeln!(
                err,
                "Browser will not be automatically opened.\n\
                 Please visit the following URL:\n\n{url}\n"
            ),
            LoginPrompt::DeviceCode { verification_uri, user_code, complete_uri, opened } => {
                let intro = if *opened {
                    "Attempting to automatically open the SSO authorization page in your default browser.\n\
                     If the browser does not open or you wish to use a different device to authorize this request, open the following URL:"
                } else {
                    "Browser will not be automatically opened.\nPlease visit the following URL:"
                };
                let _ = writeln!(err, "{intro}\n\n{verification_uri}\n\nThen enter the code:\n\n{user_code}\n");
                if let Some(complete_uri) = complete_uri {
                    let _ = writeln!(
                        err,
                        "Alternatively, you may visit the following URL which will autofill the code upon loading:\n{complete_uri}\n"
                    );
                    if qr {
                        let _ = writeln!(err, "{}", qr_code(complete_uri));
                    }
                }
                Ok(())
            }
            LoginPrompt::FallingBackToDeviceCode { reason } => writeln!(
                err,
                "No browser could be opened ({reason}): signing in with a code instead.\n"
            ),
            _ => writeln!(err, "{prompt}"),
        };
        drop(err);
        if !matches!(prompt, LoginPrompt::FallingBackToDeviceCode { .. }) && spinner.is_none() {
            spinner = Some(start_spinner());
        }
    };
    let result = signin.login(&options, &mut show).await;
    if let Some(spinner) = spinner.take() {
        spinner.finish_and_clear();
    }
    let token = result.map_err(signin_error)?;
    println!(
        "Successfully logged into Start URL: {}\nThe token expires at {} ({}).",
        session.start_url(),
        sso_signin::cache::format_time(token.expires_at()),
        remaining(token.expires_at())
    );
    Ok(())
}

/// A spinner on stderr, ticking by itself (drawn only on a terminal).
fn start_spinner() -> indicatif::ProgressBar {
    let spinner = indicatif::ProgressBar::new_spinner();
    if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}") {
        spinner.set_style(style.tick_chars("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏ "));
    }
    spinner.set_message("Waiting for the sign-in to be approved…");
    if std::io::stderr().is_terminal() {
        spinner.enable_steady_tick(Duration::from_millis(100));
    }
    spinner
}

/// `uri` as a QR code in Unicode half blocks, light on dark as terminals show best.
pub fn qr_code(uri: &str) -> String {
    use qrcode::render::unicode::Dense1x2;
    match qrcode::QrCode::new(uri.as_bytes()) {
        Ok(code) => code
            .render::<Dense1x2>()
            .dark_color(Dense1x2::Light)
            .light_color(Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
        Err(error) => format!("(no QR code: {error})"),
    }
}

/// "in 7 hours 59 minutes" and the like.
fn remaining(at: SystemTime) -> String {
    match at.duration_since(SystemTime::now()) {
        Ok(left) => {
            let minutes = left.as_secs().div_ceil(60);
            match (minutes / 60, minutes % 60) {
                (0, m) => format!("in {m} minute{}", plural(m)),
                (h, 0) => format!("in {h} hour{}", plural(h)),
                (h, m) => format!("in {h} hour{} {m} minute{}", plural(h), plural(m)),
            }
        }
        Err(_) => "already expired".to_owned(),
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `sso-oidc logout`.
pub async fn logout(globals: &Globals, matches: &ArgMatches) -> Result<(), Failure> {
    let session = session(globals, matches, false)?;
    let cache = TokenCache::default_location().map_err(|e| Failure::failed(e.to_string()))?;
    let removed = sso_signin::logout(&cache, &session).map_err(signin_error)?;
    let what = describe(&session);
    if removed {
        println!("Signed out of {what}: its cached token was removed.");
    } else {
        println!("No cached token for {what}: nothing to remove.");
    }
    Ok(())
}

/// `sso-oidc token`.
pub async fn token(globals: &Globals, matches: &ArgMatches) -> Result<(), Failure> {
    let session = session(globals, matches, true)?;
    let provider = TokenProvider::builder(session.clone())
        .config(config(globals)?)
        .build()
        .map_err(signin_error)?;
    match provider.token().await {
        Ok(token) => {
            println!("{}", token.as_str());
            Ok(())
        }
        Err(error) if error.needs_sign_in() => Err(Failure::failed(format!(
            "{error}\nRun `sso-oidc login{}` to sign in.",
            login_hint(globals, matches, &session)
        ))),
        Err(error) => Err(signin_error(error)),
    }
}

fn login_hint(globals: &Globals, matches: &ArgMatches, session: &SsoSession) -> String {
    if let Some(profile) = &globals.profile {
        format!(" --profile {profile}")
    } else if let Some(name) = matches.get_one::<String>("sso-session") {
        format!(" --sso-session {name}")
    } else if let Some(url) = matches.get_one::<String>("start-url") {
        format!(" --start-url {url} --region {}", session.region())
    } else {
        String::new()
    }
}

fn describe(session: &SsoSession) -> String {
    match session.name() {
        Some(name) => format!("sso-session {name}"),
        None => session.start_url().to_owned(),
    }
}
