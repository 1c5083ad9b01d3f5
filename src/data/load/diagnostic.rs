//! Diagnostics: what `check` reports about a data file, each pinned to
//! `path:line:column` and the key path it concerns, with a hint.
//!
//! Validation works on typed data and names the offending value by its key
//! path (`instruments[0].provisions[2].penalties[1].fine.unit`); a
//! [`SourceMap`] built from the file's text with `toml_edit` turns that path
//! back into a line and column, so every message points at the text a
//! contributor has to change.

use schemars::JsonSchema;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;
use toml_edit::{Item, Table, Value};

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails `check`.
    Error,
    /// Shown, does not fail `check`.
    Warning,
}

/// One step in a key path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// A table key.
    Key(String),
    /// An array index.
    Index(usize),
}

/// A path to a value inside a TOML document, e.g. `instruments[0].sources`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeyPath(pub Vec<Segment>);

impl KeyPath {
    /// The document root.
    pub fn root() -> Self {
        Self::default()
    }

    /// This path followed by a key.
    pub fn key(&self, k: &str) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Key(k.to_owned()));
        p
    }

    /// This path followed by an array index.
    pub fn idx(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Segment::Index(i));
        p
    }
}

impl fmt::Display for KeyPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if n == 0 => write!(f, "{k}")?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// A problem found in a data file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as given to the loader.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column (in characters), when known.
    pub column: Option<usize>,
    /// The key path, empty for whole-file problems.
    pub key: String,
    /// What is wrong and what was expected.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// An error about a whole file (no line or key), with a hint.
    pub fn whole_file(file: &Path, message: String, hint: &str) -> Self {
        Self {
            severity: Severity::Error,
            file: file.to_path_buf(),
            line: None,
            column: None,
            key: String::new(),
            message,
            hint: Some(hint.to_owned()),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, ":{l}:{c}")?;
        }
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {sev}: ")?;
        if !self.key.is_empty() {
            write!(f, "`{}`: ", self.key)?;
        }
        write!(f, "{}", self.message)?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
        }
        Ok(())
    }
}

/// The text of a data file with the spans of its keys and values.
pub struct SourceMap {
    file: PathBuf,
    text: String,
    doc: Option<toml_edit::Document<String>>,
}

impl SourceMap {
    /// Indexes `text`; a file that does not parse still yields positions for byte offsets.
    pub fn new(file: &Path, text: &str) -> Self {
        Self {
            file: file.to_path_buf(),
            text: text.to_owned(),
            doc: toml_edit::Document::parse(text.to_owned()).ok(),
        }
    }

    /// The file this map describes.
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// 1-based line and column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let before = &self.text[..floor_char_boundary(&self.text, offset)];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    }

    /// The span of the deepest part of `path` present in the file: the key
    /// itself where it exists, else its closest existing parent.
    pub fn span_of(&self, path: &KeyPath) -> Option<Range<usize>> {
        let doc = self.doc.as_ref()?;
        let mut node = Node::Table(doc.as_table());
        let mut best = None;
        for seg in &path.0 {
            let (next, span) = match child(node, seg) {
                Some(x) => x,
                None => break,
            };
            if span.is_some() {
                best = span;
            }
            node = next;
        }
        best
    }

