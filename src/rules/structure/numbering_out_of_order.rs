//! KH1002 `numbering-out-of-order`
//!
//! **What**: among the parts of the plan, or the items of one level, a written
//! label that does not follow the one before it: a value skipped (I, II, IV),
//! repeated (1, 2, 2) or going back (a, c, b); a list that does not start at
//! its first value; a dotted number that does not start with its parent's
//! ("3.1" under "2."). Point letters follow the Vietnamese alphabet — a b c d
//! đ e g h i k l m n o p q r s t u v x y — so "đ" after "d" is right and "e"
//! after "d" skips "đ". A blank label is numbered automatically and counts as
//! the next value; bullets ("-", "+") are not numbered and not judged.
//!
//! **Why**: Nghị định 30/2020/NĐ-CP, Phụ lục I numbers the parts of a text
//! I., II. → 1., 2. → a), b), c), d), đ) …; a skipped or repeated value makes
//! the plan look incomplete and its cross-references ("Mục III.6")
//! ambiguous. The fix renumbers the label and is unsafe: the real mistake may
//! be a missing item rather than a wrong number, and other text may cite the
//! old label.
//!
//! **Wrong**: parts "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "IV. KINH PHÍ"
//!
//! **Right**: parts "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. KINH PHÍ"

use crate::assemble::numbering::{
    bare, kind_of, letter, letter_position, roman, roman_value, LabelKind,
};
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{Item, Plan, Pointer};
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo};

/// KH1002.
pub struct NumberingOutOfOrder;

static INFO: RuleInfo = RuleInfo {
    code: "KH1002",
    slug: "numbering-out-of-order",
    severity: Severity::Warning,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Số thứ tự các mục bị nhảy, trùng hoặc sai thứ tự",
    summary_en: "Numbering skips, repeats or goes out of order",
};

impl Rule for NumberingOutOfOrder {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::OUTLINE
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let sections = Pointer::root().key("sections");
        let mut group = Group::new(None);
        for (i, section) in plan.sections.iter().enumerate() {
            group.next(&section.label, || sections.index(i), checker);
            check_items(&section.items, None, &|| sections.index(i), checker);
        }
    }
}

/// Checks one level of items in document order, each followed by the levels
/// below it; `at` builds the pointer of their holder when one is needed.
fn check_items(
    items: &[Item],
    parent: Option<&str>,
    at: &dyn Fn() -> Pointer,
    checker: &mut Checker<'_>,
) {
    if items.is_empty() {
        return;
    }
    let base = at().key("items");
    let mut group = Group::new(parent);
    for (i, item) in items.iter().enumerate() {
        group.next(&item.label, || base.index(i), checker);
        let own = bare(&item.label);
        let numbered = matches!(kind_of(own), LabelKind::Number | LabelKind::SubNumber);
        check_items(
            &item.items,
            numbered.then_some(own),
            &|| base.index(i),
            checker,
        );
    }
}

/// How a written label counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Roman,
    Capital,
    Arabic,
    Dotted,
    Letter,
}

impl Style {
    fn slot(self) -> usize {
        self as usize
    }
}

/// A written label read as a position in its style's sequence.
struct Reading<'a> {
    style: Style,
    /// 1-based value; `None` for a label of the style that has no place in it ("f", "IIII").
    value: Option<usize>,
    /// What comes before the last dot of a dotted number ("3" in "3.1").
    prefix: &'a str,
}

fn read(label: &str, previous: Option<Style>) -> Option<Reading<'_>> {
    let reading = |style, value| Reading {
        style,
        value,
        prefix: "",
    };
    match kind_of(label) {
        LabelKind::Number => Some(reading(Style::Arabic, label.parse().ok())),
        LabelKind::SubNumber => {
            let (prefix, last) = label.rsplit_once('.')?;
            Some(Reading {
                style: Style::Dotted,
                value: last.parse().ok(),
                prefix,
            })
        }
        LabelKind::Part => {
            let single = label.len() == 1;
            if single && (previous == Some(Style::Capital) || roman_value(label).is_none()) {
                let value = label.bytes().next().map(|b| usize::from(b - b'A') + 1);
                Some(reading(Style::Capital, value))
            } else {
                Some(reading(Style::Roman, roman_value(label)))
            }
        }
        LabelKind::Letter => Some(reading(
            Style::Letter,
            letter_position(label).map(|p| p + 1),
        )),
        _ => None,
    }
}

