//! HTML pages: view models built from the atlas, rendered by askama
//! templates from `templates/` (auto-escaping; Markdown from data is
//! rendered and sanitised by [`crate::present::markdown`] before it is marked safe).
//! One module per kind of page; this one holds what they share.

mod cells;
mod compare;
mod draft;
mod home;
mod profile;
mod search;
mod topics;

pub use compare::{api_compare, compare_page};
pub use draft::{api_draft, draft_get, draft_post, draft_report_html};
pub use home::{home, list};
pub use profile::profile;
pub use search::search;
pub use topics::{topic, topics};

use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};

use super::{AppError, AppState};
use crate::data::load::Counts;
use crate::data::model::HarassmentLiability;
use crate::data::model::names::label;
use crate::present::i18n::Tr;

/// An error shown as an HTML page.
pub struct PageError(pub AppError);

impl<E: Into<AppError>> From<E> for PageError {
    fn from(e: E) -> Self {
        PageError(e.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    tr: Tr,
    title: String,
    /// The message as HTML (escaped; `names` as code).
    message_html: String,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, title, message) = self.0.parts();
        let tr = Tr::new(super::lang::current(), "/");
        let body = ErrorPage {
            title: {
                let key = format!("error-{}", crate::present::i18n::slug(title));
                if crate::present::i18n::defines(tr.lang, &key) {
                    tr.t(&key)
                } else {
                    title.to_owned()
                }
            },
            tr,
            message_html: crate::present::words::message_html(&message),
        }
        .render()
        .unwrap_or_else(|_| "Something went wrong".into());
        AppError::finish(status, Html(body).into_response())
    }
}

/// Builds and renders a page on the blocking pool with the work deadline
/// (see [`off_thread`](super::error::off_thread)), so that rendering a large
/// uncached page never holds up an async worker.
async fn rendered<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, PageError> + Send + 'static,
) -> Result<T, PageError> {
    super::error::off_thread(work).await?
}

fn render<T: Template>(t: &T) -> Result<Html<String>, PageError> {
    Ok(Html(t.render().map_err(anyhow::Error::from)?))
}

fn liability_class(l: HarassmentLiability) -> String {
    label(&l)
}

// ---------------------------------------------------------------- static pages

#[derive(Template)]
#[template(path = "about.html")]
struct AboutPage {
    tr: Tr,
    counts: Counts,
    reference_year: i32,
}

/// `/about`
pub async fn about(State(s): State<AppState>, tr: Tr) -> Result<Html<String>, PageError> {
    render(&AboutPage {
        tr,
        counts: s.atlas.counts(),
        reference_year: s.atlas.reference.reference_year,
    })
}

#[derive(Template)]
#[template(path = "api.html")]
struct ApiPage {
    tr: Tr,
    parameters: &'static [crate::views::search::params::Parameter],
}

impl ApiPage {
    /// A search parameter's meaning in the page's language (`param-<name>`),
    /// or its doc comment where the catalogue has none.
    fn describe(&self, p: &crate::views::search::params::Parameter) -> String {
        let key = format!("param-{}", p.name.replace('_', "-"));
        if crate::present::i18n::defines(self.tr.lang, &key) {
            self.tr.t(&key)
        } else {
            p.description.clone()
        }
    }
}

/// `/api`
pub async fn api_docs(tr: Tr) -> Result<Html<String>, PageError> {
    render(&ApiPage {
        tr,
        parameters: crate::views::search::SearchParams::parameters(),
    })
}

/// Any unknown page.
pub async fn not_found(tr: Tr) -> PageError {
    PageError(AppError::NotFound(tr.t("error-no-page")))
}
