//! The bundled Japanese font (BIZ UDPGothic, OFL; full CP932 coverage incl. 髙 﨑 ㈱ and
//! half-width kana), so Japanese renders the same on every OS.

use std::sync::Arc;

const BIZ_UDP_GOTHIC: &[u8] = include_bytes!("../../assets/BIZUDPGothic-Regular.ttf");

/// Adds the Japanese font after egui's Latin fonts in both families.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "biz-udpgothic".to_owned(),
        Arc::new(egui::FontData::from_static(BIZ_UDP_GOTHIC)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("biz-udpgothic".to_owned());
    }
    ctx.set_fonts(fonts);
}
