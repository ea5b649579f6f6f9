//! The CA's issuance mail itself → the files attached to it. Staff drag the mail, not the
//! attachment: a saved `.eml` (RFC 5322/MIME, parsed by `mail-parser`: encoded-word and RFC 2231
//! file names in ISO-2022-JP or Shift_JIS, base64, quoted-printable, forwarded `message/rfc822`)
//! or Outlook's `.msg` (a compound file read with `cfb`, attachments found by the stream names
//! of [MS-OXMSG]; an attached Outlook item is followed into its embedded message).
//!
//! Pure: bytes in, attachments (name + bytes) out, decoded in memory. Only attachments that can
//! hold a certificate are handed on (the zip, .p7b/.crt/.cer/.pem/.der, and .p12/.pfx/.key so
//! that those are refused like the files themselves); pictures, PDFs and the sender's S/MIME
//! signature (`smime.p7s`) are left out. Count, total size and nesting are capped; an attached
//! mail is opened here, so no attachment handed on is itself a mail.

use std::borrow::Cow;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use cfb::CompoundFile as Cfb; // over the bytes in memory, never a file on disk
use mail_parser::{ContentType, MessageParser, MimeHeaders, PartType};

/// How much one mail may hand on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Attachments handed on, across attached mails too.
    pub max_attachments: usize,
    /// Bytes of all attachments handed on, once decoded.
    pub max_total_bytes: u64,
}

/// Mails attached to mails (a forward of a forward …): deeper than this is refused.
pub const MAX_DEPTH: usize = 8;

/// One attached file that may hold certificates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// Its file name without any folder, control characters removed; `None` when unnamed.
    pub name: Option<String>,
    pub bytes: Vec<u8>,
}

#[derive(Clone, Copy, Debug, thiserror::Error, PartialEq, Eq)]
pub enum MailError {
    /// Nothing attached that could hold a certificate (often removed by a mail gateway).
    #[error("no certificate attached")]
    NoCertificate,
    /// The attachments are packed in Outlook's winmail.dat (TNEF), which is not unpacked.
    #[error("attachments packed in winmail.dat")]
    Winmail,
    /// S/MIME encrypted (or opaque-signed): the attachments cannot be reached.
    #[error("encrypted or opaque-signed mail")]
    Protected,
    /// A multipart without its closing boundary: the mail was cut off.
    #[error("mail cut off")]
    Truncated,
    /// Not readable as a mail (a damaged .msg, or MIME that does not parse).
    #[error("damaged mail")]
    Damaged,
    /// More attachments, bytes or nesting than a CA's mail ever has.
    #[error("mail too large")]
    TooLarge,
}

/// What kind of mail the bytes are, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Eml,
    Msg,
}

const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Header names that say "this is a mail" (one is enough once every line is header-shaped).
const MAIL_HEADERS: &[&str] = &[
    "from",
    "to",
    "subject",
    "date",
    "mime-version",
    "content-type",
    "received",
    "return-path",
    "message-id",
    "delivered-to",
];

/// Recognizes a mail without parsing it: a compound file (checked for MAPI streams when read),
/// or text whose first lines up to the blank line are all header fields, one of them a mail's.
/// PEM files (a BEGIN line, `Bag Attributes`, OpenSSL's `Certificate:` dump) are not.
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(CFB_MAGIC) {
        return Some(Kind::Msg);
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut lines = head.split(|&b| b == b'\n').peekable();
    // An mbox "From " separator some programs leave on a saved mail.
    if lines.peek().is_some_and(|l| l.starts_with(b"From ")) {
        lines.next();
    }
    let mut known = false;
    let mut fields = 0;
    for line in lines.take(500) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            if fields == 0 {
                return None;
            }
            continue;
        }
        let colon = line.iter().position(|&b| b == b':')?;
        let name = &line[..colon];
        if name.is_empty() || !name.iter().all(|b| b.is_ascii_graphic()) {
            return None;
        }
        fields += 1;
        let name = String::from_utf8_lossy(name).to_ascii_lowercase();
        known |= MAIL_HEADERS.contains(&name.as_str());
    }
    (fields > 0 && known).then_some(Kind::Eml)
}

