//! Criterion benchmarks of the work users wait for: key generation (each size), CSR creation,
//! PKCS#12 export (both presets) and import parsing. `cargo bench --bench core`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use shomei::pki::csr;
use shomei::pki::key::{CancelToken, KeySpec, generate};
use shomei::pki::pkcs12::{P12Contents, Preset, build};
use shomei::pki::request::{Request, SmimeForm};

fn keygen(c: &mut Criterion) {
    let mut g = c.benchmark_group("keygen");
    g.sample_size(10);
    for spec in KeySpec::ALL {
        g.bench_function(spec.as_str(), |b| {
            b.iter(|| generate(black_box(spec), &CancelToken::new(), &|_| {}).map(|k| k.spec()))
        });
    }
    g.finish();
}

fn request() -> Request {
    Request::Smime(
        SmimeForm {
            emails: vec!["taro@example.co.jp".into()],
            organization: "テスト株式会社".into(),
            ..Default::default()
        }
        .validate()
        .map(|v| v.value)
        .unwrap_or_else(|_| unreachable!("a valid sample")),
    )
}

fn csr_and_p12(c: &mut Criterion) {
    let Ok(key) = generate(KeySpec::Rsa2048, &CancelToken::new(), &|_| {}) else {
        return;
    };
    let req = request();
    c.bench_function("csr/rsa2048", |b| {
        b.iter(|| csr::build(black_box(&req), &key).map(|c| c.der.len()))
    });
    let cert = include_bytes!("../data/sample-cert.der");
    for preset in [Preset::Modern, Preset::Compatible] {
        let contents = P12Contents {
            key_pkcs8: key.pkcs8_der(),
            leaf: cert,
            chain: &[],
            friendly_name: "taro@example.co.jp",
            local_key_id: &[1, 2, 3, 4],
        };
        c.bench_function(&format!("p12/{}", preset.as_str()), |b| {
            b.iter(|| build(black_box(&contents), "Kq7#mv2P!rTz", preset).map(|v| v.len()))
        });
    }
}

fn import(c: &mut Criterion) {
    let cert = include_bytes!("../data/sample-cert.der");
    let pem = {
        use base64::Engine;
        let b = base64::engine::general_purpose::STANDARD.encode(cert);
        format!("-----BEGIN CERTIFICATE-----\n{b}\n-----END CERTIFICATE-----\n")
    };
    let bundle = pem.repeat(3);
    c.bench_function("import/pem-bundle", |b| {
        b.iter(|| {
            shomei::pki::bundle::read_files(&[(
                "b.pem".to_owned(),
                black_box(bundle.as_bytes()).to_vec(),
            )])
            .map(|v| v.len())
        })
    });
    c.bench_function("import/der-parse", |b| {
        b.iter(|| shomei::pki::cert::Cert::parse(black_box(cert)).map(|c| c.not_after))
    });
}

criterion_group!(benches, keygen, csr_and_p12, import);
criterion_main!(benches);
