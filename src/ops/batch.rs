//! Batch requests for IT desks: a CSV (as Excel saves it: UTF-8 with or without BOM, or CP932)
//! with a header row and one mail certificate per row → one CSR per row, named after the
//! mailbox. Every row is validated on its own; a bad row is reported with its line number and
//! does not stop the others.

use crate::pki::input::InputError;
use crate::pki::key::{HashAlg, KeySpec};
use crate::pki::profile::{Extras, Profile, SmimeChoice, Usage};
use crate::pki::request::{SmimeForm, SmimeRequest};

/// One row, validated, with its line number in the file (header = line 1).
#[derive(Clone, Debug)]
pub struct Row {
    pub line: usize,
    pub request: SmimeRequest,
}

/// Why a row (or the whole file) was refused.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("the CSV could not be read")]
    Unreadable,
    #[error("required column {0} is missing")]
    MissingColumn(&'static str),
    #[error("line {line}: {error}")]
    Row { line: usize, error: InputError },
    #[error("line {line}: not a CSV row")]
    BadRow { line: usize },
}

/// Text from Excel's CSV: UTF-8 (BOM or not) when valid, else CP932 (Japanese Windows).
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => encoding_rs::SHIFT_JIS.decode(bytes).0.into_owned(),
    }
}

fn column(header: &csv::StringRecord, names: &[&str]) -> Option<usize> {
    header.iter().position(|h| {
        let h = h.trim().to_lowercase();
        names.iter().any(|n| h == *n)
    })
}

/// Parses and validates every row. The outer error is for the file as a whole; each row is
/// either a request or its own error.
pub fn parse(bytes: &[u8]) -> Result<Vec<Result<Row, BatchError>>, BatchError> {
    let text = decode(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|_| BatchError::Unreadable)?
        .clone();
    let email = column(&header, &["email", "mail", "メールアドレス"])
        .ok_or(BatchError::MissingColumn("email"))?;
    let org = column(&header, &["organization", "org", "組織名"])
        .ok_or(BatchError::MissingColumn("organization"))?;
    let profile = column(&header, &["profile", "プロファイル"]);
    let usage = column(&header, &["usage", "証明書の使用"]);
    let key = column(&header, &["key", "鍵の種類"]);
    let mut out = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let line = i + 2;
        let Ok(rec) = rec else {
            out.push(Err(BatchError::BadRow { line }));
            continue;
        };
        if rec.iter().all(|f| f.is_empty()) {
            continue; // Excel's trailing empty lines
        }
        let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).filter(|v| !v.is_empty());
        let row = (|| -> Result<Row, InputError> {
            let choice = SmimeChoice {
                profile: get(profile)
                    .map(Profile::parse)
                    .transpose()?
                    .unwrap_or_default(),
                usage: get(usage)
                    .map(Usage::parse)
                    .transpose()?
                    .unwrap_or_default(),
                extras: Extras::default(),
            };
            let key = get(key)
                .map(KeySpec::parse)
                .transpose()
                .map_err(|e| InputError::from_key_error(crate::pki::input::Field::KeyType, &e))?;
            let form = SmimeForm {
                emails: vec![get(Some(email)).unwrap_or("").to_owned()],
                organization: get(Some(org)).unwrap_or("").to_owned(),
                // A batch has no voucher column: each row's sheet starts from CertCentral.
                purchase: Default::default(),
                choice,
                key,
                hash: None::<HashAlg>,
            };
            Ok(Row {
                line,
                request: form.validate()?.value,
            })
        })();
        out.push(row.map_err(|error| BatchError::Row { line, error }));
    }
    Ok(out)
}

/// The CSR file name for a mailbox: the address itself, made safe for every file system.
pub fn csr_file_name(email: &str) -> String {
    let safe: String = email
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '-' | '_' | '+') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.csr")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_cp932_and_line_numbers() {
        let csv = "\u{feff}email,organization,profile,key\r\ntaro@example.co.jp,テスト株式会社,,\r\nbad-address,テスト株式会社,,\r\nhanako@example.co.jp,テスト株式会社,multipurpose,p256\r\n,,,\r\n";
        let rows = parse(csv.as_bytes()).unwrap();
        assert_eq!(rows.len(), 3);
        assert!(rows[0].is_ok());
        assert!(matches!(&rows[1], Err(BatchError::Row { line: 3, .. })));
        let r = rows[2].as_ref().unwrap();
        assert_eq!((r.line, r.request.key), (4, KeySpec::EcP256));
        let (cp932, _, _) = encoding_rs::SHIFT_JIS
            .encode("メールアドレス,組織名\ntaro@example.co.jp,髙﨑商事株式会社\n");
        let rows = parse(&cp932).unwrap();
        assert_eq!(
            rows[0].as_ref().unwrap().request.organization,
            "髙﨑商事株式会社"
        );
    }

    #[test]
    fn missing_column_is_refused() {
        assert!(matches!(
            parse(b"email\nx@example.jp\n"),
            Err(BatchError::MissingColumn("organization"))
        ));
    }

    #[test]
    fn file_names() {
        assert_eq!(
            csr_file_name("taro@example.co.jp"),
            "taro@example.co.jp.csr"
        );
        assert_eq!(csr_file_name("a/b@example.jp"), "a_b@example.jp.csr");
    }
}
