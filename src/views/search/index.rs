//! Building the index: the schema, one document per provision and per
//! jurisdiction profile, with their facets and normalised penalty figures.

use std::sync::Arc;

use tantivy::schema::{FAST, FacetOptions, INDEXED, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions};
use tantivy::{Index, ReloadPolicy, TantivyDocument};

use super::{DocKind, DocMeta, Fields, SearchIndex, analyzers, facet, glossary, group, highlight};
use crate::data::load::Atlas;
use crate::data::model::names::{label, repeat_escalation};
use crate::data::model::{Instrument, Jurisdiction, Provision};

impl SearchIndex {
    /// Builds the index from an atlas.
    pub fn build(atlas: &Atlas) -> tantivy::Result<Self> {
        let (index, fields) = schema();
        let mut writer = index.writer_with_num_threads(1, 50_000_000)?;
        let mut meta = Vec::new();
        for (ji, j) in atlas.jurisdictions.iter().enumerate() {
            for (ii, inst) in j.instruments.iter().enumerate() {
                for (pi, p) in inst.provisions.iter().enumerate() {
                    let m = provision_meta(atlas, ji, ii, pi, inst, p);
                    writer.add_document(provision_doc(&fields, meta.len() as u64, j, inst, p, &m))?;
                    meta.push(m);
                }
            }
            let m = DocMeta {
                kind: DocKind::Profile,
                jurisdiction: ji,
                instrument: 0,
                provision: 0,
                prison_days: None,
                arrest_days: None,
                fine_usd: None,
                year: None,
            };
            writer.add_document(profile_doc(&fields, meta.len() as u64, j))?;
            meta.push(m);
        }
        writer.commit()?;
        let reader = index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into()?;
        let mut built = Self {
            index,
            reader,
            fields,
            meta,
            terms: highlight::Terms::default(),
            keys: Arc::new(Vec::new()),
            searched: Vec::new(),
            snippet_texts: Vec::new(),
            glossary: Vec::new(),
            field_counts: Default::default(),
            codes: atlas.jurisdictions.iter().map(|j| j.code.clone()).collect(),
            names: atlas.jurisdictions.iter().map(|j| j.name.clone()).collect(),
        };
        let searcher = built.reader.searcher();
        let native = built.fields.native_titles.iter();
        built.searched = std::iter::once(built.fields.title)
            .chain(built.fields.text.iter().chain(native).map(|(_, f)| *f).filter(|f| {
                searcher
                    .segment_readers()
                    .iter()
                    .any(|r| r.inverted_index(*f).is_ok_and(|ii| ii.terms().num_terms() > 0))
            }))
            .collect();
        built.field_counts = super::scoring::FieldCounts::count(&searcher, &built.searched)?;
        built.keys = Arc::new(
            built
                .meta
                .iter()
                .map(|m| group::DocKey {
                    jurisdiction: m.jurisdiction as u32,
                    prison: m.prison_days,
                    arrest: m.arrest_days,
                    fine: m.fine_usd,
                    year: m.year,
                })
                .collect(),
        );
        built.snippet_texts = (0..built.meta.len())
            .map(|no| built.analyse_snippet_texts(atlas, no))
            .collect();
        built.glossary = glossary::ENTRIES
            .iter()
            .map(|(english, triggers)| {
                let analysed = triggers
                    .iter()
                    .map(|(lang, words)| (*lang, words.split_whitespace().map(|w| built.tokens(lang, w)).collect()))
                    .collect();
                (*english, analysed)
            })
            .collect();
        Ok(built)
    }
}

