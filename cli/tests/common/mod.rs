//! What the `sso-oidc` tests share: the binary run in a scratch HOME against
//! the local service, and a small HTTP client for its pages.

#![allow(dead_code)] // Each test file uses its own part of this.

use std::io::{Read as _, Write as _};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const BIN: &str = env!("CARGO_BIN_EXE_sso-oidc");

/// A scratch home directory (never the real ~/.aws), removed on drop.
pub struct Home {
    pub dir: PathBuf,
}

impl Home {
    pub fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "sso-oidc-cli-{name}-{}-{}",
            std::process::id(),
            fastish_unique()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".aws")).expect("scratch HOME");
        Home { dir }
    }

    /// Writes `~/.aws/config`.
    pub fn config(&self, text: &str) {
        std::fs::write(self.dir.join(".aws/config"), text).expect("write the config file");
    }

    pub fn cache_dir(&self) -> PathBuf {
        self.dir.join(".aws/sso/cache")
    }

    /// The token files of the cache (those with a `startUrl`), as JSON.
    pub fn cached_tokens(&self) -> Vec<(PathBuf, serde_json::Value)> {
        let Ok(entries) = std::fs::read_dir(self.cache_dir()) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter_map(|p| {
                let value: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(&p).ok()?).ok()?;
                value.get("startUrl")?;
                Some((p, value))
            })
            .collect()
    }

    /// `sso-oidc args...` with this HOME and none of the caller's AWS settings.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(BIN);
        command.args(args);
        scrub(&mut command, &self.dir);
        command
    }

    /// Runs `sso-oidc args...` to completion (off the async runtime's threads).
    pub async fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, &[]).await
    }

    /// Like [`run`](Self::run) with extra environment variables.
    pub async fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut command = self.command(args);
        for (key, value) in env {
            command.env(key, value);
        }
        let shown = args.join(" ");
        tokio::task::spawn_blocking(move || {
            let output = command.output().expect("run sso-oidc");
            Run {
                args: shown,
                code: output.status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            }
        })
        .await
        .expect("the run finished")
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn fastish_unique() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

/// Clears what could point the binary elsewhere than the test's HOME and service.
pub fn scrub(command: &mut std::process::Command, home: &Path) {
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if key.starts_with("AWS_")
            || key == "BROWSER"
            || key == "DISPLAY"
            || key == "WAYLAND_DISPLAY"
        {
            command.env_remove(key);
        }
    }
    command
        .env("HOME", home)
        .env("AWS_CONFIG_FILE", home.join(".aws/config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.join(".aws/credentials"))
        .env("NO_COLOR", "1");
}

/// One finished run.
#[derive(Debug)]
pub struct Run {
    pub args: String,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts exit 0 and returns stdout as JSON.
    pub fn json(&self) -> serde_json::Value {
        self.ok();
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("`{}` printed no JSON ({e}):\n{self:#?}", self.args))
    }

    /// Asserts exit 0.
    pub fn ok(&self) -> &Self {
        assert_eq!(self.code, 0, "`{}` failed:\n{self:#?}", self.args);
        self
    }

    /// Asserts exit `code`.
    pub fn exits(&self, code: i32) -> &Self {
        assert_eq!(
            self.code, code,
            "`{}`: wrong exit code:\n{self:#?}",
            self.args
        );
        self
    }
}

/// The local service with a one-second polling interval.
pub async fn service() -> sso_oidc_local::RunningService {
    sso_oidc_local::LocalService::builder()
        .interval(Duration::from_secs(1))
        .start("127.0.0.1:0")
        .await
        .expect("the local service starts")
}

/// A plain HTTP/1.1 request to the local service: (status, headers and body as text).
pub fn http(url: &str, method: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (authority, path) = rest
        .split_once('/')
        .map_or((rest, "/".to_owned()), |(a, p)| (a, format!("/{p}")));
    let mut stream = TcpStream::connect(authority).expect("connect to the local service");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a read timeout");
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream
        .write_all(request.as_bytes())
        .expect("send the request");
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("read the response");
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}

/// Approves `user_code` the way a person does on the `/device` page: open the
/// page for the code, then submit its form (with the form's token).
pub fn approve_on_device_page(base: &str, user_code: &str) {
    let (status, page) = http(
        &format!("{base}/device?user_code={user_code}"),
        "GET",
        &[],
        "",
    );
    assert_eq!(status, 200, "the device page for the code:\n{page}");
    let token = page
        .split("name=\"form_token\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("the page has an approval form:\n{page}"));
    let body = format!("user_code={user_code}&form_token={token}&action=approve");
    let (status, done) = http(
        &format!("{base}/device"),
        "POST",
        &[("Content-Type", "application/x-www-form-urlencoded")],
        &body,
    );
    assert_eq!(status, 200, "approving on the page:\n{done}");
    assert!(done.contains("approved"), "{done}");
}

/// The user code a `login` printed ("Then enter the code:" and the code).
pub fn user_code(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim);
    lines.find(|l| l.starts_with("Then enter the code"))?;
    lines.find(|l| !l.is_empty()).map(str::to_owned)
}
