//! Links from a view to the provision a value rests on.

use schemars::JsonSchema;
use serde::Serialize;

use crate::data::model::{Jurisdiction, Provision};

/// A link to a provision on its jurisdiction's profile.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Ref {
    /// Article as cited.
    pub article: String,
    /// Provision title.
    pub title: String,
    /// Permalink on the profile page.
    pub href: String,
}

impl Ref {
    /// The reference to a provision of a jurisdiction.
    pub fn new(j: &Jurisdiction, p: &Provision) -> Self {
        Self {
            article: p.article.clone(),
            title: p.title.clone(),
            href: provision_href(j, p),
        }
    }
}

/// The permalink of a provision.
pub fn provision_href(j: &Jurisdiction, p: &Provision) -> String {
    format!("/jurisdictions/{}#{}", j.code.to_lowercase(), p.id)
}
