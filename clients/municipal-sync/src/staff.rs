//! Reading the staff list: a CSV file with a header row, `;` or `,` separated, UTF-8 (a BOM is
//! fine), as spreadsheets export it.

use anyhow::bail;

/// One person to nominate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    pub email: String,
    pub display_name: String,
    pub organisation: Option<String>,
    pub multiplier: bool,
}

fn split(line: &str, delimiter: char) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == delimiter && !quoted => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields.into_iter().map(|f| f.trim().to_owned()).collect()
}

/// Parses the file; names the line of every problem.
pub fn read_staff(text: &str) -> anyhow::Result<Vec<StaffMember>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let Some(header) = lines.next() else {
        bail!("the file is empty")
    };
    let delimiter = if header.contains(';') { ';' } else { ',' };
    let columns: Vec<String> = split(header, delimiter)
        .into_iter()
        .map(|c| c.to_lowercase().replace([' ', '-'], "_"))
        .collect();
    let find = |names: &[&str]| columns.iter().position(|c| names.contains(&c.as_str()));
    let Some(email) = find(&["email", "e_mail", "mail"]) else {
        bail!("no column 'email' in the header")
    };
    let Some(name) = find(&["display_name", "name", "anzeigename"]) else {
        bail!("no column 'display_name' in the header")
    };
    let organisation = find(&["organisation", "organization", "dienststelle"]);
    let multiplier = find(&["multiplier", "multiplikator", "multiplikatorin"]);
    let mut staff = Vec::new();
    for (index, line) in lines.enumerate() {
        let fields = split(line, delimiter);
        let get = |i: Option<usize>| {
            i.and_then(|i| fields.get(i))
                .map(String::as_str)
                .unwrap_or("")
        };
        let member = StaffMember {
            email: get(Some(email)).to_owned(),
            display_name: get(Some(name)).to_owned(),
            organisation: Some(get(organisation).to_owned()).filter(|o| !o.is_empty()),
            multiplier: matches!(
                get(multiplier).to_lowercase().as_str(),
                "1" | "ja" | "yes" | "true" | "x"
            ),
        };
        if member.email.is_empty() || member.display_name.is_empty() {
            bail!("line {}: email and display_name are required", index + 2);
        }
        staff.push(member);
    }
    Ok(staff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_semicolon_files_with_quotes_and_a_bom() {
        let staff = read_staff("\u{feff}E-Mail;Name;Organisation;Multiplikator\r\nanna@hanau.example;Anna Özdemir;\"Amt für Soziales; Integration\";ja\r\nben@hanau.example;Ben;;\r\n").expect("valid");
        assert_eq!(staff.len(), 2);
        assert_eq!(
            staff[0].organisation.as_deref(),
            Some("Amt für Soziales; Integration")
        );
        assert!(staff[0].multiplier);
        assert_eq!(staff[1].organisation, None);
        assert!(!staff[1].multiplier);
    }

    #[test]
    fn names_the_line_of_a_problem() {
        let error = read_staff("email,display_name\na@b.example,\n")
            .expect_err("refused")
            .to_string();
        assert!(error.contains("line 2"), "{error}");
        assert!(read_staff("name\nx").is_err());
    }
}