/// The index's schema: a title, one text field and one title field per
/// language analyzer, the facets and the penalty figures; the index in RAM
/// with the analyzers registered.
fn schema() -> (Index, Fields) {
    let mut sb = Schema::builder();
    let text_opts = |analyzer: &str| {
        TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(analyzer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let doc_no = sb.add_u64_field("doc_no", FAST | STORED);
    let facets = sb.add_facet_field("facets", FacetOptions::default());
    let title = sb.add_text_field("title", text_opts("text_en"));
    let mut text = Vec::new();
    let mut native_titles = Vec::new();
    let analyzers = analyzers::STEMMED.iter().map(|(code, _)| format!("text_{code}"));
    for name in analyzers.chain(std::iter::once("text_other".to_owned())) {
        let field = sb.add_text_field(&name, text_opts(&name));
        let native = sb.add_text_field(&name.replacen("text_", "title_", 1), text_opts(&name));
        text.push((name.clone(), field));
        native_titles.push((name, native));
    }
    let prison = sb.add_f64_field("max_prison_days", FAST | INDEXED);
    let arrest = sb.add_f64_field("max_arrest_days", FAST | INDEXED);
    let fine = sb.add_f64_field("max_fine_usd", FAST | INDEXED);
    let year = sb.add_i64_field("year_in_force", FAST | INDEXED);
    let index = Index::create_in_ram(sb.build());
    analyzers::register(&index);
    let fields = Fields {
        doc_no,
        facets,
        title,
        text,
        native_titles,
        prison,
        arrest,
        fine,
        year,
    };
    (index, fields)
}

pub(super) fn max_of(values: impl Iterator<Item = Option<f64>>) -> Option<f64> {
    values
        .flatten()
        .fold(None, |acc: Option<f64>, v| Some(acc.map_or(v, |a| a.max(v))))
}

pub(super) fn provision_meta(
    atlas: &Atlas,
    ji: usize,
    ii: usize,
    pi: usize,
    inst: &Instrument,
    p: &Provision,
) -> DocMeta {
    let norm: Vec<_> = p.penalties.iter().map(|t| atlas.reference.normalise(t)).collect();
    let year = inst
        .dates
        .in_force
        .or(inst.dates.adopted)
        .or(inst.dates.introduced)
        .map(|d| i64::from(d.year));
    DocMeta {
        kind: DocKind::Provision,
        jurisdiction: ji,
        instrument: ii,
        provision: pi,
        prison_days: max_of(norm.iter().map(|n| n.imprisonment_max_days)),
        arrest_days: max_of(norm.iter().map(|n| n.arrest_max_days)),
        fine_usd: max_of(norm.iter().map(|n| n.fine_max_usd)),
        year,
    }
}

pub(super) fn add_text(doc: &mut TantivyDocument, fields: &Fields, lang: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    let name = analyzers::analyzer_for(lang);
    if let Some((_, f)) = fields.text.iter().find(|(n, _)| *n == name) {
        doc.add_text(*f, text);
    }
}

/// Adds a title in its own language to that language's title field.
pub(super) fn add_native_title(doc: &mut TantivyDocument, fields: &Fields, lang: &str, text: &str) {
    let name = analyzers::analyzer_for(lang);
    if let Some((_, f)) = fields.native_titles.iter().find(|(n, _)| *n == name) {
        doc.add_text(*f, text);
    }
}

pub(super) fn add_facets(
    doc: &mut TantivyDocument,
    fields: &Fields,
    dim: &str,
    values: impl IntoIterator<Item = String>,
) {
    for v in values {
        doc.add_facet(fields.facets, facet(dim, &v));
    }
}

pub(super) fn jurisdiction_facets(doc: &mut TantivyDocument, fields: &Fields, j: &Jurisdiction, kind: DocKind) {
    add_facets(doc, fields, "region", [label(&j.region)]);
    add_facets(doc, fields, "jurisdiction", [j.code.clone()]);
    add_facets(doc, fields, "kind", [label(&kind)]);
}

pub(super) fn provision_doc(
    fields: &Fields,
    no: u64,
    j: &Jurisdiction,
    inst: &Instrument,
    p: &Provision,
    m: &DocMeta,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.doc_no, no);
    doc.add_text(
        fields.title,
        format!("{} {} — {} ({})", p.article, p.title, inst.title, j.name),
    );
    add_text(&mut doc, fields, "en", &provision_english(j, inst, p));
    let orig = inst.original_language.as_deref().unwrap_or("other");
    // The provision's own-language title weighs as a title does, so that a
    // legislator typing the offence's name in Russian finds it first.
    if let Some(t) = p.title_original.as_deref() {
        add_native_title(&mut doc, fields, orig, t);
    }
    if let Some(t) = inst.title_original.as_deref() {
        add_text(&mut doc, fields, orig, t);
    }
    if let Some(e) = &p.excerpt {
        add_text(&mut doc, fields, &e.lang, &e.text);
    }
    for n in &j.native_names {
        add_text(&mut doc, fields, &n.lang, &n.name);
    }

    jurisdiction_facets(&mut doc, fields, j, DocKind::Provision);
    let mut liabilities: Vec<String> = p
        .penalties
        .iter()
        .filter_map(|t| t.liability.as_ref())
        .map(label)
        .collect();
    liabilities.push(label(&p.liability));
    liabilities.sort();
    liabilities.dedup();
    add_facets(&mut doc, fields, "liability", liabilities);
    add_facets(&mut doc, fields, "offence_kind", [label(&p.offence_kind)]);
    add_facets(
        &mut doc,
        fields,
        "prosecution",
        p.prosecution.as_ref().and_then(|x| x.kind).map(|k| label(&k)),
    );
    add_facets(&mut doc, fields, "setting", p.settings.iter().map(label));
    add_facets(&mut doc, fields, "conduct", p.conduct.iter().map(label));
    add_facets(&mut doc, fields, "status", [label(&inst.status)]);
    add_facets(&mut doc, fields, "instrument_kind", [label(&inst.kind)]);
    add_facets(
        &mut doc,
        fields,
        "repeat_escalation",
        [repeat_escalation(p).to_string()],
    );
    if let Some(v) = m.prison_days {
        doc.add_f64(fields.prison, v);
    }
    if let Some(v) = m.arrest_days {
        doc.add_f64(fields.arrest, v);
    }
    if let Some(v) = m.fine_usd {
        doc.add_f64(fields.fine, v);
    }
    if let Some(v) = m.year {
        doc.add_i64(fields.year, v);
    }
    doc
}

/// A provision's English text: the summary and the labels of the structured
/// facts, so that "stalking" or "workplace" find provisions tagged so.
/// Contributors' `notes` are left out: they are mostly about sources ("not
/// recorded", "cross-checked in…"), and words like "recorded" would match everything.
fn provision_english(j: &Jurisdiction, inst: &Instrument, p: &Provision) -> String {
    let mut en = vec![p.summary.clone()];
    en.extend(p.protected_note.clone());
    en.extend(p.penalties_note.clone());
    en.extend(p.prosecution.as_ref().and_then(|x| x.note.clone()));
    en.extend(p.escalation.as_ref().map(|e| e.condition.clone()));
    en.extend(
        p.penalties
            .iter()
            .flat_map(|t| {
                [
                    Some(t.label.clone()),
                    t.note.clone(),
                    t.training.clone(),
                    t.other.clone(),
                ]
            })
            .flatten(),
    );
    let tags: Vec<String> = [label(&p.offence_kind), label(&p.liability), label(&inst.kind)]
        .into_iter()
        .chain(p.conduct.iter().map(label))
        .chain(p.settings.iter().map(label))
        .chain(p.protected.iter().map(label))
        .map(|s| s.replace('_', " "))
        .collect();
    en.push(tags.join(" "));
    en.push(j.name.clone());
    en.join("\n")
}

pub(super) fn profile_doc(fields: &Fields, no: u64, j: &Jurisdiction) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.doc_no, no);
    doc.add_text(fields.title, format!("{} profile", j.name));
    let mut en = vec![j.name.clone(), j.notes.clone(), j.sub_region.clone()];
    en.extend(j.no_harassment_offence.as_ref().map(|a| a.note.clone()));
    en.extend(j.statistics.iter().map(|s| s.description.clone()));
    en.extend(j.employer_duties.as_ref().map(|e| {
        format!(
            "employer duties {} {}",
            e.summary,
            e.sanctions.clone().unwrap_or_default()
        )
    }));
    en.extend(j.evidence.iter().map(|e| format!("{} {}", e.topic, e.note)));
    en.extend(j.remedies.iter().map(|r| r.note.clone()));
    add_text(&mut doc, fields, "en", &en.join("\n"));
    for n in &j.native_names {
        add_text(&mut doc, fields, &n.lang, &n.name);
    }
    jurisdiction_facets(&mut doc, fields, j, DocKind::Profile);
    doc
}
