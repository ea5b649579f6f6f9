//! Long work off the UI thread: a named thread, a channel back, and a callback (the wizard's
//! `request_repaint`) so the window wakes up when the result is in. No egui dependency.

use std::sync::mpsc::{self, Receiver, TryRecvError};

/// Where a job is.
#[derive(Debug)]
pub enum Poll<T> {
    Pending,
    Done(T),
    /// The worker died without an answer (a panic): reported, never hidden.
    Lost,
}

/// A running job whose result is a `T`.
#[derive(Debug)]
pub struct Job<T> {
    rx: Receiver<T>,
    finished: bool,
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a thread named `shomei-{name}`; `wake` is called when it is done.
    pub fn spawn(
        name: &str,
        wake: impl Fn() + Send + 'static,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Job<T> {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name(format!("shomei-{name}"))
            .spawn(move || {
                let out = work();
                let _ = tx.send(out);
                wake();
            });
        if spawned.is_err() {
            // No thread: the receiver sees a closed channel and reports Lost.
        }
        Job {
            rx,
            finished: false,
        }
    }

    /// Non-blocking: the result once, then `Pending` forever after.
    pub fn poll(&mut self) -> Poll<T> {
        if self.finished {
            return Poll::Pending;
        }
        match self.rx.try_recv() {
            Ok(v) => {
                self.finished = true;
                Poll::Done(v)
            }
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => {
                self.finished = true;
                Poll::Lost
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delivers_once() {
        let mut j = Job::spawn("t", || {}, || 42);
        let v = loop {
            match j.poll() {
                Poll::Done(v) => break v,
                Poll::Pending => std::thread::sleep(std::time::Duration::from_millis(1)),
                Poll::Lost => panic!("lost"),
            }
        };
        assert_eq!(v, 42);
        assert!(matches!(j.poll(), Poll::Pending));
    }

    #[test]
    fn a_panicking_worker_is_reported() {
        let mut j: Job<u8> = Job::spawn("p", || {}, || panic!("boom"));
        let mut seen = false;
        for _ in 0..1000 {
            if let Poll::Lost = j.poll() {
                seen = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
        assert!(seen);
    }
}
