//! Crash-safe file replacement: write a temporary file in the same directory, fsync it, rename it
//! over the target, fsync the directory. A reader sees the old file or the new one, never half.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Prefix of in-flight temporary files; readers skip them.
pub const TEMP_PREFIX: &str = ".shomei-tmp-";

fn temp_path(dir: &Path) -> io::Result<PathBuf> {
    let mut rnd = [0u8; 8];
    getrandom_fill(&mut rnd)?;
    let hex: String = rnd.iter().map(|b| format!("{b:02x}")).collect();
    Ok(dir.join(format!("{TEMP_PREFIX}{hex}")))
}

fn getrandom_fill(buf: &mut [u8]) -> io::Result<()> {
    use rand_core::{OsRng, RngCore};
    OsRng
        .try_fill_bytes(buf)
        .map_err(|e| io::Error::other(e.to_string()))
}

/// Opens a new file: owner-only when `private`, else readable by others (a CSR, a certificate).
fn create_new(path: &Path, private: bool) -> io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(if private { 0o600 } else { 0o644 });
    }
    #[cfg(not(unix))]
    let _ = private;
    o.open(path)
}

/// Makes `dir` (and parents) exist; on Unix the leaf is private to the owner.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    if !dir.exists() {
        let mut b = fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            b.mode(0o700);
        }
        b.create(dir)?;
    }
    Ok(())
}

/// fsyncs a directory so a rename in it is durable (a no-op where the OS cannot).
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
    }
    Ok(())
}

/// Atomically replaces `path` with `bytes` (owner-only permissions on Unix), durably.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_mode(path, bytes, true)
}

/// [`write_atomic`] for files meant to be shared (CSRs, certificates): umask-style 0644.
pub fn write_public_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_mode(path, bytes, false)
}

fn write_atomic_mode(path: &Path, bytes: &[u8], private: bool) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = temp_path(&dir)?;
    let result = (|| {
        let mut f = create_new(&tmp, private)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        sync_dir(&dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Like [`write_atomic`] but never replaces: fails with `AlreadyExists` when `path` exists (a
/// hard link of the finished temporary file, which is exclusive; where the file system has no
/// hard links, an exclusive create of the target).
pub fn write_new_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = temp_path(&dir)?;
    let result = (|| {
        let mut f = create_new(&tmp, true)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        match fs::hard_link(&tmp, path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
            Err(_) => {
                let mut f = create_new(path, true)?;
                f.write_all(bytes)?;
                f.sync_all()?;
            }
        }
        sync_dir(&dir)
    })();
    let _ = fs::remove_file(&tmp);
    result
}

/// Removes a file durably (the directory entry is fsynced).
pub fn remove_durably(path: &Path) -> io::Result<()> {
    fs::remove_file(path)?;
    if let Some(dir) = path.parent() {
        sync_dir(dir)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_leaves_no_temp() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600
            );
        }
    }

    #[test]
    fn exclusive_write_never_replaces() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("r.json");
        write_new_atomic(&p, b"first").unwrap();
        let e = write_new_atomic(&p, b"second").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&p).unwrap(), b"first");
        assert_eq!(fs::read_dir(d.path()).unwrap().count(), 1, "temp left");
    }

    #[test]
    fn failed_write_leaves_target_alone() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("missing-dir").join("a.json");
        assert!(write_atomic(&p, b"x").is_err());
        assert!(!p.exists());
    }
}
