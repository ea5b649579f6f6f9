//! The prime search behind RSA key generation.
//!
//! Every worker walks its own random window of odd numbers, sieved by the odd primes below 2^20
//! (and by p ≡ 1 mod e), and gives each survivor one Miller–Rabin round to base 2. A survivor that
//! passes is confirmed by [`MR_ROUNDS`] more rounds with random bases and a strong Lucas test —
//! as many rounds as `num_bigint_dig::prime::probably_prime(20)`, which the `rsa` crate uses, with
//! `crypto-primes`' Miller–Rabin and BPSW-2021 Lucas test on crypto-bigint's faster Montgomery
//! arithmetic — and those rounds are shared by whichever workers are free, so no core waits while
//! another finishes the last prime. The first two confirmed primes far enough apart are p and q.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::Duration;

use crypto_bigint::{BoxedUint, Odd};
use crypto_primes::hazmat::{AStarBase, LucasCheck, MillerRabin, lucas_test};
use num_bigint_dig::{BigUint, RandBigInt};
use num_traits::One;
use zeroize::{Zeroize, Zeroizing};

use super::key::{CancelToken, CryptoRngCoreSend, KeyError, KeygenProgress};

/// Random-base Miller–Rabin rounds a prime must pass after the base-2 round (as `rsa` 0.9).
const MR_ROUNDS: usize = 20;
/// The sieve removes multiples of every odd prime below this before any costly test.
const SIEVE_LIMIT: usize = 1 << 20;
/// Odd numbers in one window (start, start + 2, …): a prime of 2048 bits turns up within the
/// first ~710 on average, so a window is almost never used up.
const WINDOW: usize = 1 << 12;

/// The odd primes below [`SIEVE_LIMIT`].
fn sieve_primes() -> &'static [u32] {
    static PRIMES: OnceLock<Vec<u32>> = OnceLock::new();
    PRIMES.get_or_init(|| {
        let mut composite = vec![false; SIEVE_LIMIT];
        let mut out = Vec::new();
        for i in 2..SIEVE_LIMIT {
            if !composite[i] {
                if i > 2 {
                    out.push(i as u32);
                }
                let mut j = i * i;
                while j < SIEVE_LIMIT {
                    composite[j] = true;
                    j += i;
                }
            }
        }
        out
    })
}

/// A big-endian number as 32-bit digits, most significant first.
fn digits32(be: &[u8]) -> Zeroizing<Vec<u32>> {
    let pad = (4 - be.len() % 4) % 4;
    let mut padded = Zeroizing::new(vec![0u8; pad]);
    padded.extend_from_slice(be);
    Zeroizing::new(
        padded
            .chunks_exact(4)
            .map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
    )
}

/// `x mod q` for x given as 32-bit digits, for eight small primes q < 2^20 at once — the
/// sieve's inner loop, run for every small prime on every window. Each Horner step's x < 2^52 is
/// exact in an f64, so x · (1/q) gives the quotient to within one, fixed by a compare (a division
/// instruction per step costs several times as much); eight independent chains keep the core busy.
fn residues8(digits: &[u32], qs: [u32; 8]) -> [u32; 8] {
    let q = qs.map(i64::from);
    let inv = q.map(|q| 1.0 / q as f64);
    let mut r = [0i64; 8];
    for &d in digits {
        for k in 0..8 {
            let x = (r[k] << 32) | i64::from(d);
            let m = x - (x as f64 * inv[k]) as i64 * q[k];
            r[k] = if m < 0 {
                m + q[k]
            } else if m >= q[k] {
                m - q[k]
            } else {
                m
            };
        }
    }
    r.map(|r| r as u32)
}

/// `x mod q` for one q (3 ≤ q < 2^20), x as 32-bit digits.
fn residue(digits: &[u32], q: u32) -> u32 {
    debug_assert!(q > 2 && q < 1 << 20);
    residues8(digits, [q; 8])[0]
}

/// The first index i with start + 2i ≡ target (mod q), given r = start mod q (q odd).
fn first_index(r: u64, q: u64, target: u64) -> usize {
    let need = (target + q - r) % q;
    ((need * q.div_ceil(2)) % q) as usize
}

/// A random run of odd `bits`-bit numbers with the top two bits set, sieved.
struct Window {
    start: BigUint,
    sieved_out: Vec<bool>,
    next: usize,
}

