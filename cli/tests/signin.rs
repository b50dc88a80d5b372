//! `login`, `token` and `logout` against the local service: `login` in a real
//! terminal (tmux) as a person sees it, and piped as a script runs it; `token`
//! refreshing an expired cached token; `logout` removing it.

mod common;

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::Home;

const REGION: &str = "us-east-1";

/// Runs `login args...` piped, approving the code it prints through
/// `/_local/approve`; returns (exit code, stdout, stderr).
async fn login_piped(home: &Home, base: &str, args: &[&str]) -> (i32, String, String) {
    let mut command = home.command(args);
    command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null());
    let base = base.to_owned();
    tokio::task::spawn_blocking(move || {
        let mut child = command.spawn().expect("start sso-oidc login");
        let stderr = child.stderr.take().expect("piped stderr");
        let mut reader = BufReader::new(stderr);
        let mut seen = String::new();
        let mut approved = false;
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap_or(0) > 0 {
            seen.push_str(&line);
            line.clear();
            if !approved {
                if let Some(code) = common::user_code(&seen) {
                    let body = format!("{{\"userCode\":\"{code}\"}}");
                    let (status, response) = common::http(
                        &format!("{base}/_local/approve"),
                        "POST",
                        &[("Content-Type", "application/json")],
                        &body,
                    );
                    assert_eq!(status, 200, "{response}");
                    approved = true;
                }
            }
        }
        let output = child.wait_with_output().expect("login finishes");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            seen,
        )
    })
    .await
    .expect("the login thread")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_then_token_refreshes_an_expired_token_and_logout_removes_it() {
    let service = common::service().await;
    let url = service.url().to_owned();
    let home = Home::new("token");
    let start_url = format!("{url}/start");
    let session = [
        "--start-url",
        start_url.as_str(),
        "--region",
        REGION,
        "--endpoint-url",
        url.as_str(),
    ];

    // No sign-in yet: `token` says to log in.
    let mut token_args = vec!["token"];
    token_args.extend_from_slice(&session);
    let none = home.run(&token_args).await;
    none.exits(255);
    assert!(none.stderr.contains("sign-in required"), "{none:#?}");
    assert!(
        none.stderr.contains(&format!(
            "Run `sso-oidc login --start-url {start_url} --region {REGION}`"
        )),
        "{none:#?}"
    );
    assert_eq!(none.stdout, "");

    let mut login = vec!["login", "--use-device-code", "--no-browser", "--qr"];
    login.extend_from_slice(&session);
    let (code, stdout, stderr) = login_piped(&home, &url, &login).await;
    assert_eq!(code, 0, "login failed:\n{stdout}\n{stderr}");
    assert!(stderr.contains(&format!("{url}/device")), "{stderr}");
    assert!(stderr.contains("Then enter the code:"), "{stderr}");
    assert!(
        stderr.contains(&format!("{url}/device?user_code=")),
        "the URL with the code filled in:\n{stderr}"
    );
    assert!(
        stderr.contains('▀') || stderr.contains('▄') || stderr.contains('█'),
        "--qr draws a QR code in half blocks:\n{stderr}"
    );
    assert!(
        !stderr.contains("Waiting for the sign-in"),
        "no spinner when stderr is not a terminal:\n{stderr}"
    );
    assert!(
        stdout.starts_with(&format!(
            "Successfully logged into Start URL: {start_url}\nThe token expires at "
        )),
        "{stdout}"
    );

    // The cache file, in the AWS tools' format; its token never printed.
    let tokens = home.cached_tokens();
    assert_eq!(tokens.len(), 1, "{tokens:?}");
    let (path, cached) = &tokens[0];
    let first = cached["accessToken"]
        .as_str()
        .expect("an access token")
        .to_owned();
    assert_eq!(cached["startUrl"], start_url.as_str());
    assert_eq!(cached["region"], REGION);
    assert!(!stdout.contains(&first) && !stderr.contains(&first));

    // Valid: printed as cached.
    let run = home.run(&token_args).await;
    run.ok();
    assert_eq!(run.stdout.trim_end(), first);

    // Expired: refreshed with the refresh token, written back, printed.
    let mut expired = cached.clone();
    expired["expiresAt"] = serde_json::json!("2020-01-01T00:00:00Z");
    std::fs::write(path, expired.to_string()).expect("expire the cached token");
    let run = home.run(&token_args).await;
    run.ok();
    let refreshed = run.stdout.trim_end().to_owned();
    assert!(
        !refreshed.is_empty() && refreshed != first,
        "a new token: {run:#?}"
    );
    let rewritten: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).expect("the cache file")).expect("JSON");
    assert_eq!(rewritten["accessToken"], refreshed.as_str());
    assert_ne!(rewritten["expiresAt"], "2020-01-01T00:00:00Z");

    // The instance's region may come from AWS_REGION instead of --region.
    let run = home
        .run_with(
            &["token", "--start-url", &start_url, "--endpoint-url", &url],
            &[("AWS_REGION", REGION)],
        )
        .await;
    run.ok();
    assert_eq!(run.stdout.trim_end(), refreshed);

    // logout removes it; a second logout finds nothing; token asks for a login.
    let logout = ["logout", "--start-url", start_url.as_str()];
    let run = home.run(&logout).await;
    run.ok();
    assert!(
        run.stdout.contains("its cached token was removed"),
        "{run:#?}"
    );
    assert!(!path.exists(), "the token file is gone");
    let run = home.run(&logout).await;
    run.ok();
    assert!(run.stdout.contains("nothing to remove"), "{run:#?}");
    home.run(&token_args).await.exits(255);
    service.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profiles_and_sso_sessions_share_one_sign_in() {
    let service = common::service().await;
    let url = service.url().to_owned();
    let home = Home::new("session");
    home.config(&format!(
        "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Dev\n\n\
         [sso-session corp]\nsso_start_url = {url}/start\nsso_region = {REGION}\n\n\
         [profile broken]\nregion = {REGION}\n"
    ));
    let (code, stdout, stderr) = login_piped(
        &home,
        &url,
        &[
            "login",
            "--sso-session",
            "corp",
            "--use-device-code",
            "--no-browser",
            "--endpoint-url",
            &url,
        ],
    )
    .await;
    assert_eq!(code, 0, "{stdout}\n{stderr}");
    let run = home
        .run(&["token", "--profile", "dev", "--endpoint-url", &url])
        .await;
    run.ok();
    assert!(!run.stdout.trim().is_empty());

    let run = home.run(&["token", "--profile", "broken"]).await;
    run.exits(255);
    assert!(run.stderr.contains("missing the SSO settings"), "{run:#?}");
    let run = home.run(&["logout", "--sso-session", "nowhere"]).await;
    run.exits(255);
    assert!(
        run.stderr.contains("sso-session does not exist"),
        "{run:#?}"
    );
    let run = home.run(&["logout", "--profile", "dev"]).await;
    run.ok();
    assert!(
        run.stdout.contains("Signed out of sso-session corp"),
        "{run:#?}"
    );
    service.shutdown().await;
}

