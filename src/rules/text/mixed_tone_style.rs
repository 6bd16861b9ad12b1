//! KH6005 `mixed-tone-style`
//!
//! **What**: the plan places tone marks in both accepted styles — the older
//! "Uỷ, hoà, thuỷ, khoẻ" (on the last vowel of "oa", "oe", "uy") and the newer
//! "Ủy, hòa, thủy, khỏe" (on the first). Only syllables ending in those pairs
//! differ ("hoàng", "quý" are written alike in both). All text is read
//! except numbers, labels and deadlines. One finding, at the first word in
//! the less used style, counting both.
//!
//! **Why**: both styles are correct, but one document should keep to one;
//! mixed styles also make the same name look like two ("Ủy ban" / "Uỷ ban")
//! to search (FACTS.md §6). Which style to keep is the drafter's choice, so
//! there is no automatic fix.
//!
//! **Wrong**: `"title": "… của Ủy ban nhân dân tỉnh", "closing": "… báo cáo Uỷ ban nhân dân tỉnh./."`
//!
//! **Right**: `"title": "… của Ủy ban nhân dân tỉnh", "closing": "… báo cáo Ủy ban nhân dân tỉnh./."`

use super::fields::{all_fields, FieldKind};
use super::words::is_word_char;
use crate::diagnostic::{Range, Severity};
use crate::model::{Plan, Pointer};
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo};
use crate::text::fold::split_tone;
use crate::text::memo::{memoized, TextMemo};
use std::cell::RefCell;

/// KH6005.
pub struct MixedToneStyle;

static INFO: RuleInfo = RuleInfo {
    code: "KH6005",
    slug: "mixed-tone-style",
    severity: Severity::Info,
    fix: None,
    summary_vi: "Dùng lẫn hai cách đặt dấu thanh (Uỷ/Ủy, hoà/hòa)",
    summary_en: "Both tone-mark styles in one plan (Uỷ/Ủy, hoà/hòa)",
};

/// The two placements of a tone mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// On the last vowel: "uỷ", "hoà".
    Old,
    /// On the first vowel: "ủy", "hòa".
    New,
}

/// The first occurrence of a style and how many there are.
#[derive(Default)]
struct Tally {
    count: usize,
    first: Option<(Pointer, Range, String)>,
}

impl Rule for MixedToneStyle {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::OUTLINE
            .union(ItemFields::TEXT)
            .union(ItemFields::AGENCIES)
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let mut old = Tally::default();
        let mut new = Tally::default();
        all_fields(plan, &mut |body, kind, path| {
            if kind == FieldKind::Data || body.is_ascii() {
                return;
            }
            let marks = marks_of(body);
            for (tally, count, first) in [
                (&mut old, marks.old, marks.first_old),
                (&mut new, marks.new, marks.first_new),
            ] {
                tally.count += count;
                if let (None, Some((start, end))) = (&tally.first, first) {
                    let word = word_at(body, start, end);
                    tally.first = Some((
                        path(),
                        Range::from_bytes(body, start, end),
                        word.to_string(),
                    ));
                }
            }
        });
        if old.count == 0 || new.count == 0 {
            return;
        }
        let (Some((_, _, old_word)), Some((_, _, new_word))) = (&old.first, &new.first) else {
            return;
        };
        let message = text(
            format!(
                "Kế hoạch dùng lẫn hai cách đặt dấu thanh: kiểu cũ như \"{old_word}\" ({} lần) và kiểu mới như \"{new_word}\" ({} lần).",
                old.count, new.count
            ),
            format!(
                "The plan mixes two tone-mark styles: the older, as in \"{old_word}\" ({} times), and the newer, as in \"{new_word}\" ({} times).",
                old.count, new.count
            ),
        );
        let minority = if old.count <= new.count { old } else { new };
        let Some((path, range, _)) = minority.first else {
            return;
        };
        checker.report(
            Finding::new(path, message).range(range).help(text(
                "Chọn một cách đặt dấu và dùng thống nhất trong cả văn bản (cả hai cách đều đúng chính tả).",
                "Pick one style and keep to it throughout (both are correct).",
            )),
        );
    }
}

/// The tone marks of one text: how many in each style and where the first is.
#[derive(Clone, Copy, Default)]
struct Marks {
    old: usize,
    new: usize,
    first_old: Option<(usize, usize)>,
    first_new: Option<(usize, usize)>,
}

