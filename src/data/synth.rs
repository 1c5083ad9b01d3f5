//! A synthetic atlas for scale benchmarks: the real data multiplied.
//!
//! Each real jurisdiction keeps its identity (so codes stay valid) and gets
//! `factor` copies of each of its instruments; every copy's provisions take
//! their summaries and excerpts from other provisions of the real atlas
//! (a fixed pseudo-random choice), so the distributions of instruments per
//! jurisdiction, provisions per instrument, tiers per provision and text
//! lengths follow the real files while the texts differ across documents.
//! Reference tables and standards are copied as they are.

use std::path::Path;

use anyhow::Context;

use crate::data::load::Atlas;
use crate::data::model::{Excerpt, Jurisdiction};

/// A small deterministic generator (xorshift64*), so runs are reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Writes an atlas `factor` times the size of `atlas` into `out`.
pub fn write(atlas: &Atlas, factor: usize, out: &Path) -> anyhow::Result<()> {
    let factor = factor.max(1);
    let texts: Vec<(String, Option<Excerpt>)> = atlas
        .jurisdictions
        .iter()
        .flat_map(|j| j.provisions())
        .map(|(_, p)| (p.summary.clone(), p.excerpt.clone()))
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    std::fs::create_dir_all(out.join("jurisdictions"))?;
    for sub in ["reference", "standards", "map"] {
        let from = atlas.dir.join(sub);
        if from.is_dir() {
            std::fs::create_dir_all(out.join(sub))?;
            for e in std::fs::read_dir(&from)? {
                let p = e?.path();
                if p.is_file() {
                    std::fs::copy(&p, out.join(sub).join(p.file_name().context("a file name")?))?;
                }
            }
        }
    }
    std::fs::copy(atlas.dir.join("atlas.toml"), out.join("atlas.toml"))?;
    for j in &atlas.jurisdictions {
        let mut big: Jurisdiction = j.clone();
        big.instruments.clear();
        for copy in 0..factor {
            for inst in &j.instruments {
                let mut i = inst.clone();
                if copy > 0 {
                    i.id = format!("{}-s{copy}", inst.id);
                    i.title = format!("{} (synthetic copy {copy})", inst.title);
                    for p in &mut i.provisions {
                        p.id = format!("{}-s{copy}", p.id);
                        let (summary, excerpt) = &texts[rng.below(texts.len())];
                        p.summary.clone_from(summary);
                        p.excerpt.clone_from(excerpt);
                        // The excerpt's source belongs to another file.
                        if let Some(e) = &mut p.excerpt {
                            e.source = None;
                        }
                        if let Some(e) = &mut p.escalation {
                            e.to = format!("{}-s{copy}", e.to);
                        }
                    }
                }
                big.instruments.push(i);
            }
        }
        // Provision references outside instruments point at the originals, which remain.
        let text = toml::to_string(&big).with_context(|| format!("serialising {}", j.code))?;
        std::fs::write(
            out.join("jurisdictions")
                .join(format!("{}.toml", j.code.to_lowercase())),
            text,
        )?;
    }
    Ok(())
}
