//! Dates as the law knows them: often only a year or a month is certain.
//!
//! A [`LegalDate`] is written in data files either as a TOML date
//! (`2024-06-16`) or as a string holding a full date, a year and month
//! (`"2019-11"`) or a year alone (`"2019"`). Partial dates let a contributor
//! record exactly what the source says instead of inventing a day.

use std::cmp::Ordering;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date that may be known only to the year or the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LegalDate {
    /// The year, e.g. 2024.
    pub year: i32,
    /// The month (1–12), when known.
    pub month: Option<u32>,
    /// The day of the month, when known (only with a month).
    pub day: Option<u32>,
}

impl LegalDate {
    /// A full date; panics on an impossible date, so only for literals in code and tests.
    pub fn ymd(year: i32, month: u32, day: u32) -> Self {
        Self::new(year, Some(month), Some(day)).expect("a real calendar date")
    }

    /// Builds a date and checks that it exists on the calendar.
    pub fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Result<Self, String> {
        if !(1800..=2200).contains(&year) {
            return Err(format!("the year {year} is outside 1800–2200"));
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(format!("there is no month {m}"));
        }
        match (month, day) {
            (None, Some(_)) => return Err("a day needs a month".into()),
            (Some(m), Some(d)) if chrono::NaiveDate::from_ymd_opt(year, m, d).is_none() => {
                return Err(format!("{year:04}-{m:02}-{d:02} is not a real calendar date"));
            }
            _ => {}
        }
        Ok(Self { year, month, day })
    }

    /// Today's date (UTC).
    pub fn today() -> Self {
        use chrono::Datelike;
        let t = chrono::Utc::now().date_naive();
        Self::ymd(t.year(), t.month(), t.day())
    }

    /// Whether the day is known.
    pub fn is_full(&self) -> bool {
        self.day.is_some()
    }

    /// The earliest calendar day the date can denote.
    pub fn first_day(&self) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("validated on construction")
    }

    /// Whole days from `self` (its first possible day) to `later`.
    pub fn days_until(&self, later: &LegalDate) -> i64 {
        (later.first_day() - self.first_day()).num_days()
    }

    /// Orders two dates only where the order is certain: `2019` and
    /// `2019-05-03` are incomparable, `2019` is before `2020-01`.
    pub fn certainly_before(&self, other: &LegalDate) -> bool {
        self.partial_cmp(other) == Some(Ordering::Less)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |p: &str, what: &str, len: usize| -> Result<u32, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("`{s}` is not a date: the {what} must be {len} digits"));
            }
            p.parse().map_err(|_| format!("`{s}` is not a date"))
        };
        match parts.as_slice() {
            [y] => Self::new(num(y, "year", 4)? as i32, None, None),
            [y, m] => Self::new(num(y, "year", 4)? as i32, Some(num(m, "month", 2)?), None),
            [y, m, d] => Self::new(
                num(y, "year", 4)? as i32,
                Some(num(m, "month", 2)?),
                Some(num(d, "day", 2)?),
            ),
            _ => Err(format!("`{s}` is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")),
        }
    }
}

impl PartialOrd for LegalDate {
    /// Dates compare by what is known; a partial date and a finer one within
    /// the same period are incomparable.
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        match self.year.cmp(&other.year) {
            Ordering::Equal => {}
            o => return Some(o),
        }
        match (self.month, other.month) {
            (Some(a), Some(b)) if a != b => return Some(a.cmp(&b)),
            (Some(_), Some(_)) => {}
            (None, None) => return Some(Ordering::Equal),
            _ => return None,
        }
        match (self.day, other.day) {
            (Some(a), Some(b)) => Some(a.cmp(&b)),
            (None, None) => Some(Ordering::Equal),
            _ => None,
        }
    }
}

impl fmt::Display for LegalDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for LegalDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for LegalDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        // A TOML date arrives as a `Datetime`; JSON and quoted TOML as a string.
        match toml::Value::deserialize(d)? {
            toml::Value::Datetime(dt) => {
                if dt.time.is_some() || dt.offset.is_some() {
                    return Err(D::Error::custom(format!(
                        "`{dt}` has a time of day; write a date only, such as 2024-06-16"
                    )));
                }
                let date = dt.date.ok_or_else(|| D::Error::custom("a date is required"))?;
                LegalDate::new(
                    i32::from(date.year),
                    Some(u32::from(date.month)),
                    Some(u32::from(date.day)),
                )
                .map_err(D::Error::custom)
            }
            toml::Value::String(s) => LegalDate::parse(&s).map_err(D::Error::custom),
            other => Err(D::Error::custom(format!(
                "expected a date (2024-06-16, \"2024-06\" or \"2024\"), found {}",
                other.type_str()
            ))),
        }
    }
}

impl JsonSchema for LegalDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LegalDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date: a TOML date (2024-06-16) or a string \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\" when only the month or year is known.",
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_partial_dates() {
        assert_eq!(LegalDate::parse("2019").unwrap().to_string(), "2019");
        assert_eq!(LegalDate::parse("2019-11").unwrap().to_string(), "2019-11");
        assert_eq!(LegalDate::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert!(
            LegalDate::parse("2023-02-29")
                .unwrap_err()
                .contains("not a real calendar date")
        );
        assert!(LegalDate::parse("2019-13").is_err());
        assert!(LegalDate::parse("19-01-01").is_err());
    }

    #[test]
    fn orders_only_what_is_certain() {
        let y = LegalDate::parse("2019").unwrap();
        let d = LegalDate::ymd(2019, 5, 3);
        assert_eq!(y.partial_cmp(&d), None);
        assert!(y.certainly_before(&LegalDate::parse("2020-01").unwrap()));
        assert!(LegalDate::ymd(2019, 5, 3).certainly_before(&LegalDate::ymd(2019, 5, 4)));
    }

    #[test]
    fn reads_toml_dates_and_strings() {
        #[derive(Deserialize)]
        struct T {
            a: LegalDate,
            b: LegalDate,
        }
        let t: T = toml::from_str("a = 2024-06-16\nb = \"2019-11\"").unwrap();
        assert_eq!(t.a, LegalDate::ymd(2024, 6, 16));
        assert_eq!(t.b.to_string(), "2019-11");
        let err = toml::from_str::<T>("a = 2024-06-16T10:00:00\nb = \"2019\"")
            .err()
            .unwrap();
        assert!(err.to_string().contains("time of day"), "{err}");
    }
}
