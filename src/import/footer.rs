//! After the body: the closing paragraph, "Nơi nhận:" with its list, and the
//! signature block, in any order, with stray tokens around them.

use super::lines::Line;
use super::marker::{parse_marker, MarkerKind};
use super::tracked::{Builder, Tracked};
use super::words::{is_all_caps, is_terminated, starts_lowercase, strip_any, strip_phrase};
use std::ops::Range;

/// What the end of the plan says.
#[derive(Debug, Default)]
pub(crate) struct Footer {
    pub closing: Option<Tracked>,
    pub recipients: Vec<Tracked>,
    /// Span from the "Nơi nhận" label to the last entry.
    pub recipients_span: Option<Range<usize>>,
    /// The "Nơi nhận" label as written (it may be misspelt: "Noi nhận").
    pub recipients_label: Option<Tracked>,
    pub authority: Vec<Tracked>,
    pub title: Option<Tracked>,
    pub name: Option<Tracked>,
    /// Text with no place, with the pointer of the part it was found next to.
    pub stray: Vec<(&'static str, Tracked)>,
}

/// Prefixes of authority lines: "TM.", "KT.", "Q.", "TL.", "TUQ.".
const AUTHORITY: &[&str] = &[
    "TM.", "T.M.", "T/M", "KT.", "K.T.", "K/T", "Q.", "TL.", "T.L.", "T/L", "TUQ.", "T.U.Q.",
];

/// Openers of the closing paragraph.
const CLOSING: &[&str] = &["trên đây là", "trên đây"];

/// Longest signer's name, in words.
const MAX_NAME_WORDS: usize = 6;

/// Whether `line` starts the end of the plan: the closing, the recipients or the signature.
pub(crate) fn starts_footer(line: &Line) -> bool {
    let text = line.as_str();
    is_closing(text) || recipients_label(text).is_some() || is_authority(text)
}

fn is_closing(text: &str) -> bool {
    strip_any(text, CLOSING, true).is_some()
}

/// Length of a "Nơi nhận:" label at the start of `text` (diacritics optional,
/// broken characters allowed).
fn recipients_label(text: &str) -> Option<usize> {
    let len = strip_phrase(text, "nơi nhận", true)?;
    let rest = text.get(len..)?;
    Some(len + (rest.len() - rest.trim_start_matches([':', ' ']).len()))
}

/// Whether `text` is an authority line ("TM. ỦY BAN NHÂN DÂN").
fn is_authority(text: &str) -> bool {
    AUTHORITY.iter().any(|p| {
        text.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(' ') && is_all_caps(rest))
    })
}

/// Reads the footer lines `range`.
pub(crate) fn read_footer(lines: &[Line], range: Range<usize>) -> Footer {
    let mut footer = Footer::default();
    let mut closing: Option<(Builder, usize)> = None;
    // The recipient being read, which may go on over several lines.
    let mut open: Option<Builder> = None;
    let mut in_recipients = false;
    for (index, line) in lines.iter().enumerate().take(range.end).skip(range.start) {
        if !line.is_content() {
            continue;
        }
        let text = line.as_str();
        if let Some((builder, last)) = closing.as_mut() {
            let prev = lines.get(*last).map_or("", Line::as_str);
            let continues = !starts_footer(line)
                && !lines.get(*last).is_some_and(|l| l.hard_break)
                && (!is_terminated(prev) || starts_lowercase(text));
            if continues {
                builder.space(line.span.start);
                builder.push_tracked(&line.text);
                *last = index;
                continue;
            }
            if let Some((builder, _)) = closing.take() {
                footer.closing = Some(builder.finish());
            }
        }
        if in_recipients {
            if let Some(marker) = parse_marker(text).filter(|m| is_bullet(m.kind)) {
                close_recipient(&mut footer, &mut open);
                open = Some(open_recipient(&mut footer, line, marker.body));
                continue;
            }
            if let Some(builder) = open.as_mut().filter(|_| starts_lowercase(text)) {
                builder.space(line.span.start);
                builder.push_tracked(&line.text);
                continue;
            }
        }
        close_recipient(&mut footer, &mut open);
        if footer.closing.is_none() && is_closing(text) {
            let mut builder = Builder::new();
            builder.push_tracked(&line.text);
            closing = Some((builder, index));
            continue;
        }
        if let Some(len) = recipients_label(text) {
            in_recipients = true;
            footer.recipients_span = Some(line.text.source_range());
            let word_len = strip_phrase(text, "nơi nhận", true).unwrap_or(len);
            footer.recipients_label = Some(line.text.slice(0..word_len));
            if !line.text.tail(len).trim().is_empty() {
                open = Some(open_recipient(&mut footer, line, len));
            }
            continue;
        }
        if is_authority(text) {
            in_recipients = false;
            footer.authority.push(line.text.clone());
            continue;
        }
        signature_line(&mut footer, line);
    }
    close_recipient(&mut footer, &mut open);
    if let Some((builder, _)) = closing {
        footer.closing = Some(builder.finish());
    }
    footer
}

fn is_bullet(kind: MarkerKind) -> bool {
    matches!(
        kind,
        MarkerKind::Dash | MarkerKind::Plus | MarkerKind::Bullet(_)
    )
}