/// The attachments of a mail that may hold certificates; `None` when the bytes are not a mail.
pub fn attachments(bytes: &[u8], limits: &Limits) -> Option<Result<Vec<Attachment>, MailError>> {
    let kind = sniff(bytes)?;
    if kind == Kind::Msg && !is_outlook_item(bytes) {
        return None; // another compound file (.doc, .xls …): not ours to read
    }
    let mut walk = Walk {
        limits: *limits,
        total: 0,
        found: Vec::new(),
        winmail: false,
    };
    if let Err(e) = walk.mail(bytes, MAX_DEPTH) {
        return Some(Err(e));
    }
    Some(if !walk.found.is_empty() {
        Ok(walk.found)
    } else if walk.winmail {
        Err(MailError::Winmail)
    } else {
        Err(MailError::NoCertificate)
    })
}

/// An Outlook item's compound file has a property stream at its root ([MS-OXMSG] 2.4).
fn is_outlook_item(bytes: &[u8]) -> bool {
    match Cfb::open(Cursor::new(bytes)) {
        Ok(cf) => cf.is_stream("/__properties_version1.0"),
        Err(_) => true, // damaged: said so when read
    }
}

struct Walk {
    limits: Limits,
    total: u64,
    found: Vec<Attachment>,
    winmail: bool,
}

/// What one attached part is, from its name and MIME type.
enum Role {
    /// May hold certificates (or is a key/.p12 to be refused): handed on.
    Certificates,
    /// An attached mail: opened here.
    Mail,
    /// The sender's S/MIME signature: not the certificate being imported.
    Signature,
    /// S/MIME encrypted or opaque-signed content.
    Protected,
    /// Outlook's TNEF.
    Winmail,
    /// Anything else (pictures, PDFs, the body): skipped.
    Other,
}

const CERT_EXTENSIONS: &[&str] = &[
    ".zip", ".crt", ".cer", ".pem", ".p7b", ".p7c", ".der", ".p12", ".pfx", ".key",
];
const CERT_TYPES: &[&str] = &[
    "application/zip",
    "application/x-zip-compressed",
    "application/x-zip",
    "application/pkix-cert",
    "application/x-x509-ca-cert",
    "application/x-x509-user-cert",
    "application/x-x509-cert",
    "application/x-pem-file",
    "application/x-pkcs7-certificates",
    "application/pkcs7-certificates",
    "application/x-pkcs12",
    "application/pkcs12",
];

fn role(name: Option<&str>, mime: &str, smime_type: Option<&str>, bytes: &[u8]) -> Role {
    let lower = name.unwrap_or("").to_ascii_lowercase();
    let mime = mime.to_ascii_lowercase();
    if sniff(bytes).is_some() {
        return Role::Mail;
    }
    if mime.ends_with("pkcs7-signature") || lower.ends_with(".p7s") {
        return Role::Signature;
    }
    if mime == "application/ms-tnef" || lower == "winmail.dat" {
        return Role::Winmail;
    }
    let certs_only = smime_type.is_some_and(|t| t.eq_ignore_ascii_case("certs-only"))
        || lower.ends_with(".p7c")
        || lower.ends_with(".p7b");
    if (mime.ends_with("pkcs7-mime") || lower.ends_with(".p7m")) && !certs_only {
        return Role::Protected;
    }
    if CERT_EXTENSIONS.iter().any(|x| lower.ends_with(x))
        || CERT_TYPES.contains(&mime.as_str())
        || mime.ends_with("pkcs7-mime")
    {
        return Role::Certificates;
    }
    Role::Other
}

impl Walk {
    fn mail(&mut self, bytes: &[u8], depth: usize) -> Result<(), MailError> {
        if depth == 0 {
            return Err(MailError::TooLarge);
        }
        match sniff(bytes) {
            Some(Kind::Msg) => self.msg(bytes, depth),
            Some(Kind::Eml) => self.eml(bytes, depth),
            None => Err(MailError::Damaged),
        }
    }

