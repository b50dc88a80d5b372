//! `sso-oidc`: see the crate documentation of `sso_oidc_cli`.

fn main() {
    std::process::exit(sso_oidc_cli::main_with_args(std::env::args_os()));
}
