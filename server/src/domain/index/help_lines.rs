//! The national help lines Help now lists (`data/help_lines.csv`, from the
//! research list): phone lines and legal-aid services, never a shelter's
//! address, each with its source and the date it was last checked. What
//! each line is called and is for is in the translations
//! (`helpline-{id}`, `helpline-{id}-for`).

use chrono::NaiveDate;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct HelpLine {
    pub id: String,
    /// `|`-separated numbers to call; empty for a service reached otherwise
    /// (its source says how).
    phones: String,
    pub source_url: String,
    pub checked_on: NaiveDate,
}

impl HelpLine {
    pub fn phones(&self) -> impl Iterator<Item = &str> {
        self.phones.split('|').filter(|p| !p.is_empty())
    }
}

/// Reads the CSV; every line needs an id, a source and a checked date.
pub fn parse(text: &str) -> Result<Vec<HelpLine>, String> {
    let mut lines = vec![];
    for (row, line) in csv::Reader::from_reader(text.as_bytes())
        .deserialize::<HelpLine>()
        .enumerate()
    {
        let line = line.map_err(|e| format!("line {}: {e}", row + 2))?;
        if line.id.is_empty() || !line.source_url.starts_with("http") {
            return Err(format!("line {}: an id and a source are required", row + 2));
        }
        lines.push(line);
    }
    Ok(lines)
}

/// The lines Senim ships.
pub fn shipped() -> &'static [HelpLine] {
    static LINES: LazyLock<Vec<HelpLine>> = LazyLock::new(|| {
        parse(include_str!("../../../../data/help_lines.csv")).expect("data/help_lines.csv reads")
    });
    &LINES
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::i18n::{Lang, keys};

    #[test]
    fn the_shipped_lines_read_and_are_named_in_every_language() {
        let lines = shipped();
        assert!(lines.iter().any(|l| l.phones().eq(["111"])));
        assert!(lines.iter().any(|l| l.phones().eq(["150"])));
        for lang in Lang::ALL {
            let keys = keys(lang);
            for line in lines {
                for key in [
                    format!("helpline-{}", line.id),
                    format!("helpline-{}-for", line.id),
                ] {
                    assert!(keys.contains(&key), "{}: {key}", lang.code());
                }
            }
        }
    }

    #[test]
    fn a_line_without_a_source_is_refused() {
        let refused = parse("id,phones,source_url,checked_on\nx,111,,2026-11-23\n");
        assert_eq!(
            refused.unwrap_err(),
            "line 2: an id and a source are required"
        );
        assert!(parse("id,phones,source_url,checked_on\nx,111,https://a,23.11.2026\n").is_err());
    }
}
