//! How values are named in the file format: the snake_case name of an enum
//! value (as serde reads and writes it) and numbers written without a
//! needless `.0`. These are the machine names every layer shares; the
//! presentation layer turns them into words for people.

use serde::Serialize;
use serde_json::Value;

use super::Provision;
use super::penalty::escalates_on_repeat;

/// The snake_case name serde gives a unit enum variant (empty for anything else).
pub fn label<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The names of a list of values, joined with `;` (the CSV's list format).
pub fn labels<T: Serialize>(v: &[T]) -> String {
    v.iter().map(label).collect::<Vec<_>>().join(";")
}

/// A number without a needless `.0`.
pub fn num(v: Option<f64>) -> String {
    match v {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{}", v as i64),
        Some(v) => format!("{v}"),
        None => String::new(),
    }
}

/// Whether a provision's penalties rise with the offence count, in its own
/// ladder or by escalation to another provision.
pub fn repeat_escalation(p: &Provision) -> bool {
    escalates_on_repeat(&p.penalties) || p.escalation.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{Liability, Status};

    #[test]
    fn names_are_the_file_format_names() {
        assert_eq!(label(&Liability::Administrative), "administrative");
        assert_eq!(label(&Status::InForce), "in_force");
        assert_eq!(labels(&[Liability::Civil, Liability::Criminal]), "civil;criminal");
        assert_eq!(label(&"not an enum"), "not an enum");
        assert_eq!(label(&3), "");
    }

    #[test]
    fn numbers_lose_only_a_needless_fraction() {
        assert_eq!(num(Some(30.0)), "30");
        assert_eq!(num(Some(2.5)), "2.5");
        assert_eq!(num(Some(-4.0)), "-4");
        assert_eq!(num(Some(1e16)), "10000000000000000");
        assert_eq!(num(None), "");
    }
}
