//! `sso-oidc-local`: runs the local SSO OIDC service until Ctrl-C.

use clap::Parser;
use std::time::Duration;

/// A local AWS SSO OIDC service for development and tests.
#[derive(Parser, Debug)]
#[command(version)]
struct Args {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: String,
    /// The port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Seconds between device-flow polls; polling faster gets SlowDownException.
    #[arg(long, default_value_t = 5)]
    interval: u64,
    /// Keep registrations and refresh tokens in this database file across restarts.
    #[arg(long)]
    db: Option<std::path::PathBuf>,
    /// The most connections open at once; at the limit the longest-idle one is
    /// closed to make room, or new ones wait while all are busy.
    #[arg(long, default_value_t = 512)]
    max_connections: usize,
    /// Seconds a connection may stay open with no request in flight.
    #[arg(long, default_value_t = 60)]
    idle_timeout: u64,
    /// Print one line per request: operation, status and duration (never a secret).
    #[arg(long)]
    log: bool,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    if args.log {
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
            .with_target(false)
            .init();
    }
    let address = format!("{}:{}", args.host, args.port);
    let limits = sso_oidc_local::ServeLimits::default()
        .with_max_connections(args.max_connections)
        .with_idle_timeout(Duration::from_secs(args.idle_timeout));
    let mut builder = sso_oidc_local::LocalService::builder()
        .interval(Duration::from_secs(args.interval))
        .serve_limits(limits);
    if let Some(path) = &args.db {
        match sso_oidc_local::Store::open(path) {
            Ok(store) => builder = builder.store(store),
            Err(error) => {
                eprintln!("sso-oidc-local: cannot open {}: {error}", path.display());
                std::process::exit(1);
            }
        }
    }
    let service = match builder.start(&address).await {
        Ok(service) => service,
        Err(error) => {
            eprintln!("sso-oidc-local: cannot listen on {address}: {error}");
            std::process::exit(1);
        }
    };
    println!("sso-oidc-local listening on {}", service.url());
    println!("approve device sign-ins at {}/device", service.url());
    println!(
        "point clients at it with AWS_ENDPOINT_URL_SSO_OIDC={}",
        service.url()
    );
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("sso-oidc-local: cannot wait for Ctrl-C ({error}); stopping");
    }
    service.shutdown().await;
}
