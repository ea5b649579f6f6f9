//! The files a user names: read with a size cap (a wrong or hostile file comes back fast), and
//! a destination checked before any key is made or any secret is written.

use std::path::{Path, PathBuf};

use super::Error;
use crate::pki::bundle::{BundleError, MAX_FILE_BYTES};

/// Reads a user-named file, refusing anything over [`MAX_FILE_BYTES`] without reading it all.
pub fn read_input(path: &Path) -> Result<Vec<u8>, Error> {
    use std::io::Read;
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    // A folder opens on some systems and not on others: said the same way everywhere.
    if path.is_dir() {
        return Err(read_error(std::io::ErrorKind::IsADirectory.into()));
    }
    let f = std::fs::File::open(path).map_err(read_error)?;
    let mut buf = Vec::new();
    f.take(MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(read_error)?;
    if buf.len() > MAX_FILE_BYTES {
        return Err(BundleError::TooLarge {
            file: path.display().to_string(),
        }
        .into());
    }
    Ok(buf)
}

/// Reads the files at `paths` for `import`, each named by its file name (what messages show).
pub fn read_inputs(paths: &[PathBuf]) -> Result<Vec<(String, Vec<u8>)>, Error> {
    paths
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string());
            Ok((name, read_input(p)?))
        })
        .collect()
}

/// What opening a file means (a double-click, or a file named when the window starts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A PKCS#12: it can only be inspected, and needs its password first.
    Pkcs12,
    /// A CSR: inspect it at once.
    Inspect,
    /// Anything else (certificates, the CA's zip or mail): import it into its request. When it
    /// belongs to no request here (`Error::ForeignCertificate`, `OnlyCaCertificates`), the face
    /// inspects it instead.
    Import,
}

/// Classifies a file's bytes for opening.
pub fn classify(bytes: &[u8]) -> FileKind {
    if crate::pki::inspect::is_pkcs12(bytes) {
        FileKind::Pkcs12
    } else if crate::pki::inspect::inspect(bytes).is_ok() {
        FileKind::Inspect
    } else {
        FileKind::Import
    }
}

/// A file about to be written must be a file name in a folder that exists.
pub fn check_destination(out: &Path) -> Result<PathBuf, Error> {
    if out.is_dir() {
        return Err(Error::DestinationIsDirectory {
            path: out.to_path_buf(),
        });
    }
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(Error::DestinationFolderMissing { path: parent });
    }
    Ok(out.to_path_buf())
}
