//! KH5004 `signature-authority`
//!
//! **What**: the authority lines of the signature block do not fit the
//! signer's title: "KT. CHỦ TỊCH" must be followed by the deputy's title
//! ("PHÓ CHỦ TỊCH"; "THỨ TRƯỞNG" for "KT. BỘ TRƯỞNG") and stand right above
//! it; "TM." is followed by a collective body ("TM. ỦY BAN NHÂN DÂN"), not a
//! person's title, and a deputy signing for the collective needs "KT." below
//! it; a deputy title with no "KT." line; "TL." and "TUQ." are followed by the
//! title of the one who signs, not of the head they sign for; "Q." (acting
//! head) is not followed by a deputy's title; and the prefixes are written
//! "TM.", "KT.", "TL.", "TUQ.", "Q." ("T/M", "K/T" are old forms).
//!
//! **Why**: Nghị định 30/2020/NĐ-CP, Phụ lục I, on the authority and title of
//! the signer (FACTS.md §3): the prefix says in whose name and by what right
//! the signer signs; a mismatch makes the signature's authority unclear.
//!
//! **Wrong**: `"signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "CHỦ TỊCH", "name": "Tổng Thanh Hải"}`
//!
//! **Right**: `"signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Tổng Thanh Hải"}`

use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{Plan, Pointer};
use crate::reference::format::Format;
use crate::rules::{text, Checker, Finding, Rule, RuleInfo, Text};
use crate::text::fold_key;

/// KH5004.
pub struct SignatureAuthority;

static INFO: RuleInfo = RuleInfo {
    code: "KH5004",
    slug: "signature-authority",
    severity: Severity::Error,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Quyền hạn ký (TM., KT., TL., TUQ., Q.) không khớp chức vụ người ký",
    summary_en: "Signing authority (TM., KT., TL., TUQ., Q.) does not fit the signer's title",
};

/// The prefixes of an authority line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefix {
    /// Thay mặt: on behalf of a collective.
    Tm,
    /// Ký thay: a deputy for the head.
    Kt,
    /// Thừa lệnh: by order.
    Tl,
    /// Thừa ủy quyền: by authorisation.
    Tuq,
    /// Quyền: acting head.
    Q,
}

impl Prefix {
    fn canonical(self) -> &'static str {
        match self {
            Prefix::Tm => "TM.",
            Prefix::Kt => "KT.",
            Prefix::Tl => "TL.",
            Prefix::Tuq => "TUQ.",
            Prefix::Q => "Q.",
        }
    }
}

/// Written forms, longest first; the old slashed forms are accepted as malformed.
const FORMS: &[(&str, Prefix)] = &[
    ("TUQ.", Prefix::Tuq),
    ("T/M.", Prefix::Tm),
    ("K/T.", Prefix::Kt),
    ("T/L.", Prefix::Tl),
    ("T/M", Prefix::Tm),
    ("K/T", Prefix::Kt),
    ("T/L", Prefix::Tl),
    ("TM.", Prefix::Tm),
    ("KT.", Prefix::Kt),
    ("TL.", Prefix::Tl),
    ("Q.", Prefix::Q),
];

/// One authority line: its index, prefix, the prefix as written, and the rest.
struct Line<'a> {
    index: usize,
    prefix: Prefix,
    written: &'a str,
    start: usize,
    rest: &'a str,
}

fn parse_line(index: usize, line: &str) -> Option<Line<'_>> {
    let start = line.len() - line.trim_start().len();
    let body = line.get(start..)?;
    FORMS.iter().find_map(|&(form, prefix)| {
        let head = body.get(..form.len())?;
        let after = body.get(form.len()..)?;
        let boundary = after.is_empty() || after.starts_with(' ') || form.ends_with('.');
        (head.eq_ignore_ascii_case(form) && boundary).then(|| Line {
            index,
            prefix,
            written: head,
            start,
            rest: after.trim(),
        })
    })
}

impl Rule for SignatureAuthority {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let signature = &plan.signature;
        let lines: Vec<Line<'_>> = signature
            .authority
            .iter()
            .enumerate()
            .filter_map(|(i, line)| parse_line(i, line))
            .collect();
        for line in &lines {
            check_line(plan, line, lines.last().map(|l| l.index), checker);
        }
        let format = &checker.ctx.reference.format;
        let title = signature.title.trim();
        let title_path = || Pointer::root().key("signature").key("title");
        match lines.last() {
            Some(last) if last.index + 1 == signature.authority.len() => {
                if let Some(finding) = check_title(last, title, format, &title_path) {
                    checker.report(finding);
                }
            }
            None if format.is_deputy_title(title) => {
                let head = format.head_of(title).unwrap_or_default();
                checker.report(
                    Finding::new(
                        title_path(),
                        text(
                            format!("Cấp phó ký thay cấp trưởng phải có dòng \"KT. {head}\" phía trên chức vụ \"{title}\"."),
                            format!("A deputy signing for the head needs a \"KT. {head}\" line above \"{title}\"."),
                        ),
                    )
                    .help(help()),
                );
            }
            _ => {}
        }
    }
}