/// tmux on a private socket, killed on drop.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "login"]).stdout)
            .into_owned()
    }

    /// Waits until the screen shows `what` (up to `limit`), returning it.
    async fn wait_for(&self, what: &dyn Fn(&str) -> bool, limit: Duration, why: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if what(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < limit,
                "{why}; the screen shows:\n{screen}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
    }
}

fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("SSO_OIDC_REQUIRE_TMUX").is_none(),
            "SSO_OIDC_REQUIRE_TMUX is set but tmux cannot be run"
        );
        eprintln!(
            "skipping: tmux is not installed (set SSO_OIDC_REQUIRE_TMUX to make this a failure)"
        );
    }
    found
}

/// What a person sees: the URL and code, a spinner while waiting, then
/// success once the code is approved on the service's `/device` page.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_in_a_terminal_shows_the_code_a_spinner_then_success() {
    if !tmux_available() {
        return;
    }
    let service = common::service().await;
    let url = service.url().to_owned();
    let home = Home::new("tmux");
    let tmux = Tmux {
        socket: format!("sso-oidc-cli-test-{}", std::process::id()),
    };
    let started = tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "login",
        "-x",
        "120",
        "-y",
        "50",
        "sh",
    ]);
    assert!(started.status.success(), "tmux new-session: {started:?}");
    // A clean environment: the scratch HOME and nothing of the caller's AWS settings.
    let line = format!(
        "env -i PATH=/usr/bin:/bin TERM=xterm-256color HOME={home} AWS_CONFIG_FILE={home}/.aws/config \
         {bin} login --start-url {url}/start --region {REGION} --endpoint-url {url} --use-device-code --no-browser; \
         echo EXIT=$?",
        home = home.dir.display(),
        bin = common::BIN,
    );
    let sent = tmux.cmd(&["send-keys", "-t", "login", &line, "Enter"]);
    assert!(sent.status.success(), "tmux send-keys: {sent:?}");

    let screen = tmux
        .wait_for(
            &|s| common::user_code(s).is_some_and(|c| c.len() == 9),
            Duration::from_secs(30),
            "the code is shown",
        )
        .await;
    assert!(screen.contains(&format!("{url}/device")), "{screen}");
    assert!(screen.contains("Then enter the code:"), "{screen}");
    let code = common::user_code(&screen).expect("a code");

    // The spinner turns while nothing is approved: two different frames.
    let spinning = |s: &str| s.contains("Waiting for the sign-in to be approved");
    let first = tmux
        .wait_for(&spinning, Duration::from_secs(10), "the spinner shows")
        .await;
    let frame = |s: &str| {
        s.lines()
            .find(|l| l.contains("Waiting for the sign-in"))
            .map(|l| l.to_owned())
            .unwrap_or_default()
    };
    let first_frame = frame(&first);
    let _ = tmux
        .wait_for(
            &|s| spinning(s) && frame(s) != first_frame,
            Duration::from_secs(5),
            "the spinner turns",
        )
        .await;
    assert!(!first.contains("Successfully"), "{first}");
    eprintln!("while waiting, the terminal shows:\n{first}");

    common::approve_on_device_page(&url, &code);
    // The typed command line holds `EXIT=$?` too: the status is a line of its own.
    let status = |s: &str| {
        s.lines()
            .filter_map(|l| l.trim().strip_prefix("EXIT="))
            .find(|code| !code.is_empty() && code.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_owned)
    };
    let done = tmux
        .wait_for(
            &|s| status(s).is_some(),
            Duration::from_secs(30),
            "login finishes",
        )
        .await;
    eprintln!("once approved:\n{done}");
    assert_eq!(status(&done).as_deref(), Some("0"), "{done}");
    assert!(
        done.contains(&format!("Successfully logged into Start URL: {url}/start")),
        "{done}"
    );
    assert!(done.contains("The token expires at "), "{done}");
    assert!(
        !spinning(&done),
        "the spinner is cleared once done:\n{done}"
    );
    let tokens = home.cached_tokens();
    assert_eq!(tokens.len(), 1, "the token is cached");
    let secret = tokens[0].1["accessToken"]
        .as_str()
        .expect("a token")
        .to_owned();
    assert!(!done.contains(&secret), "the token is never shown");
    service.shutdown().await;
}
