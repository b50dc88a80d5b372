//! The sign-in pages in a real browser: Debian's `chromium` driven over
//! WebDriver (`chromedriver`, started here on a free port) with fantoccini.
//!
//! Each test starts the service with an injected clock, its own chromedriver
//! and a browser with a fresh profile, and saves a screenshot of every page
//! it sees under `target/browser-screenshots/`. Without a browser a test
//! says why and passes, unless `SSO_OIDC_REQUIRE_BROWSER` is set (CI sets it
//! after installing one): then it fails. `CHROMIUM` and `CHROMEDRIVER` name
//! other binaries than `/usr/bin/chromium` and `/usr/bin/chromedriver`.
//!
//! The tests take turns (one browser at a time): the machines running them
//! have few cores, and a browser per test at once only makes each slower.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use sso_oidc_local::{LocalService, ManualClock, RunningService, SequentialCodes};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const REQUIRE: &str = "SSO_OIDC_REQUIRE_BROWSER";
const DEVICE_GRANT: &str = "urn:ietf:params:oauth:grant-type:device_code";
const START_URL: &str = "https://example.awsapps.com/start";

/// One browser at a time across the tests of this binary.
static TURN: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The service under test and what the test needs to drive it.
struct Fixture {
    service: RunningService,
    clock: Arc<ManualClock>,
    client: sso_oidc::Client,
}

impl Fixture {
    async fn start() -> Self {
        let clock = Arc::new(ManualClock::new(Duration::from_secs(1_800_000_000)));
        let service = LocalService::builder()
            .clock(clock.clone())
            .codes(Arc::new(SequentialCodes::default()))
            .start("127.0.0.1:0")
            .await
            .expect("the service starts");
        let client = sso_oidc::Client::from_conf(
            sso_oidc::Config::builder()
                .region("us-east-1")
                .endpoint_url(service.url())
                .build(),
        );
        Self {
            service,
            clock,
            client,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.service.url())
    }

    /// Registers a device-flow client named `name`: its id and secret.
    async fn register(&self, name: &str) -> (String, String) {
        let out = self
            .client
            .register_client()
            .client_name(name)
            .client_type("public")
            .scopes("sso:account:access")
            .send()
            .await
            .expect("register");
        (
            out.client_id().expect("id").to_owned(),
            out.client_secret().expect("secret").to_owned(),
        )
    }

    /// Starts a device sign-in: the user code and the device code.
    async fn start_sign_in(&self, client: &(String, String), start_url: &str) -> (String, String) {
        let out = self
            .client
            .start_device_authorization()
            .client_id(&client.0)
            .client_secret(&client.1)
            .start_url(start_url)
            .send()
            .await
            .expect("start a sign-in");
        (
            out.user_code().expect("user code").to_owned(),
            out.device_code().expect("device code").to_owned(),
        )
    }

    /// Redeems an approved device code as the CLI does: the access token.
    async fn redeem(&self, client: &(String, String), device_code: &str) -> String {
        self.clock.advance(Duration::from_secs(5));
        let tokens = self
            .client
            .create_token()
            .client_id(&client.0)
            .client_secret(&client.1)
            .grant_type(DEVICE_GRANT)
            .device_code(device_code)
            .send()
            .await
            .expect("the approved sign-in gives tokens");
        let access = tokens.access_token().expect("access token").to_owned();
        assert_eq!(
            self.service.oidc().token_owner(&access).as_deref(),
            Some(client.0.as_str())
        );
        access
    }
}

/// Where the browser and its driver are, or why a test cannot have them.
fn binaries() -> Result<(PathBuf, PathBuf), String> {
    let find = |var: &str, default: &str| {
        let path = std::env::var_os(var)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(default));
        if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "{} not found (set {var}, or install Debian's chromium and chromium-driver)",
                path.display()
            ))
        }
    };
    Ok((
        find("CHROMIUM", "/usr/bin/chromium")?,
        find("CHROMEDRIVER", "/usr/bin/chromedriver")?,
    ))
}