impl Window {
    fn draw(bits: usize, e: u32, rng: &mut dyn CryptoRngCoreSend) -> Window {
        let len = bits.div_ceil(8);
        let mut buf = Zeroizing::new(vec![0u8; len]);
        rng.fill_bytes(&mut buf);
        // Exactly `bits` long with the top two bits set, so p·q has exactly nlen bits.
        let top = bits % 8;
        if top == 0 {
            buf[0] |= 0xC0;
        } else {
            buf[0] &= (1u8 << top) - 1;
            if top >= 2 {
                buf[0] |= 3 << (top - 2);
            } else {
                buf[0] |= 1;
                if len > 1 {
                    buf[1] |= 0x80;
                }
            }
        }
        buf[len - 1] |= 1;
        let mut sieved_out = vec![false; WINDOW];
        let mut mark = |from: usize, step: usize| {
            let mut i = from;
            while i < WINDOW {
                sieved_out[i] = true;
                i += step;
            }
        };
        let digits = digits32(&buf);
        let primes = sieve_primes();
        let mut eights = primes.chunks_exact(8);
        for group in &mut eights {
            let qs = [0, 1, 2, 3, 4, 5, 6, 7].map(|k| group[k]);
            for (q, r) in qs.into_iter().zip(residues8(&digits, qs)) {
                mark(first_index(u64::from(r), u64::from(q), 0), q as usize);
            }
        }
        for &q in eights.remainder() {
            let r = u64::from(residue(&digits, q));
            mark(first_index(r, u64::from(q), 0), q as usize);
        }
        // e is prime, so gcd(e, p − 1) = 1 ⇔ p ≢ 1 (mod e).
        let r = u64::from(residue(&digits, e));
        mark(first_index(r, u64::from(e), 1), e as usize);
        Window {
            start: BigUint::from_bytes_be(&buf),
            sieved_out,
            next: 0,
        }
    }

    /// The next number the sieve left, or None when the window is used up.
    fn next_candidate(&mut self, bits: usize) -> Option<BigUint> {
        while self.next < WINDOW {
            let i = self.next;
            self.next += 1;
            if !self.sieved_out[i] {
                let c = &self.start + BigUint::from(2 * i as u64);
                // Past 2^bits − 1 only if the start was within 2·WINDOW of the top.
                return (c.bits() == bits).then_some(c);
            }
        }
        None
    }
}

impl Drop for Window {
    fn drop(&mut self) {
        self.start.zeroize();
    }
}

/// A number under test, in both representations: `rsa`'s (num-bigint-dig) and crypto-bigint's
/// for `crypto-primes`' Miller–Rabin and Lucas tests.
struct Candidate {
    n: BigUint,
    odd: Odd<BoxedUint>,
    mr: MillerRabin<BoxedUint>,
}

impl Candidate {
    /// None unless n is odd and > 3.
    fn new(n: BigUint) -> Option<Candidate> {
        if n <= BigUint::from(3u8) {
            return None;
        }
        let bytes = Zeroizing::new(n.to_bytes_be());
        let precision = u32::try_from(n.bits()).ok()?;
        let wide = BoxedUint::from_be_slice(&bytes, precision).ok()?;
        let odd = Option::<Odd<BoxedUint>>::from(Odd::new(wide))?;
        let mr = MillerRabin::new(odd.clone());
        Some(Candidate { n, odd, mr })
    }

    /// Miller–Rabin to base 2: false means n is composite.
    fn base_two(&self) -> bool {
        self.mr.test_base_two().is_probably_prime()
    }

    /// Miller–Rabin to `base` (in [2, n − 2]).
    fn miller_rabin(&self, base: &BigUint) -> bool {
        let bytes = Zeroizing::new(base.to_bytes_be());
        match BoxedUint::from_be_slice(&bytes, self.odd.bits_precision()) {
            Ok(b) => self.mr.test(&b).is_probably_prime(),
            Err(_) => false,
        }
    }

    /// A Miller–Rabin round with a base drawn uniformly from [2, n − 2].
    fn miller_rabin_random(&self, rng: &mut dyn CryptoRngCoreSend) -> bool {
        let n_minus_1 = &self.n - BigUint::one();
        let base = rng.gen_biguint_range(&BigUint::from(2u8), &n_minus_1);
        self.miller_rabin(&base)
    }

    /// The strong Lucas test that, with base-2 Miller–Rabin, makes Baillie–PSW (BPSW 2021).
    fn lucas(&self) -> bool {
        lucas_test(self.odd.clone(), AStarBase, LucasCheck::Bpsw21).is_probably_prime()
    }
}

impl Drop for Candidate {
    fn drop(&mut self) {
        // The crates' own temporaries are not ours to wipe (as with `rsa`'s own generation).
        self.n.zeroize();
    }
}

