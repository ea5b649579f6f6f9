//! On Windows hosts, embeds the icon and the manifest (per-monitor DPI awareness v2, UTF-8 code
//! page) into shomei.exe. Nothing to do elsewhere.

fn main() {
    println!("cargo:rerun-if-changed=packaging/windows/shomei.rc");
    println!("cargo:rerun-if-changed=packaging/windows/shomei.exe.manifest");
    #[cfg(windows)]
    {
        if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
            embed_resource::compile("packaging/windows/shomei.rc", embed_resource::NONE)
                .manifest_optional()
                .ok();
        }
    }
}