/// A chromedriver in a process group of its own (the browsers it starts
/// join it), with a fresh profile directory; the group is killed and the
/// directory removed on drop, whatever the test did.
struct Driver {
    child: Child,
    profile: PathBuf,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The group's id is chromedriver's pid: only processes this test started.
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts chromedriver on a free port and waits until it answers.
fn start_driver(chromedriver: &Path) -> Result<Driver, String> {
    use std::os::unix::process::CommandExt as _;
    let profile = std::env::temp_dir().join(format!(
        "sso-oidc-browser-{}-{}",
        std::process::id(),
        free_port()
    ));
    std::fs::create_dir_all(&profile).map_err(|e| format!("{}: {e}", profile.display()))?;
    let port = free_port();
    let child = Command::new(chromedriver)
        .arg(format!("--port={port}"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", chromedriver.display()))?;
    let driver = Driver {
        child,
        profile,
        url: format!("http://127.0.0.1:{port}"),
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            return Err(format!("chromedriver did not listen on port {port}"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(driver)
}

/// How the browser is shown: a desktop window, or a phone's screen.
#[derive(Clone, Copy)]
enum Screen {
    Desktop,
    /// A 390 px wide phone (iPhone 12 to 15), as Chrome's mobile emulation
    /// lays it out: the viewport meta decides the page's width.
    Phone,
}

async fn connect(driver: &Driver, chromium: &Path, screen: Screen) -> Result<Client, String> {
    let mut args = vec![
        "--headless".to_owned(),
        "--no-sandbox".to_owned(),
        "--disable-gpu".to_owned(),
        "--disable-quic".to_owned(),
        "--no-first-run".to_owned(),
        "--disable-background-networking".to_owned(),
        "--disable-component-update".to_owned(),
        "--disable-sync".to_owned(),
        "--disable-dev-shm-usage".to_owned(),
        format!("--user-data-dir={}", driver.profile.display()),
    ];
    let mut options = serde_json::json!({"binary": chromium.display().to_string()});
    match screen {
        Screen::Desktop => args.push("--window-size=900,900".to_owned()),
        Screen::Phone => {
            options["mobileEmulation"] = serde_json::json!({
                "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 1.0, "mobile": true, "touch": true}
            });
        }
    }
    options["args"] = serde_json::json!(args);
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("browserName".into(), "chrome".into());
    capabilities.insert("goog:chromeOptions".into(), options);
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .map_err(|e| format!("cannot open a browser session: {e}"))
}

/// Runs `body` with a browser and the service, then closes the browser even
/// when `body` panicked (and panics with it). Without a browser: skips, or
/// fails when [`REQUIRE`] is set.
async fn with_browser<F, Fut>(screen: Screen, body: F)
where
    F: FnOnce(Client, Arc<Fixture>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let _turn = TURN.lock().await;
    let started = (|| {
        let (chromium, chromedriver) = binaries()?;
        Ok::<_, String>((chromium, start_driver(&chromedriver)?))
    })();
    let session = match started {
        Ok((chromium, driver)) => connect(&driver, &chromium, screen)
            .await
            .map(|client| (driver, client)),
        Err(why) => Err(why),
    };
    let (driver, browser) = match session {
        Ok(session) => session,
        Err(why) if std::env::var_os(REQUIRE).is_some() => {
            panic!("{REQUIRE} is set but the browser cannot run: {why}")
        }
        Err(why) => {
            eprintln!("skipping the browser test: {why}");
            return;
        }
    };
    let fixture = Arc::new(Fixture::start().await);
    let outcome = tokio::spawn(body(browser.clone(), fixture)).await;
    let _ = browser.close().await;
    drop(driver);
    if let Err(error) = outcome {
        std::panic::resume_unwind(error.into_panic());
    }
}

/// Saves what the browser shows as `target/browser-screenshots/<name>.png`.
async fn screenshot(browser: &Client, name: &str) {
    let png = browser.screenshot().await.expect("screenshot");
    save(name, &png);
}

fn screenshot_dir() -> PathBuf {
    // CARGO_TARGET_TMPDIR is target/tmp: the screenshots go beside it.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .map(|target| target.join("browser-screenshots"))
        .unwrap_or_else(|| PathBuf::from("browser-screenshots"));
    std::fs::create_dir_all(&dir).expect("screenshot directory");
    dir
}

fn save(name: &str, png: &[u8]) {
    assert!(png.starts_with(b"\x89PNG"), "{name}: not a PNG");
    std::fs::write(screenshot_dir().join(format!("{name}.png")), png).expect("save screenshot");
}

/// Waits until the page's heading is `expected` (after a navigation).
async fn wait_for_heading(browser: &Client, expected: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut seen = String::new();
    while Instant::now() < deadline {
        if let Ok(h1) = browser.find(Locator::Css("h1")).await {
            seen = h1.text().await.unwrap_or_default();
            if seen == expected {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let url = browser.current_url().await.map(|u| u.to_string());
    panic!("expected the heading {expected:?}, saw {seen:?} at {url:?}");
}

async fn text_of(browser: &Client, css: &str) -> String {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .text()
        .await
        .expect("text")
}

/// Runs `script` (an expression) in the page and returns its value.
async fn eval(browser: &Client, script: &str) -> serde_json::Value {
    browser
        .execute(&format!("return {script};"), vec![])
        .await
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// Presses `keys` one after another on the keyboard, on whatever has focus.
async fn press(browser: &Client, keys: &[char]) {
    let mut actions = KeyActions::new("keyboard".to_owned());
    for &key in keys {
        actions = actions
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
    }
    browser.perform_actions(actions).await.expect("keys");
}

/// Types `code` into the entry form on `/device` and clicks Next.
async fn enter_code(browser: &Client, f: &Fixture, code: &str) {
    browser.goto(&f.url("/device")).await.expect("open /device");
    wait_for_heading(browser, "Sign in").await;
    let input = browser
        .find(Locator::Id("user_code"))
        .await
        .expect("the code input");
    input.send_keys(code).await.expect("type the code");
    browser
        .find(Locator::Css("button.primary"))
        .await
        .expect("Next")
        .click()
        .await
        .expect("click Next");
}

#[tokio::test]
async fn device_flow_approved_by_typing_the_code_and_clicking_approve() {
    with_browser(Screen::Desktop, |browser, f| async move {
        let client = f.register("Browser Test App").await;
        let (code, device_code) = f.start_sign_in(&client, START_URL).await;
        f.clock.advance(Duration::from_secs(30));

        browser.goto(&f.url("/device")).await.expect("open");
        wait_for_heading(&browser, "Sign in").await;
        let input = browser.find(Locator::Id("user_code")).await.expect("input");
        assert_eq!(
            input.attr("placeholder").await.expect("attr").as_deref(),
            Some("XXXX-XXXX")
        );
        screenshot(&browser, "device-enter-code").await;
        // Typed as a person might: lower case, no dash.
        input
            .send_keys(&code.replace('-', "").to_lowercase())
            .await
            .expect("type");
        browser
            .find(Locator::Css("button.primary"))
            .await
            .expect("Next")
            .click()
            .await
            .expect("click");

        wait_for_heading(&browser, "Approve sign-in").await;
        assert_eq!(text_of(&browser, "#user-code").await, code);
        assert_eq!(text_of(&browser, "#client-name").await, "Browser Test App");
        assert_eq!(text_of(&browser, "#scopes").await, "sso:account:access");
        assert_eq!(text_of(&browser, "#start-url").await, START_URL);
        assert_eq!(text_of(&browser, "#time-left").await, "9 min 30 s");
        let body = text_of(&browser, "main").await;
        assert!(
            body.contains("Check that this code matches the one in your terminal"),
            "{body}"
        );
        // The styles applied (the CSP let the stylesheet in): Approve is
        // first, filled, and both buttons are at least 44 px tall.
        let buttons = eval(
            &browser,
            "[...document.querySelectorAll('form button')].map(b => ({text: b.textContent, \
             height: b.getBoundingClientRect().height, bg: getComputedStyle(b).backgroundColor}))",
        )
        .await;
        assert_eq!(buttons[0]["text"], "Approve", "{buttons}");
        assert_eq!(buttons[1]["text"], "Deny", "{buttons}");
        for button in buttons.as_array().expect("buttons") {
            assert!(button["height"].as_f64() >= Some(44.0), "{button}");
        }
        assert_eq!(buttons[0]["bg"], "rgb(11, 95, 179)", "primary: {buttons}");
        assert_eq!(
            buttons[1]["bg"], "rgb(255, 255, 255)",
            "secondary: {buttons}"
        );
        screenshot(&browser, "device-approve").await;
        let main = browser.find(Locator::Css("main")).await.expect("main");
        save("approval-page", &main.screenshot().await.expect("main"));

        browser
            .find(Locator::Css("button[value=approve]"))
            .await
            .expect("Approve")
            .click()
            .await
            .expect("click Approve");
        wait_for_heading(&browser, "Sign-in approved").await;
        let body = text_of(&browser, "main").await;
        assert!(
            body.contains(&code) && body.contains("close this window"),
            "{body}"
        );
        screenshot(&browser, "device-approved").await;
        f.redeem(&client, &device_code).await;
    })
    .await;
}

#[tokio::test]
async fn denying_in_the_browser_says_so_and_the_client_is_refused() {
    with_browser(Screen::Desktop, |browser, f| async move {
        let client = f.register("Browser Test App").await;
        let (code, device_code) = f.start_sign_in(&client, START_URL).await;
        browser
            .goto(&f.url(&format!("/device?user_code={code}")))
            .await
            .expect("open the complete URL");
        wait_for_heading(&browser, "Approve sign-in").await;
        browser
            .find(Locator::Css("button[value=deny]"))
            .await
            .expect("Deny")
            .click()
            .await
            .expect("click Deny");
        wait_for_heading(&browser, "Sign-in denied").await;
        screenshot(&browser, "device-denied").await;
        let error = f
            .client
            .create_token()
            .client_id(&client.0)
            .client_secret(&client.1)
            .grant_type(DEVICE_GRANT)
            .device_code(&device_code)
            .send()
            .await
            .expect_err("denied");
        assert_eq!(error.code(), Some("AccessDeniedException"));
    })
    .await;
}

#[tokio::test]
async fn wrong_expired_and_used_codes_each_show_their_message_with_the_code_kept() {
    with_browser(Screen::Desktop, |browser, f| async move {
        let client = f.register("Browser Test App").await;
        let cases = [
            ("wrong", "qqqqqqqq".to_owned(), "That code is not right"),
            ("expired", String::new(), "That code has expired"),
            ("used", String::new(), "That code was already used"),
        ];
        for (case, typed, message) in cases {
            let typed = match case {
                "expired" => {
                    let (code, _) = f.start_sign_in(&client, START_URL).await;
                    f.clock.advance(Duration::from_secs(600));
                    code
                }
                "used" => {
                    let (code, device_code) = f.start_sign_in(&client, START_URL).await;
                    assert!(f.service.oidc().decide(&code, true));
                    f.redeem(&client, &device_code).await;
                    code.to_lowercase()
                }
                _ => typed,
            };
            enter_code(&browser, &f, &typed).await;
            wait_for_heading(&browser, "Sign in").await;
            let alert = text_of(&browser, "[role=alert]").await;
            assert!(alert.starts_with(message), "{case}: {alert}");
            let input = browser.find(Locator::Id("user_code")).await.expect("input");
            assert_eq!(
                input.prop("value").await.expect("value").as_deref(),
                Some(typed.as_str()),
                "{case}: the typed code is kept"
            );
            assert_eq!(
                input.attr("aria-invalid").await.expect("attr").as_deref(),
                Some("true")
            );
            screenshot(&browser, &format!("device-{case}-code")).await;
        }
    })
    .await;
}

/// A listener on 127.0.0.1 standing in for a native app's redirect target:
/// answers every request with a short page and sends on its request line.
async fn loopback_listener() -> (u16, tokio::sync::mpsc::UnboundedReceiver<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("address").port();
    let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let sender = sender.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
                    match stream.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&head);
                let line = head.lines().next().unwrap_or_default().to_owned();
                let body = "<!doctype html><title>App</title><h1>Back in the app</h1>";
                let answer = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\
                     connection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(answer.as_bytes()).await;
                let _ = sender.send(line);
            });
        }
    });
    (port, receiver)
}

/// The next request to `/callback` the listener received.
async fn callback(receiver: &mut tokio::sync::mpsc::UnboundedReceiver<String>) -> String {
    loop {
        let line = tokio::time::timeout(Duration::from_secs(15), receiver.recv())
            .await
            .expect("the browser reaches the redirect target in time")
            .expect("listener open");
        if line.starts_with("GET /callback") {
            return line;
        }
    }
}

#[tokio::test]
async fn consent_allow_and_deny_land_on_the_loopback_redirect() {
    with_browser(Screen::Desktop, |browser, f| async move {
        let (port, mut received) = loopback_listener().await;
        let registered = f
            .client
            .register_client()
            .client_name("My Editor")
            .client_type("public")
            .grant_types("authorization_code")
            .redirect_uris("http://127.0.0.1/callback")
            .scopes("sso:account:access")
            .send()
            .await
            .expect("register");
        let id = registered.client_id().expect("id").to_owned();
        let redirect = format!("http://127.0.0.1:{port}/callback");
        let verifier = "a-verifier-long-enough-for-pkce-0123456789-abcdefghij";
        let challenge = sso_oidc_local::oidc::pkce_challenge(verifier);
        let authorize_url = |state: &str| {
            let query: String = form_urlencoded::Serializer::new(String::new())
                .append_pair("response_type", "code")
                .append_pair("client_id", &id)
                .append_pair("redirect_uri", &redirect)
                .append_pair("scopes", "sso:account:access")
                .append_pair("state", state)
                .append_pair("code_challenge", &challenge)
                .append_pair("code_challenge_method", "S256")
                .finish();
            f.url(&format!("/authorize?{query}"))
        };

        browser.goto(&authorize_url("s-allow")).await.expect("open");
        wait_for_heading(&browser, "Authorize application").await;
        assert_eq!(text_of(&browser, "#client-name").await, "My Editor");
        let target = text_of(&browser, "#redirect-host").await;
        assert!(target.starts_with(&format!("127.0.0.1:{port}")), "{target}");
        screenshot(&browser, "consent").await;
        browser
            .find(Locator::Css("button[value=approve]"))
            .await
            .expect("Allow")
            .click()
            .await
            .expect("click Allow");
        let line = callback(&mut received).await;
        assert!(line.contains("state=s-allow"), "{line}");
        let code = line
            .split(['?', '&', ' '])
            .find_map(|p| p.strip_prefix("code="))
            .unwrap_or_else(|| panic!("no code in {line}"))
            .to_owned();
        wait_for_heading(&browser, "Back in the app").await;
        let landed = browser.current_url().await.expect("url").to_string();
        assert!(landed.starts_with(&format!("{redirect}?code=")), "{landed}");
        // The code the browser carried is good for tokens.
        let tokens = f
            .client
            .create_token()
            .client_id(&id)
            .client_secret(registered.client_secret().expect("secret"))
            .grant_type("authorization_code")
            .code(&code)
            .redirect_uri(&redirect)
            .code_verifier(verifier)
            .send()
            .await
            .expect("the code gives tokens");
        assert!(tokens.access_token().is_some());

        browser.goto(&authorize_url("s-deny")).await.expect("open");
        wait_for_heading(&browser, "Authorize application").await;
        browser
            .find(Locator::Css("button[value=deny]"))
            .await
            .expect("Deny")
            .click()
            .await
            .expect("click Deny");
        let line = callback(&mut received).await;
        assert!(
            line.contains("error=access_denied") && line.contains("state=s-deny"),
            "{line}"
        );
        assert!(!line.contains("code="), "{line}");
        wait_for_heading(&browser, "Back in the app").await;

        // An unregistered redirect URI: an error page, no form, and the
        // browser stays on the service.
        let elsewhere = authorize_url("s-bad").replace(
            &form_urlencoded::byte_serialize(redirect.as_bytes()).collect::<String>(),
            "https%3A%2F%2Fevil.example%2Fcallback",
        );
        browser.goto(&elsewhere).await.expect("open");
        wait_for_heading(&browser, "Cannot sign in").await;
        assert!(browser.find(Locator::Css("form")).await.is_err(), "no form");
        screenshot(&browser, "consent-unregistered-redirect").await;
        browser
            .goto(&f.url("/authorize?client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb"))
            .await
            .expect("open");
        wait_for_heading(&browser, "Cannot sign in").await;
        assert!(browser.find(Locator::Css("form")).await.is_err(), "no form");
        screenshot(&browser, "consent-unknown-client").await;
    })
    .await;
}

#[tokio::test]
async fn a_390_px_phone_shows_every_page_without_horizontal_scroll() {
    with_browser(Screen::Phone, |browser, f| async move {
        // A long name without spaces and a long start URL: they must wrap.
        let name = format!("an-application-with-a-very-long-name-{}", "x".repeat(80));
        let client = f.register(&name).await;
        let start_url = format!("https://example.awsapps.com/start/{}", "y".repeat(120));
        let (code, _) = f.start_sign_in(&client, &start_url).await;
        let app = f
            .client
            .register_client()
            .client_name(&name)
            .client_type("public")
            .grant_types("authorization_code")
            .redirect_uris("http://127.0.0.1/callback")
            .send()
            .await
            .expect("register");
        let consent = format!(
            "/authorize?response_type=code&client_id={}\
             &redirect_uri=http%3A%2F%2F127.0.0.1%3A65000%2Fcallback\
             &code_challenge=abc&code_challenge_method=S256",
            app.client_id().expect("id")
        );
        let pages = [
            ("phone-device-enter-code", "/device".to_owned()),
            (
                "phone-device-wrong-code",
                format!("/device?user_code={}", "Q".repeat(60)),
            ),
            ("phone-device-approve", format!("/device?user_code={code}")),
            ("phone-consent", consent),
            (
                "phone-consent-error",
                "/authorize?client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb".to_owned(),
            ),
        ];
        for (shot, path) in pages {
            browser.goto(&f.url(&path)).await.expect("open");
            let layout = eval(
                &browser,
                "({client: document.documentElement.clientWidth, \
                  scroll: document.documentElement.scrollWidth, \
                  font: parseFloat(getComputedStyle(document.body).fontSize), \
                  left: document.querySelector('main').getBoundingClientRect().left})",
            )
            .await;
            // The viewport meta makes the layout as wide as the phone, not 980 px.
            assert_eq!(layout["client"], 390, "{path}: {layout}");
            assert!(
                layout["scroll"].as_f64() <= layout["client"].as_f64(),
                "{path} scrolls sideways: {layout}"
            );
            assert!(layout["font"].as_f64() >= Some(16.0), "{path}: {layout}");
            assert!(
                layout["left"].as_f64() >= Some(8.0),
                "{path}: side padding: {layout}"
            );
            screenshot(&browser, shot).await;
        }
        // The long name is on the page, wrapped rather than cut.
        browser
            .goto(&f.url(&format!("/device?user_code={code}")))
            .await
            .expect("open");
        assert_eq!(
            text_of(&browser, "#client-name").await.replace('\n', ""),
            name
        );
    })
    .await;
}

#[tokio::test]
async fn keyboard_only_approval_with_tab_and_enter() {
    with_browser(Screen::Desktop, |browser, f| async move {
        let client = f.register("Keyboard App").await;
        let (code, device_code) = f.start_sign_in(&client, START_URL).await;
        browser.goto(&f.url("/device")).await.expect("open");
        wait_for_heading(&browser, "Sign in").await;
        // The code input has focus on arrival: type, then Enter.
        let focused = eval(&browser, "document.activeElement.id").await;
        assert_eq!(focused, "user_code");
        let mut keys: Vec<char> = code.chars().collect();
        keys.push(Key::Enter.into());
        press(&browser, &keys).await;
        wait_for_heading(&browser, "Approve sign-in").await;
        // Tab reaches Approve first, with a visible focus ring; Enter approves.
        press(&browser, &[Key::Tab.into()]).await;
        let focused = eval(
            &browser,
            "({text: document.activeElement.textContent, \
              outline: getComputedStyle(document.activeElement).outlineStyle})",
        )
        .await;
        assert_eq!(focused["text"], "Approve", "{focused}");
        assert_eq!(focused["outline"], "solid", "a focus ring: {focused}");
        screenshot(&browser, "keyboard-focus-approve").await;
        press(&browser, &[Key::Enter.into()]).await;
        wait_for_heading(&browser, "Sign-in approved").await;
        f.redeem(&client, &device_code).await;
    })
    .await;
}