/// A candidate under confirmation: round 0 is the Lucas test, rounds 1..=MR_ROUNDS Miller–Rabin.
struct Check {
    id: u64,
    cand: Arc<Candidate>,
    handed_out: usize,
    finished: usize,
}

#[derive(Default)]
struct State {
    primes: Vec<BigUint>,
    checks: Vec<Check>,
    next_id: u64,
}

enum Job {
    Round {
        id: u64,
        cand: Arc<Candidate>,
        round: usize,
    },
    Search,
    Wait,
}

struct Pool<'a> {
    bits: usize,
    state: Mutex<State>,
    changed: Condvar,
    tried: AtomicU64,
    cancel: &'a CancelToken,
    progress: &'a (dyn Fn(KeygenProgress) + Sync),
}

impl Pool<'_> {
    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn finished(&self, st: &State) -> bool {
        st.primes.len() >= 2 || self.cancel.is_cancelled()
    }

    /// Confirmation rounds come first; searching only while fewer than two primes are found or
    /// being confirmed.
    fn next_job(&self) -> Option<Job> {
        let mut st = self.lock();
        if self.finished(&st) {
            return None;
        }
        if let Some(c) = st.checks.iter_mut().find(|c| c.handed_out <= MR_ROUNDS) {
            c.handed_out += 1;
            return Some(Job::Round {
                id: c.id,
                cand: Arc::clone(&c.cand),
                round: c.handed_out - 1,
            });
        }
        if st.primes.len() + st.checks.len() < 2 {
            Some(Job::Search)
        } else {
            Some(Job::Wait)
        }
    }

    fn wait(&self) {
        let st = self.lock();
        if !self.finished(&st) {
            // A timeout too, so a cancel is seen even if nobody notifies.
            let _ = self.changed.wait_timeout(st, Duration::from_millis(20));
        }
    }

    /// A candidate passed base 2: queue it for confirmation, unless two are already on the way.
    fn submit(&self, cand: Candidate) {
        let mut st = self.lock();
        if st.primes.len() + st.checks.len() >= 2 {
            return;
        }
        let id = st.next_id;
        st.next_id += 1;
        st.checks.push(Check {
            id,
            cand: Arc::new(cand),
            handed_out: 0,
            finished: 0,
        });
        drop(st);
        self.changed.notify_all();
    }

    fn round_done(&self, id: u64, passed: bool) {
        let mut st = self.lock();
        let Some(at) = st.checks.iter().position(|c| c.id == id) else {
            return; // already failed by another round
        };
        st.checks[at].finished += 1;
        if passed && st.checks[at].finished <= MR_ROUNDS {
            return;
        }
        let check = st.checks.remove(at);
        if passed {
            let p = check.cand.n.clone();
            // FIPS 186-5 B.3.1: |p − q| > 2^(nlen/2 − 100); p ≠ q follows.
            let far_enough = st.primes.iter().all(|q| {
                let diff = if &p > q { &p - q } else { q - &p };
                diff.bits() > self.bits - 100
            });
            if far_enough && st.primes.len() < 2 {
                st.primes.push(p);
                let report = KeygenProgress {
                    primes_found: st.primes.len() as u8,
                    candidates: self.tried.load(Ordering::Relaxed),
                };
                drop(st);
                self.changed.notify_all();
                (self.progress)(report);
                return;
            }
        }
        drop(st);
        self.changed.notify_all();
    }

    fn work(&self, e: u32, rng: &mut dyn CryptoRngCoreSend) {
        let mut window: Option<Window> = None;
        while let Some(job) = self.next_job() {
            match job {
                Job::Round { id, cand, round } => {
                    let passed = if round == 0 {
                        cand.lucas()
                    } else {
                        cand.miller_rabin_random(rng)
                    };
                    self.round_done(id, passed);
                }
                Job::Wait => self.wait(),
                Job::Search => {
                    let w = window.get_or_insert_with(|| Window::draw(self.bits, e, rng));
                    let Some(n) = w.next_candidate(self.bits) else {
                        window = None;
                        continue;
                    };
                    let tried = self.tried.fetch_add(1, Ordering::Relaxed) + 1;
                    if tried.is_multiple_of(8) {
                        let primes_found = self.lock().primes.len() as u8;
                        (self.progress)(KeygenProgress {
                            primes_found,
                            candidates: tried,
                        });
                    }
                    if let Some(cand) = Candidate::new(n).filter(Candidate::base_two) {
                        // The next prime must come from a fresh random start.
                        window = None;
                        self.submit(cand);
                    }
                }
            }
        }
    }
}

