//! The sphere of influence drawn as SVG: three concentric circles (control, influence, concern)
//! cut into six domains, each area placed in its circle and domain. For clients and for printing.

use std::{collections::BTreeMap, f64::consts::PI, fmt::Write};

use entity::{
    enums::{InfluenceCircle, InfluenceDomain, Locale},
    influence_area,
};

const SIZE: f64 = 820.0;
const CENTER: (f64, f64) = (410.0, 440.0);
const RINGS: [(InfluenceCircle, f64, f64); 3] = [
    (InfluenceCircle::Control, 0.0, 120.0),
    (InfluenceCircle::Influence, 120.0, 240.0),
    (InfluenceCircle::Concern, 240.0, 360.0),
];
const DOMAINS: [InfluenceDomain; 6] = [
    InfluenceDomain::OwnRole,
    InfluenceDomain::Team,
    InfluenceDomain::Organisation,
    InfluenceDomain::Municipality,
    InfluenceDomain::CivilSociety,
    InfluenceDomain::Network,
];

fn circle_label(circle: InfluenceCircle, locale: Locale) -> &'static str {
    match (circle, locale) {
        (InfluenceCircle::Control, Locale::De) => "Kontrolle",
        (InfluenceCircle::Influence, Locale::De) => "Einfluss",
        (InfluenceCircle::Concern, Locale::De) => "Betroffenheit",
        (InfluenceCircle::Control, Locale::En) => "Control",
        (InfluenceCircle::Influence, Locale::En) => "Influence",
        (InfluenceCircle::Concern, Locale::En) => "Concern",
    }
}

fn domain_label(domain: InfluenceDomain, locale: Locale) -> &'static str {
    match (domain, locale) {
        (InfluenceDomain::OwnRole, Locale::De) => "Eigene Rolle",
        (InfluenceDomain::Team, Locale::De) => "Team",
        (InfluenceDomain::Organisation, Locale::De) => "Organisation",
        (InfluenceDomain::Municipality, Locale::De) => "Kommune",
        (InfluenceDomain::CivilSociety, Locale::De) => "Zivilgesellschaft",
        (InfluenceDomain::Network, Locale::De) => "Netzwerk",
        (InfluenceDomain::OwnRole, Locale::En) => "Own role",
        (InfluenceDomain::Team, Locale::En) => "Team",
        (InfluenceDomain::Organisation, Locale::En) => "Organisation",
        (InfluenceDomain::Municipality, Locale::En) => "Municipality",
        (InfluenceDomain::CivilSociety, Locale::En) => "Civil society",
        (InfluenceDomain::Network, Locale::En) => "Network",
    }
}

/// Escapes text for XML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

fn point(radius: f64, angle_deg: f64) -> (f64, f64) {
    let rad = (angle_deg - 90.0) * PI / 180.0;
    (CENTER.0 + radius * rad.cos(), CENTER.1 + radius * rad.sin())
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}

/// Renders the map of `areas` with a title.
pub fn render(title: &str, areas: &[influence_area::Model], locale: Locale) -> String {
    let mut svg = String::new();
    let heading = match locale {
        Locale::De => "Einflusssphäre",
        Locale::En => "Sphere of influence",
    };
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}" role="img" aria-labelledby="map-title" font-family="system-ui, sans-serif">"##
    );
    let _ = write!(
        svg,
        r#"<title id="map-title">{} – {}</title>"#,
        escape(heading),
        escape(title)
    );
    let _ = write!(
        svg,
        r##"<rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let _ = write!(
        svg,
        r##"<text x="{}" y="40" text-anchor="middle" font-size="22" font-weight="600" fill="#1a1a1a">{}</text>"##,
        CENTER.0,
        escape(&shorten(title, 60))
    );
    let fills = ["#dbeafe", "#e0f2e9", "#fdf2d6"];
    for (index, (circle, _, outer)) in RINGS.iter().enumerate().rev() {
        let _ = write!(
            svg,
            r##"<circle cx="{}" cy="{}" r="{outer}" fill="{}" stroke="#4b5563" stroke-width="1.5"><title>{}</title></circle>"##,
            CENTER.0,
            CENTER.1,
            fills[index],
            circle_label(*circle, locale)
        );
    }
    for (index, domain) in DOMAINS.iter().enumerate() {
        let angle = index as f64 * 60.0;
        let (x, y) = point(360.0, angle);
        let _ = write!(
            svg,
            r##"<line x1="{}" y1="{}" x2="{x:.1}" y2="{y:.1}" stroke="#9ca3af" stroke-width="1"/>"##,
            CENTER.0, CENTER.1
        );
        let (lx, ly) = point(385.0, angle + 30.0);
        let _ = write!(
            svg,
            r##"<text x="{lx:.1}" y="{ly:.1}" text-anchor="middle" dominant-baseline="middle" font-size="15" font-weight="600" fill="#111827">{}</text>"##,
            escape(domain_label(*domain, locale))
        );
    }
    for (circle, inner, _) in RINGS {
        let (x, y) = (CENTER.0, CENTER.1 - inner - 14.0);
        let _ = write!(
            svg,
            r##"<text x="{x:.1}" y="{y:.1}" text-anchor="middle" font-size="12" fill="#374151" font-style="italic">{}</text>"##,
            escape(circle_label(circle, locale))
        );
    }
    let mut cells: BTreeMap<(usize, usize), Vec<&influence_area::Model>> = BTreeMap::new();
    for area in areas {
        let ring = RINGS
            .iter()
            .position(|(c, _, _)| *c == area.circle)
            .unwrap_or(0);
        let sector = DOMAINS.iter().position(|d| *d == area.domain).unwrap_or(0);
        cells.entry((ring, sector)).or_default().push(area);
    }
    for ((ring, sector), items) in cells {
        let (_, inner, outer) = RINGS[ring];
        let n = items.len();
        for (i, area) in items.iter().enumerate() {
            let radius = if ring == 0 {
                40.0 + 70.0 * (i as f64 + 0.5) / n as f64
            } else {
                inner + (outer - inner) * (i as f64 + 0.5) / n as f64
            };
            let angle = sector as f64 * 60.0 + 30.0 + if i % 2 == 0 { -8.0 } else { 8.0 };
            let (x, y) = point(radius, angle);
            let _ = write!(
                svg,
                r##"<g><title>{}</title><circle cx="{x:.1}" cy="{y:.1}" r="5" fill="#1d4ed8"/><text x="{:.1}" y="{:.1}" font-size="11" fill="#111827">{}</text></g>"##,
                escape(&area.description),
                x + 8.0,
                y + 4.0,
                escape(&shorten(&area.description, 26))
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use uuid::Uuid;

    use super::*;

    #[test]
    fn user_text_is_escaped_and_every_circle_and_domain_drawn() {
        let area = influence_area::Model {
            id: Uuid::now_v7(),
            person_id: Uuid::now_v7(),
            cohort_id: Uuid::now_v7(),
            circle: InfluenceCircle::Influence,
            domain: InfluenceDomain::Team,
            description: "<script>alert(1)</script> & Team".into(),
            stakeholders: "[]".into(),
            created_at: Utc::now(),
            updated_at: Utc::now(),
        };
        let svg = render("Mein <Plan>", &[area], Locale::De);
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains("Mein &lt;Plan&gt;"));
        for label in [
            "Kontrolle",
            "Einfluss",
            "Betroffenheit",
            "Eigene Rolle",
            "Zivilgesellschaft",
            "Netzwerk",
        ] {
            assert!(svg.contains(label), "{label}");
        }
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    }
}
