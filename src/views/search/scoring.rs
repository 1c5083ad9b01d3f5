//! BM25 statistics that suit a multilingual index. Each language has its own
//! field, and most documents leave most of them empty. Tantivy averages a
//! field's length over *all* documents, so a sparse field's average is tiny
//! and every match in it looks like one in an enormously long text: a Russian
//! title that matches a Russian query word for word scored below an English
//! summary that shares one glossary word. These statistics average each
//! field over the documents that have it; document frequencies are tantivy's.

use std::collections::HashMap;

use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

/// Per-field document counts, taken once when the index is built.
#[derive(Debug, Clone, Default)]
pub struct FieldCounts {
    /// How many documents have at least one token in each text field.
    with_field: HashMap<Field, u64>,
}

impl FieldCounts {
    /// Counts, for each of `fields`, the documents with a token in it.
    pub fn count(searcher: &Searcher, fields: &[Field]) -> tantivy::Result<Self> {
        let mut with_field = HashMap::new();
        for &field in fields {
            let mut n = 0u64;
            for reader in searcher.segment_readers() {
                let norms = reader.get_fieldnorms_reader(field)?;
                n += (0..reader.max_doc())
                    .filter(|&doc| reader.alive_bitset().is_none_or(|a| a.is_alive(doc)))
                    .filter(|&doc| norms.fieldnorm_id(doc) > 0)
                    .count() as u64;
            }
            with_field.insert(field, n);
        }
        Ok(Self { with_field })
    }

    /// The statistics for one search.
    pub fn provider<'a>(&'a self, searcher: &'a Searcher) -> FieldAverages<'a> {
        FieldAverages { searcher, counts: self }
    }
}

/// [`Bm25StatisticsProvider`] whose average field length counts only the
/// documents that have the field.
pub struct FieldAverages<'a> {
    searcher: &'a Searcher,
    counts: &'a FieldCounts,
}

impl Bm25StatisticsProvider for FieldAverages<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        let tokens = self.searcher.total_num_tokens(field)?;
        let docs = self.searcher.total_num_docs()?;
        match self.counts.with_field.get(&field) {
            // Scaled so that tokens / all documents = tokens / documents with the field.
            Some(&with) if with > 0 => Ok(tokens.saturating_mul(docs) / with),
            _ => Ok(tokens),
        }
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        self.searcher.total_num_docs()
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        self.searcher.doc_freq(term)
    }
}
