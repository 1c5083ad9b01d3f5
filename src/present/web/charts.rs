//! Server-rendered SVG bar charts with accessible labels: a title and
//! description for screen readers, and every bar labelled with its value.

use std::fmt::Write;

use crate::views::compare::thousands;
use crate::views::search::escape_html;

/// One bar.
pub struct Bar {
    /// The label (a jurisdiction's name).
    pub label: String,
    /// The value.
    pub value: f64,
    /// Where the bar links to.
    pub href: String,
}

/// A horizontal bar chart, largest first.
pub fn bars(id: &str, title: &str, unit: &str, mut bars: Vec<Bar>) -> String {
    bars.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.label.cmp(&b.label)));
    let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max).max(1.0);
    let row = 18;
    let left = 150;
    let width = 640;
    let height = 30 + row * bars.len();
    let mut out = String::new();
    let _ = write!(
        out,
        "<figure><svg class=\"chart\" id=\"{id}\" role=\"group\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {width} {height}\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{id}-t\">{t}</title><desc id=\"{id}-d\">{n} jurisdictions, largest first; each bar is labelled with its value in {u}.</desc>",
        t = escape_html(title),
        n = bars.len(),
        u = escape_html(unit)
    );
    for (i, b) in bars.iter().enumerate() {
        let y = 20 + i * row;
        let w = ((b.value / max) * f64::from(width - left - 90)).max(1.0);
        let _ = write!(
            out,
            "<a href=\"{href}\"><text x=\"{tx}\" y=\"{ty}\" text-anchor=\"end\">{label}</text>\
             <rect class=\"bar\" x=\"{left}\" y=\"{y}\" width=\"{w:.1}\" height=\"{h}\"><title>{label}: {v} {u}</title></rect>\
             <text x=\"{vx:.1}\" y=\"{ty}\">{v}</text></a>",
            href = escape_html(&b.href),
            tx = left - 6,
            ty = y + 12,
            label = escape_html(&b.label),
            h = row - 4,
            v = thousands(b.value),
            u = escape_html(unit),
            vx = f64::from(left) + w + 4.0,
        );
    }
    let _ = write!(out, "</svg><figcaption>{}</figcaption></figure>", escape_html(title));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_every_bar_and_escapes() {
        let svg = bars(
            "c",
            "Max <prison>",
            "days",
            vec![
                Bar {
                    label: "A & B".into(),
                    value: 365.0,
                    href: "/jurisdictions/ab".into(),
                },
                Bar {
                    label: "C".into(),
                    value: 730.0,
                    href: "/jurisdictions/c".into(),
                },
            ],
        );
        assert!(svg.contains("<title id=\"c-t\">Max &lt;prison&gt;</title>"));
        assert!(svg.contains(">A &amp; B</text>"));
        assert!(
            svg.find(">C</text>").unwrap() < svg.find(">A &amp; B</text>").unwrap(),
            "largest first"
        );
        assert!(svg.contains("<title>C: 730 days</title>"));
    }
}
