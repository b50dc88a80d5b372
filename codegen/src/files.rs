//! Writing a generated crate to disk, and checking a checked-in copy is fresh.
//!
//! The output folder is owned by the generator: `Cargo.toml` and everything
//! under `src/` is written by it, and a `.rs` file under `src/` that the
//! generator no longer produces is stale and removed.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The files of a generated crate, by path relative to the crate root.
pub type CrateFiles = BTreeMap<PathBuf, String>;

/// What [`write()`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteSummary {
    /// Files the crate consists of.
    pub files: usize,
    /// Files created or rewritten because their content changed.
    pub changed: Vec<PathBuf>,
    /// Stale files removed.
    pub removed: Vec<PathBuf>,
}

/// One way a checked-in crate differs from what the generator produces now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// The file exists with other content; carries a unified diff (old → new).
    Changed(PathBuf, String),
    /// The generator produces the file but it is not on disk.
    Missing(PathBuf),
    /// The file is on disk but the generator no longer produces it.
    Extra(PathBuf),
}

/// Writes `files` under `root`, touching only files whose content changed (so
/// cargo does not rebuild for nothing) and removing stale generated sources.
pub fn write(root: &Path, files: &CrateFiles) -> io::Result<WriteSummary> {
    let mut summary = WriteSummary {
        files: files.len(),
        ..WriteSummary::default()
    };
    for (relative, content) in files {
        let path = root.join(relative);
        if fs::read_to_string(&path).ok().as_deref() == Some(content.as_str()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, content)?;
        summary.changed.push(relative.clone());
    }
    for relative in existing_sources(root)? {
        if !files.contains_key(&relative) {
            fs::remove_file(root.join(&relative))?;
            summary.removed.push(relative);
        }
    }
    Ok(summary)
}

/// Compares `files` with what is under `root`, writing nothing.
pub fn check(root: &Path, files: &CrateFiles) -> io::Result<Vec<Stale>> {
    let mut stale = Vec::new();
    for (relative, content) in files {
        match fs::read_to_string(root.join(relative)) {
            Ok(on_disk) if &on_disk == content => {}
            Ok(on_disk) => {
                let diff = similar::TextDiff::from_lines(&on_disk, content)
                    .unified_diff()
                    .context_radius(3)
                    .header(
                        &format!("a/{}", relative.display()),
                        &format!("b/{}", relative.display()),
                    )
                    .to_string();
                stale.push(Stale::Changed(relative.clone(), diff));
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                stale.push(Stale::Missing(relative.clone()))
            }
            Err(error) => return Err(error),
        }
    }
    for relative in existing_sources(root)? {
        if !files.contains_key(&relative) {
            stale.push(Stale::Extra(relative));
        }
    }
    Ok(stale)
}

/// Every `.rs` file under `root/src`, relative to `root`, sorted.
fn existing_sources(root: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut dirs = vec![root.join("src")];
    while let Some(dir) = dirs.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => continue,
            Err(error) => return Err(error),
        };
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                if let Ok(relative) = path.strip_prefix(root) {
                    out.push(relative.to_path_buf());
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("codegen-files-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn write_then_check_is_clean_and_notices_every_kind_of_drift() {
        let root = scratch("drift");
        let mut files = CrateFiles::new();
        files.insert("Cargo.toml".into(), "[package]\n".into());
        files.insert("src/lib.rs".into(), "pub mod a;\n".into());
        files.insert("src/a.rs".into(), "pub fn a() {}\n".into());
        let summary = write(&root, &files).expect("write");
        assert_eq!(summary.changed.len(), 3);
        assert!(check(&root, &files).expect("check").is_empty());

        // Unchanged content is not rewritten.
        assert!(write(&root, &files).expect("rewrite").changed.is_empty());

        fs::write(root.join("src/extra.rs"), "").expect("extra");
        fs::remove_file(root.join("src/a.rs")).expect("remove");
        files.insert("src/lib.rs".into(), "pub mod b;\n".into());
        let stale = check(&root, &files).expect("check");
        assert!(matches!(&stale[0], Stale::Missing(p) if p == Path::new("src/a.rs")));
        assert!(
            matches!(&stale[1], Stale::Changed(p, diff) if p == Path::new("src/lib.rs") && diff.contains("-pub mod a;") && diff.contains("+pub mod b;"))
        );
        assert!(matches!(&stale[2], Stale::Extra(p) if p == Path::new("src/extra.rs")));

        let summary = write(&root, &files).expect("write");
        assert_eq!(summary.removed, [PathBuf::from("src/extra.rs")]);
        assert!(check(&root, &files).expect("check").is_empty());
        let _ = fs::remove_dir_all(&root);
    }
}