fn check_line(plan: &Plan, line: &Line<'_>, last: Option<usize>, checker: &mut Checker<'_>) {
    let written = &plan.signature.authority;
    let path = || {
        Pointer::root()
            .key("signature")
            .key("authority")
            .index(line.index)
    };
    let full = written.get(line.index).map_or("", String::as_str);
    let canonical = line.prefix.canonical();
    if line.written != canonical {
        let edit = Edit {
            path: path().into(),
            range: Some(Range::from_bytes(
                full,
                line.start,
                line.start + line.written.len(),
            )),
            insert: canonical.to_string(),
        };
        checker.report(
            Finding::new(
                path(),
                text(
                    format!("Viết \"{canonical}\", không viết \"{}\".", line.written),
                    format!("Write \"{canonical}\", not \"{}\".", line.written),
                ),
            )
            .range(Range::from_bytes(
                full,
                line.start,
                line.start + line.written.len(),
            ))
            .help(help())
            .fix(
                text(
                    format!("Viết thành \"{canonical}\""),
                    format!("Write \"{canonical}\""),
                ),
                vec![edit],
            ),
        );
    }
    if line.prefix == Prefix::Tm && checker.ctx.reference.format.is_person_title(line.rest) {
        checker.report(
            Finding::new(
                path(),
                text(
                    format!("\"TM.\" dùng khi ký thay mặt một tập thể (\"TM. ỦY BAN NHÂN DÂN\"), không đứng trước chức vụ \"{}\".", line.rest),
                    format!("\"TM.\" signs on behalf of a collective (\"TM. ỦY BAN NHÂN DÂN\"), not before the title \"{}\".", line.rest),
                ),
            )
            .help(help()),
        );
    }
    if line.prefix == Prefix::Kt && last != Some(line.index) {
        checker.report(
            Finding::new(
                path(),
                text(
                    format!(
                        "Dòng \"KT. {}\" phải đứng ngay trên chức vụ của người ký.",
                        line.rest
                    ),
                    format!(
                        "The \"KT. {}\" line must stand right above the signer's title.",
                        line.rest
                    ),
                ),
            )
            .help(help()),
        );
    }
}

/// Checks the signer's title against the authority line right above it.
fn check_title(
    last: &Line<'_>,
    title: &str,
    format: &Format,
    path: &dyn Fn() -> Pointer,
) -> Option<Finding> {
    let head = last.rest;
    match last.prefix {
        Prefix::Kt => {
            let deputy = format.deputy_of(head);
            if fold_key(title) == fold_key(&deputy) {
                return None;
            }
            let edit = Edit {
                path: path().into(),
                range: None,
                insert: deputy.clone(),
            };
            let message = if title.is_empty() {
                text(
                    format!("Sau \"KT. {head}\" phải ghi chức vụ của người ký thay: \"{deputy}\"."),
                    format!("After \"KT. {head}\" write the deputy's title: \"{deputy}\"."),
                )
            } else {
                text(
                    format!("Sau \"KT. {head}\" người ký là cấp phó (\"{deputy}\"), không phải \"{title}\"."),
                    format!("After \"KT. {head}\" the signer is the deputy (\"{deputy}\"), not \"{title}\"."),
                )
            };
            Some(
                Finding::new(path(), message)
                    .help(help())
                    .fix(text(format!("Ghi \"{deputy}\""), format!("Write \"{deputy}\"")), vec![edit]),
            )
        }
        Prefix::Tm | Prefix::Q if format.is_deputy_title(title) => Some(
            Finding::new(
                path(),
                text(
                    format!("Cấp phó (\"{title}\") không ký ngay dưới \"{} {head}\": thêm dòng \"KT.\" với chức vụ của người đứng đầu.", last.prefix.canonical()),
                    format!("A deputy (\"{title}\") does not sign right under \"{} {head}\": add a \"KT.\" line with the head's title.", last.prefix.canonical()),
                ),
            )
            .help(help()),
        ),
        Prefix::Tl | Prefix::Tuq if title.is_empty() || fold_key(title) == fold_key(head) => Some(
            Finding::new(
                path(),
                text(
                    format!("Sau \"{} {head}\" ghi chức vụ của người được giao ký (ví dụ \"CHÁNH VĂN PHÒNG\"), không phải \"{head}\".", last.prefix.canonical()),
                    format!("After \"{} {head}\" write the title of the one who signs (e.g. \"CHÁNH VĂN PHÒNG\"), not \"{head}\".", last.prefix.canonical()),
                ),
            )
            .help(help()),
        ),
        _ => None,
    }
}

fn help() -> Text {
    text(
        "TM. + tên tập thể (rồi chức vụ người đứng đầu, hoặc KT. + chức vụ người đứng đầu và chức vụ cấp phó); KT. + chức vụ cấp trưởng rồi chức vụ cấp phó; Q. + chức vụ cấp trưởng; TL., TUQ. + chức vụ người đứng đầu rồi chức vụ người ký (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        "TM. + the collective (then the head's title, or KT. + the head's title and the deputy's); KT. + the head's title then the deputy's; Q. + the head's title; TL., TUQ. + the head's title then the signer's (Decree 30/2020, Appendix I).",
    )
}