/// The marks of `body`, counted once per distinct text: this plan-wide check
/// runs on every edit, and most fields have not changed since the last run.
fn marks_of(body: &str) -> Marks {
    thread_local! {
        static MEMO: RefCell<TextMemo<Marks, ()>> = RefCell::default();
    }
    *memoized(&MEMO, body, (), count_marks)
}

fn count_marks(body: &str) -> Marks {
    let mut marks = Marks::default();
    for_each_marked(body, |style, start, end| {
        let (count, first) = match style {
            Style::Old => (&mut marks.old, &mut marks.first_old),
            Style::New => (&mut marks.new, &mut marks.first_new),
        };
        *count += 1;
        first.get_or_insert((start, end));
    });
    marks
}

/// Calls `found` with the style and the byte span of every vowel pair whose
/// tone placement differs between the styles: "oa", "oe", "uy" (not after
/// "q") ending a syllable, with a tone on one of its vowels.
fn for_each_marked(body: &str, mut found: impl FnMut(Style, usize, usize)) {
    let mut chars = body.char_indices().peekable();
    let mut previous: Option<(usize, (char, usize))> = None;
    let mut previous_after_q = false;
    let mut last_was_q = false;
    while let Some((i, c)) = chars.next() {
        let current = vowel(c);
        if let (Some((start, first)), Some(second)) = (previous, current) {
            let ends_syllable = chars.peek().is_none_or(|&(_, next)| !is_word_char(next));
            if ends_syllable && !previous_after_q {
                if let Some(style) = style_of(first, second) {
                    found(style, start, i + c.len_utf8());
                }
            }
        }
        previous_after_q = last_was_q;
        previous = current.map(|v| (i, v));
        last_was_q = matches!(c, 'q' | 'Q');
    }
}

/// (plain vowel, tone index) of a, e, o, u, y in any case and tone; `None`
/// for anything else. Cheap: no Unicode tables, a lookup only for letters
/// of the Latin-1 and Vietnamese blocks.
fn vowel(c: char) -> Option<(char, usize)> {
    match c {
        'a' | 'e' | 'o' | 'u' | 'y' => Some((c, 0)),
        'A' | 'E' | 'O' | 'U' | 'Y' => Some((c.to_ascii_lowercase(), 0)),
        '\u{c0}'..='\u{fd}' | '\u{168}' | '\u{169}' | '\u{1ea0}'..='\u{1ef9}' => {
            split_tone(lowercase(c))
        }
        _ => None,
    }
}

/// The lower case of a capital of the Latin-1 and Vietnamese blocks.
fn lowercase(c: char) -> char {
    let code = u32::from(c);
    let lower = match code {
        0xc0..=0xde if code != 0xd7 => code + 0x20,
        0x168 => 0x169,
        0x1ea0..=0x1ef9 if code % 2 == 0 => code + 1,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

fn style_of((v1, t1): (char, usize), (v2, t2): (char, usize)) -> Option<Style> {
    if !matches!((v1, v2), ('o', 'a') | ('o', 'e') | ('u', 'y')) {
        return None;
    }
    match (t1, t2) {
        (0, t) if t != 0 => Some(Style::Old),
        (t, 0) if t != 0 => Some(Style::New),
        _ => None,
    }
}

/// The word containing `start..end`, for the message.
fn word_at(body: &str, start: usize, end: usize) -> &str {
    let head = body.get(..start).unwrap_or("");
    let from = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map_or(start, |(i, _)| i);
    let tail = body.get(end..).unwrap_or("");
    let to = end + tail.find(|c: char| !is_word_char(c)).unwrap_or(tail.len());
    body.get(from..to).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(body: &str) -> Vec<(Style, String)> {
        let mut out = Vec::new();
        for_each_marked(body, |style, start, end| {
            out.push((style, body[start..end].to_string()))
        });
        out
    }

    #[test]
    fn both_styles_are_told_apart() {
        assert_eq!(
            styles("Uỷ ban, Khánh Hoà, khoẻ"),
            [
                (Style::Old, "Uỷ".into()),
                (Style::Old, "oà".into()),
                (Style::Old, "oẻ".into())
            ]
        );
        assert_eq!(
            styles("Ủy ban, Khánh Hòa, ỦY BAN"),
            [
                (Style::New, "Ủy".into()),
                (Style::New, "òa".into()),
                (Style::New, "ỦY".into())
            ]
        );
    }

    #[test]
    fn syllables_written_alike_in_both_styles() {
        for body in [
            "hoàng", "quý", "Quỳnh", "thuyền", "toàn", "khuỷu", "hoa", "Huy", "của",
        ] {
            assert!(styles(body).is_empty(), "{body}");
        }
    }
}
