//! Screenshots of every step, in both languages, from the real window: with
//! `SHOMEI_SCREENSHOT_DIR` set the app shows each step with sample data, captures the window
//! (eframe's own screenshot of what it rendered) and exits. `tests/screenshots.sh` runs it
//! under Xvfb. Sample data only: no vault is opened and nothing is written but the PNGs.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use zeroize::Zeroizing;

use super::wizard::{CsrInfo, P12Draft, Platform, RequestStatus, Row, SmimeDraft, Step};
use crate::i18n::Lang;
use crate::pki::profile::SmimeChoice;
use crate::pki::request::{Kind, SmimeForm};

const SAMPLE_CSR: &str = "-----BEGIN CERTIFICATE REQUEST-----\nMIICxjCCAa4CAQAwPDEcMBoGA1UECgwT44OG44K544OI5qCq5byP5Lya56S+MRww\n…\n-----END CERTIFICATE REQUEST-----\n";

/// The sample rows the home screen shows during the tour.
pub fn sample_rows() -> Vec<Row> {
    vec![
        Row {
            id: "20261122-1a2b3c4d".into(),
            made: "2026-11-22".into(),
            title: "taro@example.co.jp".into(),
            kind: Kind::Smime,
            key: "RSA 2048".into(),
            status: RequestStatus::Pending,
        },
        Row {
            id: "20251201-5e6f7a8b".into(),
            made: "2025-12-01".into(),
            title: "hanako@example.co.jp".into(),
            kind: Kind::Smime,
            key: "RSA 2048".into(),
            status: RequestStatus::Issued {
                not_before: 1_767_139_200, // 2025-12-31
                days_left: 9,
                not_after: 1_798_675_200, // 2026-12-31
            },
        },
        Row {
            id: "20260601-9c0d1e2f".into(),
            made: "2026-06-01".into(),
            title: "www.example.co.jp".into(),
            kind: Kind::Server,
            key: "ECDSA P-256".into(),
            status: RequestStatus::Issued {
                not_before: 1_780_272_000, // 2026-06-01
                days_left: 150,
                not_after: 1_811_808_000, // 2027-06-01
            },
        },
    ]
}

fn draft() -> SmimeDraft {
    SmimeDraft {
        emails: "taro@example.co.jp".into(),
        organization: "テスト株式会社".into(),
        choice: SmimeChoice::legacy_equivalent(),
        ..Default::default()
    }
}

/// Each screen to capture, by file name (the same typed steps in every language).
pub fn steps() -> Vec<(&'static str, Step)> {
    let request = SmimeForm {
        emails: vec!["taro@example.co.jp".into()],
        organization: "テスト株式会社".into(),
        choice: SmimeChoice::legacy_equivalent(),
        ..Default::default()
    }
    .validate()
    .map(|v| v.value);
    let today = time::OffsetDateTime::now_utc().date();
    let (Ok(request), Some(server_handoff)) = (request, server_sample_handoff(today)) else {
        return Vec::new();
    };
    let handoff = crate::ops::handoff(&crate::pki::request::Request::Smime(request), today);
    let p12 = P12Draft {
        id: "20261122-1a2b3c4d".into(),
        title: "taro@example.co.jp".into(),
        default_name: "taro_example_co_jp_2026.p12".into(),
        context: vec!["taro".into(), "example".into()],
        // What the generator makes: read out easily over the phone.
        password: Zeroizing::new("Tq4m-7dRe-hN2a".into()),
        confirm: Zeroizing::new("Tq4m-7dRe-hN2a".into()),
        show: true,
    };
    vec![
        ("01-home", Step::Home),
        ("02-details", Step::SmimeDetails(draft())),
        ("03-profile", Step::SmimeProfile(draft())),
        (
            "04-key",
            Step::KeyType(super::wizard::Draft::Smime(draft())),
        ),
        (
            "05-generating",
            Step::Generating {
                draft: super::wizard::Draft::Smime(draft()),
                progress: Some((1, 512)),
            },
        ),
        (
            "06-csr",
            Step::CsrReady(CsrInfo {
                id: "20261122-1a2b3c4d".into(),
                title: "taro@example.co.jp".into(),
                csr_pem: SAMPLE_CSR.into(),
                handoff: handoff.clone(),
                saved_to: None,
                copied: true,
                request: None,
            }),
        ),
        (
            "07-import",
            Step::ImportPick {
                typed_path: String::new(),
            },
        ),
        ("08-p12-password", Step::P12Password(p12.clone())),
        (
            "09-platform",
            Step::P12Platform {
                draft: p12,
                platform: Some(Platform::Thunderbird),
            },
        ),
        (
            "11-server",
            Step::ServerDetails(super::wizard::ServerDraft {
                common_name: "www.例え.jp".into(),
                sans: "mail.例え.jp".into(),
                www: true,
                www_auto: false,
                ..Default::default()
            }),
        ),
        (
            "12-server-subject",
            Step::ServerSubject(super::wizard::ServerDraft {
                common_name: "www.example.co.jp".into(),
                state: "Tokyo".into(),
                locality: "Chiyoda-ku".into(),
                organization: "Example Co., Ltd.".into(),
                ..Default::default()
            }),
        ),
        (
            "13-server-csr",
            Step::CsrReady(CsrInfo {
                id: "20261122-9c0d1e2f".into(),
                title: "www.example.co.jp".into(),
                csr_pem: SAMPLE_CSR.into(),
                handoff: server_handoff,
                saved_to: None,
                copied: false,
                request: None,
            }),
        ),
        (
            "15-request",
            Step::CsrReady(CsrInfo {
                id: "20261122-1a2b3c4d".into(),
                title: "taro@example.co.jp".into(),
                csr_pem: SAMPLE_CSR.into(),
                handoff: handoff.clone(),
                saved_to: None,
                copied: false,
                request: Some(super::wizard::RequestFacts {
                    made: "2026-11-22".into(),
                    key: "RSA 2048".into(),
                    status: RequestStatus::Pending,
                    deletable: true,
                    confirm_delete: true,
                }),
            }),
        ),
        (
            "14-inspect",
            Step::Inspect {
                typed_path: crate::folders::sample(Some("Downloads"), "request.csr"),
                password: Zeroizing::new(String::new()),
                result: Some(Box::new(sample_inspection())),
            },
        ),
        (
            "10-done",
            Step::ExportDone {
                files: vec![crate::folders::sample(None, "taro_example_co_jp_2026.p12").into()],
                platform: Platform::Thunderbird,
            },
        ),
    ]
}