    fn attached(
        &mut self,
        name: Option<&str>,
        mime: &str,
        smime_type: Option<&str>,
        bytes: &[u8],
        depth: usize,
    ) -> Result<(), MailError> {
        match role(name, mime, smime_type, bytes) {
            Role::Mail => self.mail(bytes, depth - 1),
            Role::Protected => Err(MailError::Protected),
            Role::Winmail => {
                self.winmail = true;
                Ok(())
            }
            Role::Signature | Role::Other => Ok(()),
            Role::Certificates => {
                self.total += bytes.len() as u64;
                if self.found.len() >= self.limits.max_attachments
                    || self.total > self.limits.max_total_bytes
                {
                    return Err(MailError::TooLarge);
                }
                self.found.push(Attachment {
                    name: name.map(base_name).filter(|n| !n.is_empty()),
                    bytes: bytes.to_vec(),
                });
                Ok(())
            }
        }
    }

    fn eml(&mut self, bytes: &[u8], depth: usize) -> Result<(), MailError> {
        let message = MessageParser::default()
            .parse(bytes)
            .ok_or(MailError::Damaged)?;
        self.eml_parts(&message, depth)
    }

    fn eml_parts(
        &mut self,
        message: &mail_parser::Message<'_>,
        depth: usize,
    ) -> Result<(), MailError> {
        let raw = message.raw_message();
        for part in &message.parts {
            let ctype = part.content_type();
            let mime = ctype.map_or(Cow::Borrowed("text/plain"), |c| match c.subtype() {
                Some(s) => Cow::Owned(format!("{}/{s}", c.ctype())),
                None => Cow::Borrowed(c.ctype()),
            });
            match &part.body {
                PartType::Multipart(_) => {
                    // The closing boundary must be there, or the mail was cut off on saving.
                    if let Some(boundary) = param(ctype, "boundary") {
                        let close = [b"--", boundary.as_bytes(), b"--"].concat();
                        if !raw.windows(close.len()).any(|w| w == close.as_slice()) {
                            return Err(MailError::Truncated);
                        }
                    }
                }
                PartType::Message(inner) => {
                    if depth <= 1 {
                        return Err(MailError::TooLarge);
                    }
                    self.eml_parts(inner, depth - 1)?;
                }
                PartType::Text(_)
                | PartType::Html(_)
                | PartType::Binary(_)
                | PartType::InlineBinary(_) => {
                    let name = part.attachment_name();
                    let smime_type = param(ctype, "SMIME-Type");
                    // The message's own text (no file name, a text type) is not an attachment.
                    if name.is_none() && mime.starts_with("text/") {
                        continue;
                    }
                    self.attached(name, &mime, smime_type, part.contents(), depth)?;
                }
            }
        }
        Ok(())
    }

    fn msg(&mut self, bytes: &[u8], depth: usize) -> Result<(), MailError> {
        let mut cf = Cfb::open(Cursor::new(bytes)).map_err(|_| MailError::Damaged)?;
        self.msg_storage(&mut cf, Path::new("/"), depth, bytes.len() as u64)
    }

    /// The attachments of the message in `storage` ([MS-OXMSG] 2.2.2: one
    /// `__attach_version1.0_#XXXXXXXX` storage each).
    fn msg_storage(
        &mut self,
        cf: &mut Cfb<Cursor<&[u8]>>,
        storage: &Path,
        depth: usize,
        file_len: u64,
    ) -> Result<(), MailError> {
        let attachments: Vec<PathBuf> = cf
            .read_storage(storage)
            .map_err(|_| MailError::Damaged)?
            .filter(|e| e.is_storage() && e.name().starts_with("__attach_version1.0_#"))
            .map(|e| e.path().to_path_buf())
            .collect();
        if attachments.len() > self.limits.max_attachments {
            return Err(MailError::TooLarge);
        }
        for at in attachments {
            // PidTagAttachDataObject: an attached Outlook item, itself a message storage.
            let embedded = at.join("__substg1.0_3701000D");
            if cf.is_storage(&embedded) {
                if depth <= 1 {
                    return Err(MailError::TooLarge);
                }
                self.msg_storage(cf, &embedded, depth - 1, file_len)?;
                continue;
            }
            // PidTagAttachDataBinary: the attached file's bytes.
            let data = at.join("__substg1.0_37010102");
            if !cf.is_stream(&data) {
                continue; // a link or an OLE object: no file to read
            }
            // No stream is longer than the file it is in (cfb checks every sector chain).
            let bytes = read_stream(cf, &data, file_len)?;
            // PidTagAttachLongFilename, else PidTagAttachFilename (8.3), else the display name.
            let name = ["3707", "3704", "3001"]
                .iter()
                .find_map(|id| msg_string(cf, &at, id));
            let mime = msg_string(cf, &at, "370E").unwrap_or_default();
            self.attached(name.as_deref(), &mime, None, &bytes, depth)?;
        }
        Ok(())
    }
}