/// Starts the recipient written from byte `from` of `line`, without an
/// emphasised stray mark at its end ("Lưu: VT, NC *W*").
fn open_recipient(footer: &mut Footer, line: &Line, from: usize) -> Builder {
    let mut end = line.text.len();
    if let Some(mark) = line.emphasis.last() {
        let mark_text = line.text.as_str().get(mark.clone()).unwrap_or("");
        let at_end = line
            .text
            .as_str()
            .get(mark.end..)
            .is_some_and(|rest| rest.trim().is_empty());
        if at_end && mark.start > from && mark_text.chars().count() <= 3 {
            footer
                .stray
                .push(("/recipients", line.text.slice(mark.clone())));
            end = mark.start;
        }
    }
    let mut builder = Builder::new();
    builder.push_tracked(&line.text.slice(from..end));
    builder
}

/// Ends the recipient being read: without its final ";" or ".".
fn close_recipient(footer: &mut Footer, open: &mut Option<Builder>) {
    let Some(builder) = open.take() else {
        return;
    };
    let entry = builder.finish().trim_end_matches(&[';', '.', ',']);
    if entry.is_empty() {
        return;
    }
    let span = entry.source_range();
    footer.recipients_span = Some(match footer.recipients_span.take() {
        Some(s) => s.start.min(span.start)..s.end.max(span.end),
        None => span,
    });
    footer.recipients.push(entry);
}

/// The signer's title (all capitals) and name ("Tổng Thanh Hải"); anything else is stray.
fn signature_line(footer: &mut Footer, line: &Line) {
    let text = line.as_str();
    let signing = !footer.authority.is_empty() || footer.title.is_some();
    if is_all_caps(text) && footer.title.is_none() {
        footer.title = Some(line.text.clone());
    } else if signing && footer.name.is_none() && is_name(text) {
        footer.name = Some(line.text.clone());
    } else {
        let near = if footer.authority.is_empty() && footer.title.is_none() {
            if footer.recipients.is_empty() {
                "/closing"
            } else {
                "/recipients"
            }
        } else {
            "/signature"
        };
        footer.stray.push((near, line.text.clone()));
    }
}

/// A person's name: two to six capitalised words, no digits, no final punctuation.
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=MAX_NAME_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !text.chars().any(|c| c.is_ascii_digit())
        && !is_terminated(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::split_lines;

    fn footer(text: &str) -> Footer {
        let lines = split_lines(text);
        read_footer(&lines, 0..lines.len())
    }

    fn strings(list: &[Tracked]) -> Vec<&str> {
        list.iter().map(Tracked::as_str).collect()
    }

    #[test]
    fn lai_chau_footer() {
        let f = footer(
            "Trên đây là Kế hoạch … chỉ đạo./.\n\n***Nơi nhận:***\n\n- Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL);\n- văn phòng UBND tỉnh: V, Th1;\n- Lưu: VT, Th5.\n\n**TM. ỦY BAN NHÂN DÂN**  \n**KT. CHỦ TỊCH**  \n**PHÓ CHỦ TỊCH**\n\n**Tổng Thanh Hải**",
        );
        assert_eq!(
            f.closing.unwrap().as_str(),
            "Trên đây là Kế hoạch … chỉ đạo./."
        );
        assert_eq!(
            strings(&f.recipients),
            [
                "Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL)",
                "văn phòng UBND tỉnh: V, Th1",
                "Lưu: VT, Th5"
            ]
        );
        assert_eq!(
            strings(&f.authority),
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
        );
        assert_eq!(f.title.unwrap().as_str(), "PHÓ CHỦ TỊCH");
        assert_eq!(f.name.unwrap().as_str(), "Tổng Thanh Hải");
        assert!(f.stray.is_empty());
    }

    #[test]
    fn misspelt_label_stray_mark_and_trailing_title() {
        let f = footer(
            "Noi nhận:\n\n- Sở, ngành;\n- Lưu: VT, NC *W*\n\nTM. ỦY BAN NHÂN DÂN\n\nKT. CHỦ TỊCH\n\nPHÓ CHỦ TỊCH\n\n\n\nLâm Hoàng Nghiệp\n\nChánh Văn phòng",
        );
        assert_eq!(strings(&f.recipients), ["Sở, ngành", "Lưu: VT, NC"]);
        assert_eq!(f.name.unwrap().as_str(), "Lâm Hoàng Nghiệp");
        let stray: Vec<_> = f.stray.iter().map(|(p, t)| (*p, t.as_str())).collect();
        assert_eq!(
            stray,
            [("/recipients", "W"), ("/signature", "Chánh Văn phòng")]
        );
    }

    #[test]
    fn broken_label_and_name() {
        let f = footer("Nơi nh\u{FFFD}n: \n- Bộ Tư pháp; \n- Lưu: VT. \n\nTM. ỦY BAN NHÂN DÂN \nKT. CHỦ TỊCH \nPHÓ CHỦ TỊCH \n\nLê H\u{FFFD}ng Sơn ");
        assert_eq!(strings(&f.recipients), ["Bộ Tư pháp", "Lưu: VT"]);
        assert_eq!(f.name.unwrap().as_str(), "Lê H\u{FFFD}ng Sơn");
    }
}
