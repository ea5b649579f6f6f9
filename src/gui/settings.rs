//! Non-secret preferences (the language), remembered in `settings.json` beside the vault.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub lang: Option<Lang>,
}

impl Settings {
    /// Reads the settings; anything unreadable counts as defaults.
    pub fn load(dir: &Path) -> Settings {
        std::fs::read(dir.join("settings.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Saves atomically; failure only means the choice is not remembered.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        crate::vault::atomic::ensure_private_dir(dir)?;
        let json = serde_json::to_vec_pretty(self).unwrap_or_default();
        crate::vault::atomic::write_atomic(&dir.join("settings.json"), &json)
    }
}