fn read_stream(cf: &mut Cfb<Cursor<&[u8]>>, path: &Path, limit: u64) -> Result<Vec<u8>, MailError> {
    let stream = cf.open_stream(path).map_err(|_| MailError::Damaged)?;
    let mut buf = Vec::new();
    stream
        .take(limit)
        .read_to_end(&mut buf)
        .map_err(|_| MailError::Damaged)?;
    Ok(buf)
}

/// A string property of an attachment: PT_UNICODE (`001F`, UTF-16LE) or PT_STRING8 (`001E`, the
/// sender's code page: UTF-8 when valid, else CP932 as on Japanese Windows).
fn msg_string(cf: &mut Cfb<Cursor<&[u8]>>, at: &Path, id: &str) -> Option<String> {
    const MAX_NAME_BYTES: u64 = 4096;
    let unicode = at.join(format!("__substg1.0_{id}001F"));
    if cf.is_stream(&unicode) {
        let raw = read_stream(cf, &unicode, MAX_NAME_BYTES).ok()?;
        let units: Vec<u16> = raw
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        let s = String::from_utf16_lossy(&units);
        let s = s.trim_end_matches('\0');
        return (!s.is_empty()).then(|| s.to_owned());
    }
    let ansi = at.join(format!("__substg1.0_{id}001E"));
    if cf.is_stream(&ansi) {
        let raw = read_stream(cf, &ansi, MAX_NAME_BYTES).ok()?;
        let raw = raw.split(|&b| b == 0).next().unwrap_or(&[]);
        let s = match std::str::from_utf8(raw) {
            Ok(s) => s.to_owned(),
            Err(_) => encoding_rs::SHIFT_JIS.decode(raw).0.into_owned(),
        };
        return (!s.is_empty()).then_some(s);
    }
    None
}

/// A Content-Type parameter (names are case-insensitive, RFC 2045).
fn param<'a>(ctype: Option<&'a ContentType<'_>>, name: &str) -> Option<&'a str> {
    ctype?
        .attributes()?
        .iter()
        .find(|a| a.name.eq_ignore_ascii_case(name))
        .map(|a| a.value.as_ref())
}