/// Finds two `bits`-bit primes p ≠ q with the top two bits set, gcd(e, p − 1) = gcd(e, q − 1) = 1
/// and |p − q| > 2^(bits − 100), on `workers` threads. Worker `i` draws from `rng(i)`, so one
/// worker with a seeded source always gives the same pair.
pub(crate) fn find_pair(
    bits: usize,
    e: u32,
    workers: usize,
    cancel: &CancelToken,
    progress: &(dyn Fn(KeygenProgress) + Sync),
    rng: &(dyn Fn(usize) -> Box<dyn CryptoRngCoreSend> + Sync),
) -> Result<(BigUint, BigUint), KeyError> {
    let pool = Pool {
        bits,
        state: Mutex::new(State::default()),
        changed: Condvar::new(),
        tried: AtomicU64::new(0),
        cancel,
        progress,
    };
    let workers = workers.max(1);
    std::thread::scope(|s| {
        for w in 1..workers {
            let pool = &pool;
            let mut r = rng(w);
            // A failed spawn only means fewer workers.
            let _ = std::thread::Builder::new()
                .name(format!("shomei-prime-{w}"))
                .spawn_scoped(s, move || pool.work(e, r.as_mut()));
        }
        pool.work(e, rng(0).as_mut());
        // Wake anyone waiting so the scope can end.
        pool.changed.notify_all();
    });
    if cancel.is_cancelled() {
        return Err(KeyError::Cancelled);
    }
    let mut st = pool.lock();
    match (st.primes.pop(), st.primes.pop()) {
        (Some(q), Some(p)) => Ok((p, q)),
        _ => Err(KeyError::Generation),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint_dig::prime::probably_prime;
    use num_traits::ToPrimitive;
    use rand_core::SeedableRng;

    fn seeded(i: usize) -> Box<dyn CryptoRngCoreSend> {
        Box::new(rand_chacha::ChaCha20Rng::seed_from_u64(7 + i as u64))
    }

    #[test]
    fn sieve_primes_are_the_odd_primes_below_the_limit() {
        let primes = sieve_primes();
        // π(2^20) = 82025, less the prime 2.
        assert_eq!(primes.len(), 82_024);
        assert_eq!(&primes[..5], &[3, 5, 7, 11, 13]);
        assert_eq!(*primes.last().unwrap(), 1_048_573);
        for &p in primes.iter().step_by(97) {
            assert!((2..p).take_while(|d| d * d <= p).all(|d| p % d != 0), "{p}");
        }
    }

    #[test]
    fn residue_matches_bigint_remainder() {
        let mut rng = seeded(0);
        for len in [1usize, 5, 64, 192, 256] {
            let mut buf = vec![0u8; len];
            rng.fill_bytes(&mut buf);
            let n = BigUint::from_bytes_be(&buf);
            let digits = digits32(&buf);
            for q in [3u32, 65_537, 131_071, 1_048_573, (1 << 20) - 1] {
                let expect = &n % BigUint::from(q);
                assert_eq!(
                    BigUint::from(residue(&digits, q)),
                    expect,
                    "len {len} q {q}"
                );
            }
            // Every digit at its largest: the estimate is at its worst.
            let ones = vec![0xFFu8; len];
            for q in [3u32, 999_983, 1_048_573] {
                let expect = BigUint::from_bytes_be(&ones) % BigUint::from(q);
                assert_eq!(BigUint::from(residue(&digits32(&ones), q)), expect);
            }
        }
    }

    /// The sieve leaves exactly the numbers no small prime divides and that are ≢ 1 (mod e).
    #[test]
    fn window_sieves_exactly_the_right_numbers() {
        let mut rng = seeded(1);
        let w = Window::draw(1024, 65_537, rng.as_mut());
        assert_eq!(w.start.bits(), 1024);
        let e = BigUint::from(65_537u32);
        for i in 0..600 {
            let c = &w.start + BigUint::from(2 * i as u64);
            let divisible = sieve_primes()
                .iter()
                .any(|&q| (&c % BigUint::from(q)) == BigUint::from(0u8));
            let one_mod_e = (&c % &e).is_one();
            assert_eq!(w.sieved_out[i], divisible || one_mod_e, "index {i}");
        }
    }

    fn cand(n: BigUint) -> Candidate {
        Candidate::new(n).unwrap()
    }

    #[test]
    fn primality_tests_on_known_numbers() {
        let mersenne = |e: usize| (BigUint::one() << e) - BigUint::one();
        // 2^127 − 1 and 2^521 − 1 are prime: every test passes, whatever the base.
        for e in [127, 521] {
            let m = cand(mersenne(e));
            assert!(m.base_two() && m.lucas());
            let mut rng = seeded(2);
            assert!((0..10).all(|_| m.miller_rabin_random(rng.as_mut())));
        }
        // Strong pseudoprimes to base 2 pass that round; the Lucas test still catches them,
        // and so does a well-chosen base.
        for spsp in [2047u64, 3_215_031_751, 3_825_123_056_546_413_051] {
            let c = cand(BigUint::from(spsp));
            assert!(c.base_two(), "{spsp}");
            assert!(!c.lucas(), "{spsp}");
        }
        assert!(!cand(BigUint::from(2047u32)).miller_rabin(&BigUint::from(3u8)));
        // The Carmichael number 561 and a product of two large primes fail base 2.
        assert!(!cand(BigUint::from(561u32)).base_two());
        assert!(!cand(mersenne(127) * mersenne(89)).base_two());
        // Only odd numbers above 3 are candidates.
        for n in [0u32, 1, 3, 1024] {
            assert!(Candidate::new(BigUint::from(n)).is_none(), "{n}");
        }
        assert!(cand(BigUint::from(5u8)).base_two());
    }

    #[test]
    fn pair_meets_every_rule_and_the_crate_agrees_they_are_prime() {
        for workers in [1, 3] {
            let (p, q) =
                find_pair(512, 65_537, workers, &CancelToken::new(), &|_| {}, &seeded).unwrap();
            for x in [&p, &q] {
                assert_eq!(x.bits(), 512);
                assert_eq!(x >> 510usize, BigUint::from(3u8), "top two bits set");
                assert!(probably_prime(x, 20));
                assert!(!(x % BigUint::from(65_537u32)).is_one());
            }
            let diff = if p > q { &p - &q } else { &q - &p };
            assert!(diff.bits() > 512 - 100);
        }
    }

    /// The walk from a random start must not favour some primes' shapes: over 400 primes the
    /// bit below the two forced top bits, the lowest bits and the residues mod 3 and mod 5 are
    /// spread as for random primes (bounds at about four standard deviations; seeded, so the
    /// test is deterministic).
    #[test]
    fn primes_are_spread_like_random_primes() {
        let mut third_bit = 0;
        let mut bit1 = 0;
        let mut mod3 = [0usize; 3];
        let mut mod5 = [0usize; 5];
        for round in 0..200u64 {
            let rng = move |i: usize| -> Box<dyn CryptoRngCoreSend> {
                Box::new(rand_chacha::ChaCha20Rng::seed_from_u64(
                    1000 * round + i as u64,
                ))
            };
            let (p, q) = find_pair(256, 65_537, 1, &CancelToken::new(), &|_| {}, &rng).unwrap();
            for x in [p, q] {
                assert_eq!(x.bits(), 256);
                third_bit += usize::from(((&x >> 253usize) % 2u8).is_one());
                bit1 += usize::from(((&x >> 1usize) % 2u8).is_one());
                mod3[(&x % 3u8).to_usize().unwrap()] += 1;
                mod5[(&x % 5u8).to_usize().unwrap()] += 1;
            }
        }
        // Binomial(400, 1/2): mean 200, σ = 10.
        assert!((160..=240).contains(&third_bit), "{third_bit}");
        assert!((160..=240).contains(&bit1), "{bit1}");
        // A prime > 3 is 1 or 2 mod 3, each half the time; > 5: 1–4 mod 5, a quarter each.
        assert_eq!(mod3[0], 0);
        assert!(
            mod3[1..].iter().all(|&c| (160..=240).contains(&c)),
            "{mod3:?}"
        );
        assert_eq!(mod5[0], 0);
        // Binomial(400, 1/4): mean 100, σ ≈ 8.7.
        assert!(
            mod5[1..].iter().all(|&c| (65..=135).contains(&c)),
            "{mod5:?}"
        );
    }

    #[test]
    fn one_seeded_worker_is_reproducible_and_progress_counts_up() {
        let seen = Mutex::new(Vec::new());
        let progress = |p: KeygenProgress| seen.lock().unwrap().push(p.primes_found);
        let a = find_pair(768, 65_537, 1, &CancelToken::new(), &progress, &seeded).unwrap();
        let b = find_pair(768, 65_537, 1, &CancelToken::new(), &|_| {}, &seeded).unwrap();
        assert_eq!(a, b);
        let seen = seen.into_inner().unwrap();
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        assert_eq!(seen.last(), Some(&2));
    }

    #[test]
    fn cancelled_search_returns_cancelled() {
        let c = CancelToken::new();
        c.cancel();
        assert!(matches!(
            find_pair(2048, 65_537, 2, &c, &|_| {}, &seeded),
            Err(KeyError::Cancelled)
        ));
    }
}
