//! Number and symbol of a document: "59/2012/NĐ-CP", "148/KH-UBND".

use crate::time::date::digits;
use std::fmt;

/// The parts of "59/2012/NĐ-CP".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberSymbol {
    /// The running number ("59"); blank in an unregistered draft.
    pub number: String,
    /// The year inside the number, when written (legal normative documents carry it).
    pub year: Option<i32>,
    /// The symbol ("NĐ-CP", "KH-UBND").
    pub symbol: String,
}

impl fmt::Display for NumberSymbol {
    /// "59/2012/NĐ-CP", or "148/KH-UBND" when the number carries no year.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(year) => write!(f, "{}/{year}/{}", self.number, self.symbol),
            None => write!(f, "{}/{}", self.number, self.symbol),
        }
    }
}

/// Splits a number-symbol; `None` when it has no symbol part.
pub fn parse_number(text: &str) -> Option<NumberSymbol> {
    let t = text.trim();
    let (number, rest) = t.split_once('/')?;
    let number = number.trim();
    if !number
        .bytes()
        .all(|b| b.is_ascii_digit() || b.is_ascii_alphabetic())
    {
        return None;
    }
    let bytes = rest.as_bytes();
    let (year, symbol) = match digits(bytes, 0, 4, 4) {
        Some((y, end)) if bytes.get(end) == Some(&b'/') => {
            (i32::try_from(y).ok(), rest.get(end + 1..).unwrap_or(""))
        }
        _ => (None, rest),
    };
    let symbol = symbol.trim();
    if symbol.is_empty() || symbol.contains(char::is_whitespace) {
        return None;
    }
    Some(NumberSymbol {
        number: number.to_string(),
        year,
        symbol: symbol.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbers() {
        let n = parse_number("59/2012/NĐ-CP").unwrap();
        assert_eq!(
            (n.number.as_str(), n.year, n.symbol.as_str()),
            ("59", Some(2012), "NĐ-CP")
        );
        let n = parse_number("148/KH-UBND").unwrap();
        assert_eq!(
            (n.number.as_str(), n.year, n.symbol.as_str()),
            ("148", None, "KH-UBND")
        );
        let n = parse_number("/KH-UBND").unwrap();
        assert_eq!(n.number, "");
        assert_eq!(parse_number("59"), None);
        assert_eq!(
            parse_number(" 59/2012/NĐ-CP ").map(|n| n.to_string()),
            Some("59/2012/NĐ-CP".to_string())
        );
        assert_eq!(
            parse_number("12/TTr-STP").map(|n| n.to_string()),
            Some("12/TTr-STP".to_string())
        );
    }
}
