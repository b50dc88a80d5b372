//! boto3 and the AWS CLI v1, clients nobody here wrote, against the local
//! service: `interop/python/clients.py` runs the device flow, a refresh and
//! one modeled error per operation with each, asserting what AWS would answer.
//!
//! They come from PyPI into a virtual environment that `.ci/run` makes
//! (`target/interop-venv`, or the Python named by `SSO_OIDC_INTEROP_PYTHON`);
//! without one the test prints why and passes without running them, unless
//! `SSO_OIDC_INTEROP_REQUIRED` is set (`.ci/run` sets it once the clients are
//! installed): then a test that could not run them fails.

use sso_oidc_local::LocalService;
use std::path::PathBuf;
use std::time::Duration;

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

fn interop_python() -> Result<PathBuf, String> {
    if let Some(python) = std::env::var_os("SSO_OIDC_INTEROP_PYTHON") {
        return Ok(PathBuf::from(python));
    }
    let venv = workspace_root().join("target/interop-venv/bin/python");
    if venv.exists() {
        Ok(venv)
    } else {
        Err(format!(
            "{} does not exist (`.ci/run` makes it with `pip install boto3 awscli`)",
            venv.display()
        ))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boto3_and_aws_cli_v1_run_the_device_flow_and_see_modeled_errors() {
    let python = match interop_python() {
        Ok(python) => python,
        Err(reason) => {
            assert!(
                std::env::var_os("SSO_OIDC_INTEROP_REQUIRED").is_none(),
                "SSO_OIDC_INTEROP_REQUIRED is set, but the interop test cannot run: {reason}"
            );
            println!("skipping the boto3 / AWS CLI interop test: {reason}");
            return;
        }
    };
    let service = LocalService::builder()
        .interval(Duration::ZERO)
        .start("127.0.0.1:0")
        .await
        .expect("service starts");
    let script = workspace_root().join("interop/python/clients.py");
    let url = service.url().to_owned();
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new(&python)
            .arg(&script)
            .arg(&url)
            // Static test credentials for the signed CreateTokenWithIAM; no
            // profile, config file or instance metadata from this machine.
            .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
            .env("AWS_SECRET_ACCESS_KEY", "secret")
            .env("AWS_DEFAULT_REGION", "us-east-1")
            .env("AWS_CONFIG_FILE", "/nonexistent")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env_remove("AWS_PROFILE")
            .env_remove("AWS_ENDPOINT_URL")
            .env_remove("AWS_ENDPOINT_URL_SSO_OIDC")
            .output()
            .expect("python runs")
    })
    .await
    .expect("script task");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    print!("{stdout}");
    assert!(
        output.status.success(),
        "interop script failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("boto3: device flow"), "{stdout}");
    assert!(stdout.contains("aws cli v1: device flow"), "{stdout}");
    service.shutdown().await;
}