fn server_sample_handoff(today: time::Date) -> Option<crate::ops::HandOff> {
    let form = crate::pki::request::ServerForm {
        common_name: "www.example.co.jp".into(),
        www: true,
        country: "JP".into(),
        state: "Tokyo".into(),
        locality: "Chiyoda-ku".into(),
        organization: "Example Co., Ltd.".into(),
        ..Default::default()
    };
    let v = form.validate().ok()?;
    Some(crate::ops::handoff(
        &crate::pki::request::Request::Server(v.value),
        today,
    ))
}

fn sample_inspection() -> crate::pki::inspect::Inspection {
    use crate::pki::cert::fields::NameEntry;
    use crate::pki::inspect::{CsrSummary, Inspection};
    Inspection::Csr(CsrSummary {
        kind: "server".into(),
        subject: vec![
            NameEntry {
                attr: "C".into(),
                value: "JP".into(),
            },
            NameEntry {
                attr: "O".into(),
                value: "Example Co., Ltd.".into(),
            },
            NameEntry {
                attr: "OU".into(),
                value: "IT".into(),
            },
            NameEntry {
                attr: "CN".into(),
                value: "www.example.co.jp".into(),
            },
        ],
        emails: vec![],
        dns_names: vec![],
        key: "RSA 1024".into(),
        key_bits: 1024,
        signature_algorithm: "sha256WithRSAEncryption".into(),
        signature_valid: true,
        key_usage: vec![],
        extended_key_usage: vec![],
        findings: vec![
            crate::pki::inspect::Finding::KeyTooSmall { bits: 1024 },
            crate::pki::inspect::Finding::HasOrganizationalUnit,
            crate::pki::inspect::Finding::NoSan,
        ],
    })
}

/// Drives the tour frame by frame.
pub struct Tour {
    dir: PathBuf,
    queue: Vec<(String, Lang, Step)>,
    frames: u32,
    pending: Option<Arc<AtomicBool>>,
}

impl Tour {
    pub fn new(dir: PathBuf) -> Tour {
        let mut queue = Vec::new();
        for lang in Lang::ALL {
            for (name, step) in steps() {
                queue.push((format!("{}-{name}.png", lang.code()), lang, step));
            }
        }
        queue.reverse();
        Tour {
            dir,
            queue,
            frames: 0,
            pending: None,
        }
    }

    /// What to show now (language and step); `None` when the tour is over.
    pub fn current(&self) -> Option<(Lang, &Step)> {
        self.queue.last().map(|(_, l, s)| (*l, s))
    }

    /// Called once per frame after drawing.
    pub fn after_frame(&mut self, ctx: &egui::Context) {
        ctx.request_repaint();
        if let Some(done) = &self.pending {
            if done.load(Ordering::SeqCst) {
                self.pending = None;
                self.queue.pop();
                self.frames = 0;
                if self.queue.is_empty() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            return;
        }
        self.frames += 1;
        // A few frames for layout and fonts to settle.
        if self.frames < 4 {
            return;
        }
        let Some((name, _, _)) = self.queue.last() else {
            return;
        };
        let path = self.dir.join(name);
        let done = Arc::new(AtomicBool::new(false));
        let flag = done.clone();
        ctx.request_screenshot(move |img| {
            let [w, h] = img.size;
            let rgba: Vec<u8> = img.pixels.iter().flat_map(|c| c.to_array()).collect();
            if let Some(buf) = image::RgbaImage::from_raw(w as u32, h as u32, rgba)
                && let Err(e) = buf.save(&path)
            {
                eprintln!("{}: {e}", path.display());
            }
            flag.store(true, Ordering::SeqCst);
        });
        self.pending = Some(done);
    }
}
