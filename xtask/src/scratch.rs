//! The scratch workspaces that `corpus`, `wire` and `protocol-tests` generate
//! crates into, and the one target directory they all build in.
//!
//! Each command writes its own workspace (its crates differ), but they share
//! `target/scratch-build` and one `[profile.dev]`, so the dependencies (tokio,
//! hyper, rustls, serde…) are compiled once for all of them instead of once
//! per command. Scratch builds are never debugged: no debug info and no
//! incremental cache, which is most of a target directory's size. CI runs
//! these commands one after another on a machine whose disk is not ours to size.

use std::path::{Path, PathBuf};

/// The target directory every scratch workspace builds in.
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    crate::target_dir(root).join("scratch-build")
}

/// Writes the manifest of a scratch workspace of `members` (folder names) and
/// the repository's lock file into `scratch`.
pub(crate) fn write_workspace<S: AsRef<str>>(
    root: &Path,
    scratch: &Path,
    members: &[S],
) -> Result<(), String> {
    write_if_changed(&scratch.join("Cargo.toml"), &workspace_manifest(members))?;
    copy_lock_file(root, scratch)
}

/// The manifest of a scratch workspace of `members` (folder names).
fn workspace_manifest<S: AsRef<str>>(members: &[S]) -> String {
    let members: Vec<String> = members
        .iter()
        .map(|m| format!("\"{}\"", m.as_ref()))
        .collect();
    format!(
        "[workspace]\nresolver = \"2\"\nmembers = [{}]\n\n\
         [profile.dev]\ndebug = false\nincremental = false\n",
        members.join(", ")
    )
}

/// Writes `text` to `path` unless it already holds it, so cargo does not see
/// a fresh timestamp on an unchanged file and rebuild for nothing.
pub(crate) fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The repository's lock file, copied afresh: the versions the workspace is
/// tested with, the same in every scratch workspace (so their builds share
/// artifacts), and nothing to resolve but the scratch crates themselves.
fn copy_lock_file(root: &Path, scratch: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    write_if_changed(&scratch.join("Cargo.lock"), &text)
}

/// What to show of a failed cargo run: its error lines, and the notes under
/// them (a linker failure says why only in a note: `ld: … No space left on
/// device`), at most `limit` lines of at most 400 characters each (a linker
/// note also holds the whole command line).
pub(crate) fn error_excerpt(stderr: &str, limit: usize) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| {
            l.contains("error")
                || l.contains("note:")
                || l.contains("/ld:")
                || l.contains("No space left")
        })
        .take(limit)
        .map(|l| match l.char_indices().nth(400) {
            Some((cut, _)) => format!("{}…", &l[..cut]),
            None => l.to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_linker_failure_keeps_its_cause_and_loses_its_command_line() {
        let command = format!("  = note: \"cc\" {}", "-Wl,--as-needed ".repeat(100));
        let stderr = format!(
            "   Compiling serde v1.0.0\n\
             error: linking with `cc` failed: exit status: 1\n\
             {command}\n\
             \x20 = note: /usr/bin/ld: final link failed: No space left on device\n\
             \x20         collect2: error: ld returned 1 exit status\n\
             warning: build failed, waiting for other jobs to finish...\n"
        );
        let excerpt = error_excerpt(&stderr, 10);
        assert_eq!(excerpt.len(), 4, "{excerpt:#?}");
        assert_eq!(
            excerpt[0],
            "error: linking with `cc` failed: exit status: 1"
        );
        assert_eq!(
            excerpt[1].chars().count(),
            401,
            "cut at 400 characters and an ellipsis"
        );
        assert!(excerpt[1].ends_with('…'));
        assert!(excerpt[2].ends_with("No space left on device"));
        assert!(excerpt[3].contains("collect2: error"));
        assert_eq!(error_excerpt(&stderr, 2).len(), 2);
    }

    #[test]
    fn scratch_workspaces_share_one_profile() {
        let manifest = workspace_manifest(&["a", "runner"]);
        assert!(
            manifest.contains("members = [\"a\", \"runner\"]"),
            "{manifest}"
        );
        // The profile must be the same text in every scratch workspace, or
        // their builds in the shared target directory would not share.
        assert_eq!(
            manifest.split_once("[profile.dev]").map(|(_, p)| p),
            workspace_manifest(&["other"])
                .split_once("[profile.dev]")
                .map(|(_, p)| p)
        );
    }
}
