//! The user's own folders, for the examples and starting points the window shows: Downloads
//! (where the CA's mail attachment lands) and Documents (where a .p12 or CSR is saved) — on
//! Windows `C:\Users\<name>\Downloads` and `…\Documents` (the known folders, also when moved or
//! localized), on Linux the XDG user directories, on macOS `~/Downloads` and `~/Documents`.

use std::path::PathBuf;

/// The user's Downloads folder (else the home folder). `None` when there is no home at all.
pub fn downloads() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(dirs.download_dir().unwrap_or(dirs.home_dir()).to_path_buf())
}

/// The user's Documents folder (else the home folder).
pub fn documents() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf())
}

/// `file` in the user's Downloads folder, as a hint for a typed path.
pub fn example_download(file: &str) -> String {
    match downloads() {
        Some(d) => d.join(file).display().to_string(),
        None => file.to_string(),
    }
}

/// `file` in a fictitious user's folder (`Downloads`, `Documents`, or `None` for the home) in
/// this platform's layout, for the screenshot tour's sample data.
pub fn sample(folder: Option<&str>, file: &str) -> String {
    let home = if cfg!(windows) {
        r"C:\Users\taro"
    } else if cfg!(target_os = "macos") {
        "/Users/taro"
    } else {
        "/home/taro"
    };
    let mut p = PathBuf::from(home);
    p.extend(folder);
    p.push(file);
    p.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn samples_use_the_platforms_layout() {
        let p = sample(Some("Downloads"), "request.csr");
        if cfg!(windows) {
            assert_eq!(p, r"C:\Users\taro\Downloads\request.csr");
        } else if cfg!(target_os = "linux") {
            assert_eq!(p, "/home/taro/Downloads/request.csr");
        }
        assert!(Path::new(&sample(None, "a.p12")).ends_with("taro/a.p12") || cfg!(windows));
    }

    #[test]
    fn examples_end_in_the_file() {
        assert!(example_download("server.crt").ends_with("server.crt"));
    }
}
