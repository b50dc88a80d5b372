//! Opening a URL in the person's browser.

use std::io;

/// Opens URLs for the person to approve a sign-in.
pub trait Browser: Send + Sync {
    /// Opens `url`; an error when no browser could be started.
    fn open(&self, url: &str) -> io::Result<()>;
}

/// The system's default browser (through the `webbrowser` crate: `xdg-open`,
/// `open`, `start`, or `$BROWSER`). Refuses, so that the device flow is used
/// instead, where there is evidently no display: an SSH session without
/// `$BROWSER`, or a Linux session with neither `$DISPLAY` nor `$WAYLAND_DISPLAY`.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemBrowser;

impl Browser for SystemBrowser {
    fn open(&self, url: &str) -> io::Result<()> {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        if !set("BROWSER") {
            if set("SSH_CONNECTION") || set("SSH_TTY") {
                return Err(io::Error::other("this is an SSH session"));
            }
            if cfg!(all(unix, not(target_os = "macos")))
                && !set("DISPLAY")
                && !set("WAYLAND_DISPLAY")
            {
                return Err(io::Error::other("there is no graphical display"));
            }
        }
        webbrowser::open(url)
    }
}

/// A browser that never opens: the person is shown URLs to open themselves.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoBrowser;

impl Browser for NoBrowser {
    fn open(&self, _url: &str) -> io::Result<()> {
        Err(io::Error::other("opening a browser is turned off"))
    }
}