/// A file name as shown in messages: no folder, no control characters.
fn base_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits {
        max_attachments: 4,
        max_total_bytes: 1024,
    };

    fn eml(parts: &str) -> Vec<u8> {
        eml_b("b1", parts)
    }

    fn eml_b(b: &str, parts: &str) -> Vec<u8> {
        format!(
            "From: DigiCert <admin@digicert.com>\r\nSubject: test\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"{b}\"\r\n\r\n\
             --{b}\r\nContent-Type: text/plain\r\n\r\nhello\r\n{parts}--{b}--\r\n"
        )
        .into_bytes()
    }

    fn part(name: &str, ctype: &str, body: &str) -> String {
        format!(
            "--b1\r\nContent-Type: {ctype}; name=\"{name}\"\r\n\
             Content-Disposition: attachment; filename=\"{name}\"\r\n\r\n{body}\r\n"
        )
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(&eml("")), Some(Kind::Eml));
        assert_eq!(sniff(b"From - Mon Nov 30\nFrom: a@b\n\nx"), Some(Kind::Eml));
        assert_eq!(sniff(CFB_MAGIC), Some(Kind::Msg));
        for not_mail in [
            &b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"[..],
            b"Bag Attributes\n    localKeyID: 01\nsubject=CN = x\n-----BEGIN CERTIFICATE-----\n",
            b"Certificate:\n    Data:\n        Version: 3 (0x2)\n",
            b"subject: x\n-----BEGIN CERTIFICATE-----\n",
            b"PK\x03\x04",
            b"\x30\x82\x01\x00",
            b"",
        ] {
            assert_eq!(
                sniff(not_mail),
                None,
                "{:?}",
                String::from_utf8_lossy(not_mail)
            );
        }
    }

    #[test]
    fn attachments_are_chosen_by_name_and_type() {
        let mail = eml(&[
            part(
                "ca.crt",
                "application/x-x509-ca-cert",
                "-----BEGIN CERTIFICATE-----",
            ),
            part("logo.png", "image/png", "png"),
            part("smime.p7s", "application/pkcs7-signature", "sig"),
            part("../../evil\u{7}.pem", "application/octet-stream", "pem"),
        ]
        .concat());
        let got = attachments(&mail, &LIMITS).unwrap().unwrap();
        let names: Vec<_> = got.iter().map(|a| a.name.clone().unwrap()).collect();
        assert_eq!(names, ["ca.crt", "evil.pem"]);
    }

    #[test]
    fn refusals_are_typed() {
        assert_eq!(
            attachments(&eml(""), &LIMITS),
            Some(Err(MailError::NoCertificate))
        );
        let winmail = eml(&part("winmail.dat", "application/ms-tnef", "x"));
        assert_eq!(
            attachments(&winmail, &LIMITS),
            Some(Err(MailError::Winmail))
        );
        let p7m = eml(&part(
            "smime.p7m",
            "application/pkcs7-mime; smime-type=enveloped-data",
            "x",
        ));
        assert_eq!(attachments(&p7m, &LIMITS), Some(Err(MailError::Protected)));
        let many = eml(&(0..5)
            .map(|i| part(&format!("{i}.crt"), "text/plain", "x"))
            .collect::<String>());
        assert_eq!(attachments(&many, &LIMITS), Some(Err(MailError::TooLarge)));
        let big = eml(&part("a.crt", "text/plain", &"x".repeat(2000)));
        assert_eq!(attachments(&big, &LIMITS), Some(Err(MailError::TooLarge)));
        let full = eml(&part("a.crt", "text/plain", "x"));
        let cut = &full[..full.len() - 12];
        assert_eq!(attachments(cut, &LIMITS), Some(Err(MailError::Truncated)));
        assert_eq!(attachments(b"-----BEGIN CERTIFICATE-----", &LIMITS), None);
    }

    #[test]
    fn nesting_is_bounded_and_attached_mails_are_opened() {
        let mut mail = eml(&part("a.crt", "text/plain", "x"));
        for level in 0..3 {
            let inner = String::from_utf8(mail).unwrap();
            let b = format!("level{level}");
            mail = eml_b(
                &b,
                &format!(
                    "--{b}\r\nContent-Type: application/octet-stream; name=\"fwd.eml\"\r\n\r\n{inner}\r\n"
                ),
            );
        }
        // Too deep is refused, not followed.
        let mut deep = eml(&part("a.crt", "text/plain", "x"));
        for level in 0..MAX_DEPTH {
            let inner = String::from_utf8(deep).unwrap();
            let b = format!("deep{level}");
            deep = eml_b(
                &b,
                &format!("--{b}\r\nContent-Type: message/rfc822\r\n\r\n{inner}\r\n"),
            );
        }
        assert_eq!(attachments(&deep, &LIMITS), Some(Err(MailError::TooLarge)));
        // Every level is opened; the attachment handed on is never a mail.
        let got = attachments(&mail, &LIMITS).unwrap().unwrap();
        assert_eq!(got.len(), 1);
        assert!(sniff(&got[0].bytes).is_none());
    }

    #[test]
    fn garbage_compound_files_are_damaged_not_panics() {
        let mut junk = CFB_MAGIC.to_vec();
        junk.extend(std::iter::repeat_n(0xFFu8, 2000));
        assert!(matches!(
            attachments(&junk, &LIMITS),
            Some(Err(MailError::Damaged)) | None
        ));
    }
}
