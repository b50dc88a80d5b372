//! The completions and man pages `cargo xtask cli-docs` writes.

#[path = "../examples/cli_docs.rs"]
mod cli_docs;

#[test]
fn completions_and_man_pages_cover_every_command() {
    let out = std::env::temp_dir().join(format!("sso-oidc-cli-docs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let files = cli_docs::write_all(&out).expect("the docs are written");
    let read = |name: &str| {
        std::fs::read_to_string(out.join(name))
            .unwrap_or_else(|e| panic!("{name}: {e} (wrote {files:?})"))
    };
    let commands = [
        "register-client",
        "start-device-authorization",
        "create-token",
        "create-token-with-iam",
        "login",
        "logout",
        "token",
    ];
    for completion in ["sso-oidc.bash", "_sso-oidc", "sso-oidc.fish"] {
        let text = read(completion);
        for command in commands {
            assert!(text.contains(command), "{completion} completes {command}");
        }
        assert!(
            text.contains("client-name"),
            "{completion} completes the operation flags"
        );
    }
    let man = read("sso-oidc.1");
    assert!(man.starts_with(".ie") || man.contains(".TH"), "{man}");
    for command in commands {
        let page = read(&format!("sso-oidc-{command}.1"));
        assert!(page.contains(".TH"), "sso-oidc-{command}.1 is a man page");
        assert!(
            page.contains("endpoint\\-url"),
            "sso-oidc-{command}.1 lists the global flags:\n{page}"
        );
    }
    let register = read("sso-oidc-register-client.1");
    assert!(register.contains("client\\-name"), "{register}");
    assert_eq!(files.len(), 3 + 1 + commands.len());
    let _ = std::fs::remove_dir_all(&out);
}