/// The label at a 1-based position of a style.
fn label_at(style: Style, value: usize, prefix: &str) -> String {
    match style {
        Style::Roman => roman(value),
        Style::Capital => u8::try_from(value)
            .ok()
            .filter(|v| (1..=26).contains(v))
            .map_or_else(
                || value.to_string(),
                |v| char::from(b'A' + v - 1).to_string(),
            ),
        Style::Arabic => value.to_string(),
        Style::Dotted => format!("{prefix}.{value}"),
        Style::Letter => letter(value.saturating_sub(1)),
    }
}

/// The state of one sibling group while its labels are read in order.
struct Group<'p> {
    /// The parent's numbered label, which dotted children must start with.
    parent: Option<&'p str>,
    /// The last value of each style met so far.
    last: [Option<usize>; 5],
    /// Style of the last written label.
    current: Option<Style>,
    /// Blank labels before the first written one.
    leading_blanks: usize,
}

/// What is wrong with a label.
enum Fault {
    FirstNotOne,
    Skipped,
    Repeated,
    Backwards,
    NotInSequence,
    WrongPrefix,
}

impl<'p> Group<'p> {
    fn new(parent: Option<&'p str>) -> Self {
        Group {
            parent,
            last: [None; 5],
            current: None,
            leading_blanks: 0,
        }
    }

    /// Reads the next sibling's label; `path` builds its pointer when a finding needs it.
    fn next(&mut self, label: &str, path: impl FnOnce() -> Pointer, checker: &mut Checker<'_>) {
        let written = bare(label);
        if written.is_empty() {
            match self.current {
                Some(style) => {
                    if let Some(last) = self.last.get_mut(style.slot()).and_then(Option::as_mut) {
                        *last += 1;
                    }
                }
                None => self.leading_blanks += 1,
            }
            return;
        }
        let Some(reading) = read(written, self.current) else {
            return;
        };
        let slot = reading.style.slot();
        let previous = self.last.get(slot).copied().flatten();
        let expected = previous.map_or(self.leading_blanks + 1, |p| p + 1);
        let prefix = match (reading.style, self.parent) {
            (Style::Dotted, Some(parent)) => parent,
            _ => reading.prefix,
        };
        let fault = if reading.style == Style::Dotted && prefix != reading.prefix {
            Some(Fault::WrongPrefix)
        } else {
            match reading.value {
                None => Some(Fault::NotInSequence),
                Some(v) if v == expected => None,
                Some(v) if previous == Some(v) => Some(Fault::Repeated),
                Some(v) if v < expected => Some(Fault::Backwards),
                Some(_) if previous.is_none() => Some(Fault::FirstNotOne),
                Some(_) => Some(Fault::Skipped),
            }
        };
        if let Some(fault) = fault {
            let want = label_at(reading.style, expected, prefix);
            let before = previous.map(|p| label_at(reading.style, p, prefix));
            report(
                checker,
                path(),
                label,
                written,
                &want,
                before.as_deref(),
                fault,
            );
        }
        if let Some(last) = self.last.get_mut(slot) {
            *last = Some(reading.value.unwrap_or(expected));
        }
        self.current = Some(reading.style);
    }
}

fn report(
    checker: &mut Checker<'_>,
    at: Pointer,
    label: &str,
    written: &str,
    want: &str,
    before: Option<&str>,
    fault: Fault,
) {
    let before = before.unwrap_or_default();
    let message = match fault {
        Fault::FirstNotOne => text(
            format!("Số thứ tự \"{written}\" mở đầu danh sách; số đầu tiên phải là \"{want}\"."),
            format!("\"{written}\" starts the list; the first label should be \"{want}\"."),
        ),
        Fault::Skipped => text(
            format!("Số thứ tự \"{written}\" đứng sau \"{before}\", bỏ qua \"{want}\"."),
            format!("\"{written}\" follows \"{before}\" and skips \"{want}\"."),
        ),
        Fault::Repeated => text(
            format!("Số thứ tự \"{written}\" bị trùng với mục liền trước."),
            format!("\"{written}\" repeats the label before it."),
        ),
        Fault::Backwards => text(
            format!("Số thứ tự \"{written}\" đứng sau \"{before}\": sai thứ tự, phải là \"{want}\"."),
            format!("\"{written}\" comes after \"{before}\": out of order, expected \"{want}\"."),
        ),
        Fault::NotInSequence => text(
            format!("Số thứ tự \"{written}\" không thuộc dãy đánh số (tiếng Việt dùng a, b, c, d, đ, e, g …); phải là \"{want}\"."),
            format!("\"{written}\" is not in the numbering sequence (Vietnamese uses a, b, c, d, đ, e, g …); expected \"{want}\"."),
        ),
        Fault::WrongPrefix => text(
            format!("Số thứ tự \"{written}\" không bắt đầu bằng số của mục trên; phải là \"{want}\"."),
            format!("\"{written}\" does not start with its parent's number; expected \"{want}\"."),
        ),
    };
    let start = label.len() - label.trim_start().len();
    let range = Range::from_bytes(label, start, start + written.len());
    let field = at.key("label");
    let edit = Edit {
        path: field.as_str().to_string(),
        range: Some(range),
        insert: want.to_string(),
    };
    checker.report(
        Finding::new(field, message)
            .range(range)
            .help(text(
                "Đánh số liên tục theo thứ tự I, II, III → 1, 2, 3 → 1.1, 1.2 → a, b, c, d, đ, e …",
                "Number consecutively: I, II, III → 1, 2, 3 → 1.1, 1.2 → a, b, c, d, đ, e …",
            ))
            .fix(
                text(
                    format!("Đổi thành \"{want}\""),
                    format!("Change to \"{want}\""),
                ),
                vec![edit],
            ),
    );
}

