//! The wizard's background work in one registry: vault opening, key generation, import, export,
//! inspection, the server key's encryption, a double-clicked file. Each job runs on its own
//! named thread and answers with one [`Outcome`], settled like every other work's answer. A
//! job that dies answers too: its failure outcome, carrying the internal-error notice.

use std::sync::mpsc::{self, Receiver, Sender};

use crate::gui::wizard::Outcome;
use crate::i18n::Message;
use crate::jobs::{Job, Poll};
use crate::pki::key::CancelToken;

/// Which job; at most one of each kind runs at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JobKind {
    Vault,
    Open,
    Keygen,
    Import,
    Export,
    Inspect,
    ServerKey,
}

impl JobKind {
    fn name(self) -> &'static str {
        match self {
            JobKind::Vault => "vault",
            JobKind::Open => "open",
            JobKind::Keygen => "keygen",
            JobKind::Import => "import",
            JobKind::Export => "export",
            JobKind::Inspect => "inspect",
            JobKind::ServerKey => "keyfile",
        }
    }

    /// What the wizard must hear when this job dies without an answer.
    fn lost(self) -> Outcome {
        let m = Message::new("err-internal");
        match self {
            JobKind::Keygen => Outcome::KeygenFailed(m),
            JobKind::Import => Outcome::ImportFailed(m),
            JobKind::Export => Outcome::ExportFailed(m),
            JobKind::Inspect => Outcome::InspectFailed(m),
            JobKind::Vault | JobKind::Open | JobKind::ServerKey => Outcome::Failed(m),
        }
    }
}

/// How a running job tells the window about progress (e.g. primes found).
pub struct Reporter {
    tx: Sender<Outcome>,
    wake: egui::Context,
}

impl Reporter {
    pub fn report(&self, progress: Outcome) {
        let _ = self.tx.send(progress);
        self.wake.request_repaint();
    }
}

struct Running {
    kind: JobKind,
    job: Job<Outcome>,
    cancel: Option<CancelToken>,
}

/// Every job the window has started and not yet heard back from.
pub struct Jobs {
    running: Vec<Running>,
    progress_tx: Sender<Outcome>,
    progress_rx: Receiver<Outcome>,
}

impl Default for Jobs {
    fn default() -> Jobs {
        let (progress_tx, progress_rx) = mpsc::channel();
        Jobs {
            running: Vec::new(),
            progress_tx,
            progress_rx,
        }
    }
}

impl Jobs {
    /// Starts `work` off the UI thread, replacing (and cancelling) a job of the same kind. Its
    /// outcome arrives through [`Jobs::poll`]; the window is woken when it is ready. A job
    /// replaced or cancelled is no longer listened to: its late answer is never settled.
    pub fn start(
        &mut self,
        kind: JobKind,
        ctx: &egui::Context,
        cancel: Option<CancelToken>,
        work: impl FnOnce(&Reporter) -> Outcome + Send + 'static,
    ) {
        self.cancel(kind);
        let reporter = Reporter {
            tx: self.progress_tx.clone(),
            wake: ctx.clone(),
        };
        let wake = ctx.clone();
        let job = Job::spawn(
            kind.name(),
            move || wake.request_repaint(),
            move || work(&reporter),
        );
        self.running.push(Running { kind, job, cancel });
    }

    /// Stops listening to a job of this kind, and asks it to stop if it can.
    pub fn cancel(&mut self, kind: JobKind) {
        self.running.retain(|r| {
            if r.kind == kind
                && let Some(c) = &r.cancel
            {
                c.cancel();
            }
            r.kind != kind
        });
    }

    pub fn is_running(&self, kind: JobKind) -> bool {
        self.running.iter().any(|r| r.kind == kind)
    }

    pub fn busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// The outcomes that came back since the last frame: the latest progress report of each
    /// running job, then every finished job's answer.
    pub fn poll(&mut self) -> Vec<Outcome> {
        let mut out: Vec<Outcome> = Vec::new();
        let mut latest_progress = None;
        while let Ok(progress) = self.progress_rx.try_recv() {
            latest_progress = Some(progress);
        }
        if self.is_running(JobKind::Keygen) {
            out.extend(latest_progress);
        }
        let mut still = Vec::new();
        for mut r in self.running.drain(..) {
            match r.job.poll() {
                Poll::Pending => still.push(r),
                Poll::Done(outcome) => out.push(outcome),
                Poll::Lost => out.push(r.kind.lost()),
            }
        }
        self.running = still;
        out
    }
}