    /// The key path of the innermost value that contains a byte offset.
    pub fn path_at(&self, offset: usize) -> KeyPath {
        let Some(doc) = &self.doc else {
            return KeyPath::root();
        };
        let mut path = KeyPath::root();
        let mut node = Node::Table(doc.as_table());
        'descend: loop {
            for (seg, child_node, span) in children(node) {
                if span.is_some_and(|s| s.start <= offset && offset < s.end.max(s.start + 1)) {
                    path.0.push(seg);
                    node = child_node;
                    continue 'descend;
                }
            }
            return path;
        }
    }

    /// A diagnostic located at `path`.
    pub fn at(&self, severity: Severity, path: &KeyPath, message: String, hint: Option<String>) -> Diagnostic {
        let (line, column) = match self.span_of(path) {
            Some(span) => {
                let (l, c) = self.line_col(span.start);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        Diagnostic {
            severity,
            file: self.file.clone(),
            line,
            column,
            key: path.to_string(),
            message,
            hint,
        }
    }

    /// A diagnostic located at a byte offset (for parser errors).
    pub fn at_offset(&self, offset: Option<usize>, key: String, message: String, hint: Option<String>) -> Diagnostic {
        let (line, column) = match offset {
            Some(o) => {
                let (l, c) = self.line_col(o);
                (Some(l), Some(c))
            }
            None => (None, None),
        };
        Diagnostic {
            severity: Severity::Error,
            file: self.file.clone(),
            line,
            column,
            key,
            message,
            hint,
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Clone, Copy)]
enum Node<'a> {
    Table(&'a Table),
    Item(&'a Item),
    Value(&'a Value),
}

/// Descends one step, returning the child and the span to report for it
/// (the key's span for table entries, the value's for array elements).
fn child<'a>(node: Node<'a>, seg: &Segment) -> Option<(Node<'a>, Option<Range<usize>>)> {
    match (node, seg) {
        (Node::Table(t), Segment::Key(k)) => {
            let item = t.get(k)?;
            let span = t.key(k).and_then(|k| k.span()).or_else(|| item.span());
            Some((Node::Item(item), span))
        }
        (Node::Item(Item::Table(t)), _) => child(Node::Table(t), seg),
        (Node::Item(Item::Value(v)), _) => child(Node::Value(v), seg),
        (Node::Item(Item::ArrayOfTables(a)), Segment::Index(i)) => {
            let t = a.get(*i)?;
            Some((Node::Table(t), t.span()))
        }
        (Node::Value(Value::InlineTable(t)), Segment::Key(k)) => {
            let v = t.get(k)?;
            let span = t.key(k).and_then(|k| k.span()).or_else(|| v.span());
            Some((Node::Value(v), span))
        }
        (Node::Value(Value::Array(a)), Segment::Index(i)) => {
            let v = a.get(*i)?;
            Some((Node::Value(v), v.span()))
        }
        _ => None,
    }
}

/// All children of a node with the full span each covers (key and value).
fn children(node: Node<'_>) -> Vec<(Segment, Node<'_>, Option<Range<usize>>)> {
    fn join(a: Option<Range<usize>>, b: Option<Range<usize>>) -> Option<Range<usize>> {
        match (a, b) {
            (Some(a), Some(b)) => Some(a.start.min(b.start)..a.end.max(b.end)),
            (a, b) => a.or(b),
        }
    }
    match node {
        Node::Table(t) => t
            .iter()
            .map(|(k, item)| {
                let key_span = t.key(k).and_then(|k| k.span());
                let span = match item {
                    // A table's own span is its header; its extent is its last entry.
                    Item::Table(inner) => join(inner.span(), last_span(Node::Table(inner))),
                    Item::ArrayOfTables(a) => a
                        .iter()
                        .fold(a.span(), |acc, t| join(acc, join(t.span(), last_span(Node::Table(t))))),
                    _ => join(key_span.clone(), item.span()),
                };
                (Segment::Key(k.to_owned()), Node::Item(item), span)
            })
            .collect(),
        Node::Item(Item::Table(t)) => children(Node::Table(t)),
        Node::Item(Item::Value(v)) => children(Node::Value(v)),
        Node::Item(Item::ArrayOfTables(a)) => a
            .iter()
            .enumerate()
            .map(|(i, t)| {
                (
                    Segment::Index(i),
                    Node::Table(t),
                    join(t.span(), last_span(Node::Table(t))),
                )
            })
            .collect(),
        Node::Value(Value::InlineTable(t)) => t
            .iter()
            .map(|(k, v)| {
                let key_span = t.key(k).and_then(|k| k.span());
                (Segment::Key(k.to_owned()), Node::Value(v), join(key_span, v.span()))
            })
            .collect(),
        Node::Value(Value::Array(a)) => a
            .iter()
            .enumerate()
            .map(|(i, v)| (Segment::Index(i), Node::Value(v), v.span()))
            .collect(),
        _ => Vec::new(),
    }
}

/// The furthest span within a node, to find where a `[table]` ends.
fn last_span(node: Node<'_>) -> Option<Range<usize>> {
    children(node)
        .into_iter()
        .filter_map(|(_, _, s)| s)
        .max_by_key(|s| s.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "code = \"KZ\"\n\n[[instruments]]\nid = \"a\"\n\n[[instruments.provisions]]\nid = \"p\"\nfine = { max = 10, unit = \"KZT\" }\n";

    #[test]
    fn locates_key_paths() {
        let m = SourceMap::new(Path::new("kz.toml"), DOC);
        let p = KeyPath::root()
            .key("instruments")
            .idx(0)
            .key("provisions")
            .idx(0)
            .key("fine")
            .key("unit");
        let span = m.span_of(&p).unwrap();
        assert_eq!(m.line_col(span.start), (8, 20));
        assert_eq!(p.to_string(), "instruments[0].provisions[0].fine.unit");
        // A missing key falls back to its closest parent.
        let missing = KeyPath::root().key("instruments").idx(0).key("sources");
        assert_eq!(m.line_col(m.span_of(&missing).unwrap().start).0, 3);
    }

    #[test]
    fn finds_path_at_offset() {
        let m = SourceMap::new(Path::new("kz.toml"), DOC);
        let off = DOC.find("10").unwrap();
        assert_eq!(m.path_at(off).to_string(), "instruments[0].provisions[0].fine.max");
    }
}