#[cfg(test)]
mod tests {
    use crate::model::{Item, Plan, Section};
    use crate::{validate, Context};

    fn findings(plan: &Plan) -> Vec<(String, String)> {
        validate(plan, &Context::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "KH1002")
            .map(|d| (d.path, d.fix.map(|f| f.edits[0].insert.clone()).unwrap()))
            .collect()
    }

    fn items(labels: &[&str]) -> Vec<Item> {
        labels
            .iter()
            .map(|l| Item {
                label: l.to_string(),
                heading: "Kiểm tra tình hình thi hành pháp luật".into(),
                ..Item::default()
            })
            .collect()
    }

    fn plan_with(labels: &[&str]) -> Plan {
        Plan {
            sections: vec![Section {
                label: "I".into(),
                items: items(labels),
                ..Section::default()
            }],
            ..Plan::default()
        }
    }

    fn faults(labels: &[&str]) -> Vec<(usize, String)> {
        findings(&plan_with(labels))
            .into_iter()
            .map(|(path, want)| {
                let index = path
                    .trim_end_matches("/label")
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .parse()
                    .unwrap();
                (index, want)
            })
            .collect()
    }

    #[test]
    fn d_stroke_follows_d() {
        assert!(faults(&["a", "b", "c", "d", "đ", "e", "g"]).is_empty());
        assert_eq!(faults(&["a", "b", "c", "d", "e"]), [(4, "đ".to_string())]);
        assert_eq!(faults(&["a", "b", "d"]), [(2, "c".to_string())]);
        assert_eq!(
            faults(&["d", "e", "f"]),
            [
                (0, "a".to_string()),
                (1, "đ".to_string()),
                (2, "g".to_string())
            ]
        );
    }

    #[test]
    fn repeats_and_backward_steps() {
        assert_eq!(faults(&["1", "2", "2", "3"]), [(2, "3".to_string())]);
        assert_eq!(
            faults(&["1", "3", "2"]),
            [(1, "2".to_string()), (2, "4".to_string())]
        );
    }

    #[test]
    fn blanks_count_and_bullets_do_not() {
        assert!(faults(&["1", "", "3"]).is_empty());
        assert!(faults(&["", "", "3"]).is_empty());
        assert!(faults(&["1", "-", "+", "2."]).is_empty());
        assert!(faults(&["-", "-"]).is_empty());
    }

    #[test]
    fn capital_letters_are_not_read_as_numerals_in_a_letter_list() {
        assert!(faults(&["A", "B", "C", "D"]).is_empty());
        assert!(faults(&["I", "II", "III", "IV", "V"]).is_empty());
        assert_eq!(faults(&["I", "II", "IIII"]), [(2, "III".to_string())]);
    }

    #[test]
    fn dotted_numbers_start_with_the_parent() {
        let mut plan = plan_with(&["1", "2"]);
        plan.sections[0].items[1].items = items(&["2.1", "2.2", "3.3"]);
        plan.sections[0].items[0].items = items(&["1.1", "1.3"]);
        assert_eq!(
            findings(&plan),
            [
                (
                    "/sections/0/items/0/items/1/label".to_string(),
                    "1.2".to_string()
                ),
                (
                    "/sections/0/items/1/items/2/label".to_string(),
                    "2.3".to_string()
                ),
            ]
        );
    }
}
