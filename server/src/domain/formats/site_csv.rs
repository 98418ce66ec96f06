//! The directory as a spreadsheet-friendly CSV file (format: data/README.md).

use crate::domain::sites::site::{Site, SiteRecord};
use crate::domain::sites::site_fields::SiteProblem;
use std::collections::HashSet;
use vocabulary::forms::Column;

/// A row that cannot be imported, by its line in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub line: u64,
    pub reason: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// Every site of the file, or every reason the file is refused.
pub fn read_sites(text: &str) -> Result<Vec<Site>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| {
            vec![RowError {
                line: 1,
                reason: e.to_string(),
            }]
        })?
        .clone();
    let missing: Vec<&str> = Column::ALL
        .iter()
        .map(|column| column.code())
        .filter(|column| !headers.iter().any(|h| h.trim() == *column))
        .collect();
    if !missing.is_empty() {
        return Err(vec![RowError {
            line: 1,
            reason: format!("missing columns: {}", missing.join(", ")),
        }]);
    }
    let width = headers.len();
    let rows = reader.records().map(|row| match row {
        Err(e) => (
            e.position().map_or(0, |p| p.line()),
            Err(vec![format!("not readable as CSV: {e}")]),
        ),
        Ok(row) => {
            let line = row.position().map_or(0, |p| p.line());
            if row.len() != width {
                let reason = format!("has {} fields, the header has {width}", row.len());
                return (line, Err(vec![reason]));
            }
            (
                line,
                row.deserialize::<SiteRecord>(Some(&headers))
                    .map_err(|e| vec![e.to_string()]),
            )
        }
    });
    checked_sites(rows)
}

/// Parses every record (a row unreadable as a record comes with why);
/// on any problem, every problem of every row by its
/// line (the file is then refused whole). Ids must be unique in the file.
pub fn checked_sites(
    rows: impl IntoIterator<Item = (u64, Result<SiteRecord, Vec<String>>)>,
) -> Result<Vec<Site>, Vec<RowError>> {
    let mut sites = vec![];
    let mut errors = vec![];
    let mut seen = HashSet::new();
    for (line, record) in rows {
        let parsed = record.and_then(|record| {
            let reasons = |all: Vec<_>| all.iter().map(SiteProblem::to_string).collect();
            record.parse().map_err(reasons)
        });
        match parsed {
            Ok(site) if !seen.insert(site.id.clone()) => errors.push(RowError {
                line,
                reason: format!("id: {} appears twice in the file", site.id),
            }),
            Ok(site) => sites.push(site),
            Err(problems) => {
                errors.extend(problems.into_iter().map(|reason| RowError { line, reason }))
            }
        }
    }
    if errors.is_empty() {
        Ok(sites)
    } else {
        Err(errors)
    }
}

/// The sites as CSV text with the standard header.
pub fn write_sites(sites: &[Site]) -> String {
    let mut writer = csv::Writer::from_writer(vec![]);
    for site in sites {
        writer
            .serialize(site.to_record())
            .expect("writing to memory cannot fail");
    }
    String::from_utf8(writer.into_inner().expect("flushing memory cannot fail"))
        .expect("CSV of UTF-8 is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sites::site_record::tests::record;

    #[test]
    fn the_shipped_directory_parses() {
        let sites = read_sites(include_str!("../../../../data/sites.csv")).unwrap();
        assert!(sites.len() > 20);
        assert!(sites.iter().all(|s| s.demo || s.source_url.is_some()));
    }

    #[test]
    fn written_sites_read_back_the_same() {
        let site = record().parse().unwrap();
        let text = write_sites(std::slice::from_ref(&site));
        assert_eq!(read_sites(&text).unwrap(), vec![site]);
    }

    #[test]
    fn bad_rows_are_named_by_line_and_nothing_is_returned() {
        let good = write_sites(&[record().parse().unwrap()]);
        let mut lines: Vec<String> = good.lines().map(String::from).collect();
        let bad = lines[1].replace("friendly_cabinet", "hospital");
        lines.push(bad.replace("taraz-test", "other"));
        lines.push(lines[1].clone());
        let errors = read_sites(&lines.join("\n")).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.line).collect::<Vec<_>>(),
            vec![3, 4],
            "{errors:?}"
        );
        assert!(errors[0].reason.contains("kind"));
        assert!(errors[1].reason.contains("twice"));
    }
}
