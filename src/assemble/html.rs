//! The plan as HTML in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I: a
//! fragment for the drafting page's live preview, and a standalone document
//! that prints to A4 from any browser.

mod markup;

use crate::assemble::dateline::{day_text, month_text};
use crate::assemble::numbering::{
    bare, child_kind, is_sentence, kind_of, numbering, punctuated, written_or, LabelKind,
};
use crate::context::Lang;
use crate::model::{Activity, Citation, Item, Plan, Pointer};
use markup::{escape_into, Markup};

/// The stylesheet of the assembled plan: A4 page, margins, fonts, header and signature layout.
pub const PRINT_CSS: &str = include_str!("print.css");

/// Page background for the standalone document only; the drafting page has its own.
const STANDALONE_CSS: &str = "body { margin: 0; background: #e8e8e8; }\n\
@media screen { body { padding: 10mm 0; } }\n\
@media print { body { background: none; } }\n";

/// How the plan is rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct HtmlOptions {
    /// Language of placeholder hints; the document itself is always Vietnamese.
    pub lang: Lang,
    /// Draft mode: blank fields show placeholders ("Số: …/KH-UBND").
    pub show_placeholders: bool,
    /// Adds `data-path="<JSON Pointer>"` to elements that render a plan field.
    pub data_paths: bool,
}

/// The plan as an `<article class="kh-page">` fragment, for embedding in a page.
pub fn assemble_html(plan: &Plan, options: &HtmlOptions) -> String {
    let mut page = Page {
        m: Markup::new(options.data_paths),
        options,
    };
    page.m.raw("<article class=\"kh-page\" lang=\"vi\">");
    page.header(plan);
    page.title(plan);
    page.preamble(plan);
    page.sections(plan);
    page.paragraphs(&plan.closing, &Pointer::root().key("closing"));
    page.footer(plan);
    page.footnotes(plan);
    page.m.raw("</article>");
    page.m.finish()
}

/// The plan as a complete HTML document with its stylesheet inline, to open or print alone.
pub fn assemble_html_document(plan: &Plan, options: &HtmlOptions) -> String {
    let body = assemble_html(plan, options);
    let mut out = String::with_capacity(body.len() + PRINT_CSS.len() + 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>Kế hoạch");
    let title = plan.title.split_whitespace().collect::<Vec<_>>().join(" ");
    if !title.is_empty() {
        out.push_str(": ");
        escape_into(&mut out, &title);
    }
    out.push_str("</title>\n<style>\n");
    out.push_str(PRINT_CSS);
    out.push_str(STANDALONE_CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    out.push_str(&body);
    out.push_str("\n</body>\n</html>\n");
    out
}

/// What a blank field stands for, in both languages.
struct Hint {
    vi: &'static str,
    en: &'static str,
}

const NUMBER: Hint = Hint {
    vi: "Số văn bản, điền khi đăng ký",
    en: "Document number, filled in at registration",
};
const SYMBOL: Hint = Hint {
    vi: "Ký hiệu văn bản",
    en: "Document symbol",
};
const DAY: Hint = Hint {
    vi: "Ngày ký",
    en: "Day of signing",
};
const MONTH: Hint = Hint {
    vi: "Tháng ký",
    en: "Month of signing",
};
const YEAR: Hint = Hint {
    vi: "Năm ký",
    en: "Year of signing",
};
const ISSUER: Hint = Hint {
    vi: "Tên cơ quan ban hành",
    en: "Issuing body",
};
const PLACE: Hint = Hint {
    vi: "Địa danh",
    en: "Place",
};
const TITLE: Hint = Hint {
    vi: "Trích yếu nội dung kế hoạch",
    en: "Summary of the plan",
};
const PART_HEADING: Hint = Hint {
    vi: "Tên phần",
    en: "Part heading",
};
const ITEM_HEADING: Hint = Hint {
    vi: "Nội dung",
    en: "Content",
};
const LEAD: Hint = Hint {
    vi: "Đơn vị chủ trì",
    en: "Lead agency",
};
const DEADLINE: Hint = Hint {
    vi: "Thời gian thực hiện",
    en: "Deadline",
};
const SIGNER_TITLE: Hint = Hint {
    vi: "Chức vụ người ký",
    en: "Signer's title",
};
const SIGNER_NAME: Hint = Hint {
    vi: "Họ và tên người ký",
    en: "Signer's name",
};

/// The fragment being written.
struct Page<'o> {
    m: Markup,
    options: &'o HtmlOptions,
}

impl Page<'_> {
    fn hint(&self, hint: &Hint) -> &'static str {
        self.options.lang.pick(hint.vi, hint.en)
    }

    /// A blank inside a line (number, date part): "…" in draft mode, else a gap to write in by hand.
    fn gap(&mut self, hint: &Hint) {
        if self.options.show_placeholders {
            self.m.open_titled("kh-placeholder", self.hint(hint));
            self.m.raw("…</span>");
        } else {
            self.m.raw("<span class=\"kh-blank\"></span>");
        }
    }

    /// The text, or in draft mode a bracketed hint when it is blank.
    fn text_or_hint(&mut self, text: &str, hint: &Hint) {
        if !text.trim().is_empty() {
            self.m.text(text.trim());
        } else if self.options.show_placeholders {
            self.m.raw("<span class=\"kh-placeholder\">[");
            self.m.text(self.hint(hint));
            self.m.raw("]</span>");
        }
    }

    /// One `<p>` per non-blank line of `text`.
    fn paragraphs(&mut self, text: &str, path: &Pointer) {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            self.m.element("p", "kh-para", Some(path), line);
        }
    }

    fn header(&mut self, plan: &Plan) {
        let root = Pointer::root();
        self.m
            .raw("<table class=\"kh-header\"><tbody><tr><td class=\"kh-header-left\">");
        if !plan.issuer.parent.trim().is_empty() {
            let path = root.key("issuer").key("parent");
            self.m.element(
                "p",
                "kh-issuer-parent",
                Some(&path),
                plan.issuer.parent.trim(),
            );
        }
        self.m
            .open("p", "kh-issuer-name", Some(&root.key("issuer").key("name")));
        self.text_or_hint(&plan.issuer.name, &ISSUER);
        self.m.close("p");
        self.m.raw(
            "</td><td class=\"kh-header-right\">\
             <p class=\"kh-nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>\
             <p class=\"kh-motto\"><span>Độc lập - Tự do - Hạnh phúc</span></p>\
             </td></tr><tr><td class=\"kh-number\">Số: ",
        );
        let number = root.key("number");
        self.inline_part(&number.key("number"), plan.number.number.trim(), &NUMBER);
        self.m.raw("/");
        self.inline_part(&number.key("symbol"), plan.number.symbol.trim(), &SYMBOL);
        self.m.raw("</td><td class=\"kh-dateline\">");
        self.dateline(plan);
        self.m.raw("</td></tr></tbody></table>");
    }

    /// A `<span>` holding one part of a line, or a gap when it is blank.
    fn inline_part(&mut self, path: &Pointer, value: &str, hint: &Hint) {
        self.m.open("span", "", Some(path));
        if value.is_empty() {
            self.gap(hint);
        } else {
            self.m.text(value);
        }
        self.m.close("span");
    }

    /// "Lai Châu, ngày 21 tháng 01 năm 2025", each part its own span.
    fn dateline(&mut self, plan: &Plan) {
        let place = plan.place.trim();
        if !place.is_empty() || self.options.show_placeholders {
            self.m.open("span", "", Some(&Pointer::root().key("place")));
            self.text_or_hint(place, &PLACE);
            self.m.close("span");
            self.m.raw(", ");
        }
        let date = Pointer::root().key("date");
        self.m.raw("ngày ");
        let day = plan.date.day.map(day_text).unwrap_or_default();
        self.inline_part(&date.key("day"), &day, &DAY);
        self.m.raw(" tháng ");
        let month = plan.date.month.map(month_text).unwrap_or_default();
        self.inline_part(&date.key("month"), &month, &MONTH);
        self.m.raw(" năm ");
        let year = plan.date.year.map(|y| y.to_string()).unwrap_or_default();
        self.inline_part(&date.key("year"), &year, &YEAR);
    }

    fn title(&mut self, plan: &Plan) {
        self.m.raw("<h1 class=\"kh-doctype\">KẾ HOẠCH</h1>");
        if !plan.title.trim().is_empty() || self.options.show_placeholders {
            self.m
                .open("p", "kh-title", Some(&Pointer::root().key("title")));
            self.text_or_hint(&plan.title, &TITLE);
            self.m.close("p");
        }
    }

    /// The preamble as written; when it is still blank, the cited bases one per line.
    fn preamble(&mut self, plan: &Plan) {
        let root = Pointer::root();
        if !plan.preamble.trim().is_empty() {
            self.paragraphs(&plan.preamble, &root.key("preamble"));
            return;
        }
        for (i, citation) in plan.legal_bases.iter().enumerate() {
            let path = root.key("legal_bases").index(i);
            self.citation("Căn cứ", citation, &path);
        }
        if let Some(parent) = &plan.parent_plan {
            self.citation("Thực hiện", parent, &root.key("parent_plan"));
        }
    }

    /// "Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về …;"
    fn citation(&mut self, lead_in: &'static str, citation: &Citation, path: &Pointer) {
        let parts = [
            ("", citation.kind.trim()),
            ("số ", citation.number.trim()),
            ("ngày ", citation.date.trim()),
            ("của ", citation.issuer.trim()),
            ("", citation.subject.trim()),
        ];
        if parts.iter().all(|(_, text)| text.is_empty()) {
            return;
        }
        self.m.open("p", "kh-para", Some(path));
        self.m.raw(lead_in);
        for (prefix, text) in parts.iter().filter(|(_, text)| !text.is_empty()) {
            self.m.raw(" ");
            self.m.raw(prefix);
            self.m.text(text);
        }
        self.m.raw(";");
        self.m.close("p");
    }

    fn sections(&mut self, plan: &Plan) {
        for (i, section) in plan.sections.iter().enumerate() {
            let path = Pointer::root().key("sections").index(i);
            let label = written_or(&section.label, || numbering(LabelKind::Part, i, ""));
            self.m.open("section", "kh-part", Some(&path));
            self.m
                .open("h2", "kh-part-heading", Some(&path.key("heading")));
            self.m.text(&punctuated(&label));
            self.m.raw(" ");
            self.text_or_hint(&section.heading, &PART_HEADING);
            self.m.close("h2");
            for (j, paragraph) in section.paragraphs.iter().enumerate() {
                self.paragraphs(paragraph, &path.key("paragraphs").index(j));
            }
            self.items(&section.items, &path, kind_of(&label), bare(&label));
            self.m.close("section");
        }
    }

    /// Items of one group, numbered automatically where their labels are blank.
    fn items(
        &mut self,
        items: &[Item],
        parent: &Pointer,
        parent_kind: LabelKind,
        parent_label: &str,
    ) {
        let sentences_only = items.iter().all(is_sentence);
        let group_kind = child_kind(parent_kind, sentences_only);
        for (i, item) in items.iter().enumerate() {
            let path = parent.key("items").index(i);
            let label = written_or(&item.label, || numbering(group_kind, i, parent_label));
            let kind = kind_of(&label);
            self.m.open("div", "kh-item", Some(&path));
            self.m
                .open("p", heading_class(kind), Some(&path.key("heading")));
            self.m.text(&punctuated(&label));
            self.m.raw(" ");
            self.text_or_hint(&item.heading, &ITEM_HEADING);
            self.m.close("p");
            for (j, paragraph) in item.paragraphs.iter().enumerate() {
                self.paragraphs(paragraph, &path.key("paragraphs").index(j));
            }
            if let Some(activity) = &item.activity {
                self.activity(activity, &path.key("activity"));
            }
            self.items(&item.items, &path, kind, bare(&label));
            self.m.close("div");
        }
    }

    /// The activity fields as sub-lines ("- Đơn vị chủ trì: …").
    fn activity(&mut self, activity: &Activity, path: &Pointer) {
        self.agency_line(
            "Đơn vị chủ trì",
            &activity.lead,
            &path.key("lead"),
            Some(&LEAD),
        );
        let partners = path.key("partners");
        self.agency_line("Đơn vị phối hợp", &activity.partners, &partners, None);
        self.field_line("Sản phẩm", &activity.output, &path.key("output"), None);
        self.field_line("Phạm vi", &activity.scope, &path.key("scope"), None);
        self.field_line("Đối tượng", &activity.target, &path.key("target"), None);
        let deadline = path.key("deadline");
        self.field_line(
            "Thời gian thực hiện",
            &activity.deadline,
            &deadline,
            Some(&DEADLINE),
        );
    }

    /// "- Đơn vị chủ trì: A; B; C." with each agency in its own span.
    fn agency_line(
        &mut self,
        label: &'static str,
        agencies: &[String],
        path: &Pointer,
        hint: Option<&Hint>,
    ) {
        let filled: Vec<(usize, &str)> = agencies
            .iter()
            .map(|a| a.trim())
            .enumerate()
            .filter(|(_, a)| !a.is_empty())
            .collect();
        let Some(last) = filled.last().map(|(_, a)| *a) else {
            self.blank_line(label, path, hint);
            return;
        };
        self.m.open("p", "kh-para kh-activity", Some(path));
        self.m.raw("- ");
        self.m.raw(label);
        self.m.raw(": ");
        for (n, (i, agency)) in filled.iter().enumerate() {
            if n > 0 {
                self.m.raw("; ");
            }
            self.m.element("span", "", Some(&path.index(*i)), agency);
        }
        self.end_sentence(last);
        self.m.close("p");
    }

    /// "- Thời gian thực hiện: Quý I năm 2025."
    fn field_line(
        &mut self,
        label: &'static str,
        value: &str,
        path: &Pointer,
        hint: Option<&Hint>,
    ) {
        let value = value.trim();
        if value.is_empty() {
            self.blank_line(label, path, hint);
            return;
        }
        self.m.open("p", "kh-para kh-activity", Some(path));
        self.m.raw("- ");
        self.m.raw(label);
        self.m.raw(": ");
        self.m.text(value);
        self.end_sentence(value);
        self.m.close("p");
    }

    /// A blank activity field: shown with a placeholder in draft mode when expected, else left out.
    fn blank_line(&mut self, label: &'static str, path: &Pointer, hint: Option<&Hint>) {
        let Some(hint) = hint.filter(|_| self.options.show_placeholders) else {
            return;
        };
        self.m.open("p", "kh-para kh-activity", Some(path));
        self.m.raw("- ");
        self.m.raw(label);
        self.m.raw(": ");
        self.gap(hint);
        self.m.close("p");
    }

    fn end_sentence(&mut self, text: &str) {
        if !text.ends_with(['.', ';', ':', '!', '?', '…']) {
            self.m.raw(".");
        }
    }

    /// "Nơi nhận" on the left, the signature block on the right.
    fn footer(&mut self, plan: &Plan) {
        let root = Pointer::root();
        self.m
            .raw("<table class=\"kh-footer\"><tbody><tr><td class=\"kh-recipients\">");
        let recipients: Vec<(usize, &str)> = plan
            .recipients
            .iter()
            .map(|r| recipient_core(r))
            .enumerate()
            .filter(|(_, r)| !r.is_empty())
            .collect();
        if !recipients.is_empty() || self.options.show_placeholders {
            self.m.raw("<p class=\"kh-recipients-label\">Nơi nhận:</p>");
        }
        for (n, (i, recipient)) in recipients.iter().enumerate() {
            let path = root.key("recipients").index(*i);
            self.m.open("p", "kh-recipient", Some(&path));
            self.m.raw("- ");
            self.m.text(recipient);
            self.m
                .raw(if n + 1 == recipients.len() { "." } else { ";" });
            self.m.close("p");
        }
        self.m.raw("</td><td class=\"kh-signature\">");
        let signature = root.key("signature");
        for (i, line) in plan.signature.authority.iter().enumerate() {
            if !line.trim().is_empty() {
                let path = signature.key("authority").index(i);
                self.m
                    .element("p", "kh-authority", Some(&path), line.trim());
            }
        }
        self.m
            .open("p", "kh-signer-title", Some(&signature.key("title")));
        self.text_or_hint(&plan.signature.title, &SIGNER_TITLE);
        self.m.close("p");
        self.m.raw("<div class=\"kh-sign-space\"></div>");
        self.m
            .open("p", "kh-signer-name", Some(&signature.key("name")));
        self.text_or_hint(&plan.signature.name, &SIGNER_NAME);
        self.m.close("p");
        self.m.raw("</td></tr></tbody></table>");
    }

    /// Footnotes after the signature, marked "(1)", "(2)" … as in the seeds.
    fn footnotes(&mut self, plan: &Plan) {
        if plan.footnotes.iter().all(|f| f.trim().is_empty()) {
            return;
        }
        self.m.raw("<div class=\"kh-footnotes\">");
        for (i, note) in plan.footnotes.iter().enumerate() {
            let path = Pointer::root().key("footnotes").index(i);
            self.m.open("p", "kh-footnote", Some(&path));
            self.m.text(&format!("({}) ", i + 1));
            self.m.text(note.trim());
            self.m.close("p");
        }
        self.m.raw("</div>");
    }
}

fn heading_class(kind: LabelKind) -> &'static str {
    match kind {
        LabelKind::Part | LabelKind::Number => "kh-item-heading kh-heading-number",
        LabelKind::SubNumber => "kh-item-heading kh-heading-subnumber",
        LabelKind::Letter | LabelKind::Dash | LabelKind::Plus | LabelKind::Other => {
            "kh-item-heading kh-heading-plain"
        }
    }
}

/// A recipient without the "- " and ";" the list adds itself.
fn recipient_core(recipient: &str) -> &str {
    recipient
        .trim()
        .trim_start_matches(['-', '–', '•', '+'])
        .trim_end_matches([';', '.', ','])
        .trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PartialDate, Section};

    fn draft() -> HtmlOptions {
        HtmlOptions {
            show_placeholders: true,
            ..HtmlOptions::default()
        }
    }

    #[test]
    fn partial_draft_date_shows_placeholders() {
        // Seed 002 as issued for signature: "Số: /KH-UBND", "Lai Châu, ngày tháng 01 năm 2025".
        let plan = Plan {
            number: crate::model::DocNumber {
                number: String::new(),
                symbol: "KH-UBND".into(),
            },
            place: "Lai Châu".into(),
            date: PartialDate {
                day: None,
                month: Some(1),
                year: Some(2025),
            },
            ..Plan::default()
        };
        let html = assemble_html(&plan, &draft());
        let text = visible_text(&html);
        assert!(text.contains("Số: …/KH-UBND"), "{text}");
        assert!(
            text.contains("Lai Châu, ngày … tháng 01 năm 2025"),
            "{text}"
        );
        assert!(html.contains("title=\"Số văn bản, điền khi đăng ký\""));
        let english = assemble_html(
            &plan,
            &HtmlOptions {
                lang: Lang::En,
                ..draft()
            },
        );
        assert!(english.contains("title=\"Document number, filled in at registration\""));
        assert!(visible_text(&english).contains("Lai Châu, ngày … tháng 01 năm 2025"));

        let final_copy = assemble_html(&plan, &HtmlOptions::default());
        assert!(!final_copy.contains('…'));
        assert!(final_copy.contains("Số: <span><span class=\"kh-blank\"></span></span>/"));
    }

    #[test]
    fn full_date_takes_leading_zeros_where_due() {
        let plan = Plan {
            place: "Lai Châu".into(),
            date: PartialDate {
                day: Some(5),
                month: Some(3),
                year: Some(2025),
            },
            ..Plan::default()
        };
        let text = visible_text(&assemble_html(&plan, &HtmlOptions::default()));
        assert!(
            text.contains("Lai Châu, ngày 05 tháng 3 năm 2025"),
            "{text}"
        );
    }

    #[test]
    fn blank_labels_are_numbered_automatically() {
        let sentence = |heading: &str| Item {
            heading: heading.into(),
            ..Item::default()
        };
        let plan = Plan {
            sections: vec![
                Section {
                    heading: "MỤC ĐÍCH, YÊU CẦU".into(),
                    items: vec![Item {
                        heading: "Yêu cầu".into(),
                        items: (0..6).map(|n| sentence(&format!("Yêu cầu {n}"))).collect(),
                        ..Item::default()
                    }],
                    ..Section::default()
                },
                Section {
                    heading: "NỘI DUNG THỰC HIỆN".into(),
                    items: vec![Item {
                        heading: "Xác định lĩnh vực theo dõi thi hành pháp luật trọng tâm".into(),
                        items: vec![Item {
                            heading: "Lĩnh vực trọng tâm của tỉnh".into(),
                            paragraphs: vec!["Sở Tư pháp tham mưu.".into()],
                            items: vec![sentence("Rà soát"), sentence("Báo cáo")],
                            ..Item::default()
                        }],
                        ..Item::default()
                    }],
                    ..Section::default()
                },
            ],
            ..Plan::default()
        };
        let text = visible_text(&assemble_html(&plan, &HtmlOptions::default()));
        assert_in_order(
            &text,
            &[
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Yêu cầu",
                "a) Yêu cầu 0",
                "d) Yêu cầu 3",
                "đ) Yêu cầu 4",
                "e) Yêu cầu 5",
                "II. NỘI DUNG THỰC HIỆN",
                "1. Xác định lĩnh vực",
                "1.1. Lĩnh vực trọng tâm của tỉnh",
                "a) Rà soát",
                "b) Báo cáo",
            ],
        );
    }

    #[test]
    fn data_paths_name_the_fields() {
        let plan = Plan {
            title: "Theo dõi tình hình thi hành pháp luật năm 2025".into(),
            sections: vec![Section {
                heading: "KINH PHÍ".into(),
                paragraphs: vec!["Kinh phí thực hiện Kế hoạch.".into()],
                items: vec![Item {
                    heading: "Kiểm tra liên ngành".into(),
                    activity: Some(Activity {
                        lead: vec!["Sở Tư pháp".into()],
                        deadline: "Quý III, quý IV năm 2025".into(),
                        ..Activity::default()
                    }),
                    ..Item::default()
                }],
                ..Section::default()
            }],
            recipients: vec!["Lưu: VT, Th5".into()],
            ..Plan::default()
        };
        let options = HtmlOptions {
            data_paths: true,
            ..HtmlOptions::default()
        };
        let html = assemble_html(&plan, &options);
        for expected in [
            "<p class=\"kh-title\" data-path=\"/title\">Theo dõi",
            "<section class=\"kh-part\" data-path=\"/sections/0\">",
            "data-path=\"/sections/0/paragraphs/0\">Kinh phí",
            "data-path=\"/sections/0/items/0/heading\">1. Kiểm tra",
            "data-path=\"/sections/0/items/0/activity/lead/0\">Sở Tư pháp</span>",
            "data-path=\"/sections/0/items/0/activity/deadline\">- Thời gian thực hiện: Quý III, quý IV năm 2025.</p>",
            "data-path=\"/recipients/0\">- Lưu: VT, Th5.</p>",
            "<span data-path=\"/date/month\">",
        ] {
            assert!(html.contains(expected), "missing {expected} in {html}");
        }
        assert!(!assemble_html(&plan, &HtmlOptions::default()).contains("data-path"));
    }

    #[test]
    fn recipients_end_with_semicolons_and_a_full_stop() {
        let plan = Plan {
            recipients: vec![
                "- Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL);".into(),
                "Chủ tịch, các PCT.UBND tỉnh".into(),
                "  ".into(),
                "Lưu: VT, Th5.".into(),
            ],
            ..Plan::default()
        };
        let text = visible_text(&assemble_html(&plan, &HtmlOptions::default()));
        assert_in_order(
            &text,
            &[
                "Nơi nhận:",
                "- Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL);",
                "- Chủ tịch, các PCT.UBND tỉnh;",
                "- Lưu: VT, Th5.",
            ],
        );
        assert!(!text.contains("- ;"));
    }

    #[test]
    fn blank_preamble_cites_the_legal_bases() {
        let plan = Plan {
            legal_bases: vec![Citation {
                kind: "Nghị định".into(),
                number: "59/2012/NĐ-CP".into(),
                date: "23/7/2012".into(),
                issuer: "Chính phủ".into(),
                subject: "về theo dõi tình hình thi hành pháp luật".into(),
            }],
            ..Plan::default()
        };
        let text = visible_text(&assemble_html(&plan, &HtmlOptions::default()));
        assert!(text.contains(
            "Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;"
        ));
    }

    #[test]
    fn standalone_document_carries_its_stylesheet() {
        let plan = Plan {
            title: "Theo dõi <tình hình>".into(),
            ..Plan::default()
        };
        let doc = assemble_html_document(&plan, &HtmlOptions::default());
        assert!(doc.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
        assert!(doc.contains("<meta charset=\"utf-8\">"));
        assert!(doc.contains("<title>Kế hoạch: Theo dõi &lt;tình hình&gt;</title>"));
        assert!(doc.contains("@page"));
        assert!(doc.contains("<article class=\"kh-page\" lang=\"vi\">"));
        assert!(doc.trim_end().ends_with("</html>"));
    }

    #[test]
    fn stylesheet_sets_the_official_page() {
        assert!(PRINT_CSS.contains("size: A4"));
        assert!(PRINT_CSS.contains("margin: 20mm 15mm 20mm 30mm"));
        assert!(PRINT_CSS.contains("\"Times New Roman\""));
        assert!(PRINT_CSS.contains("@page :first"));
    }

    /// The text a reader sees: tags dropped, entities decoded.
    pub(super) fn visible_text(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(open) = rest.find('<') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('>').expect("tag is closed");
            let tag = &rest[open..open + close];
            if tag.starts_with("<p") || tag.starts_with("<h") || tag.starts_with("<br") {
                out.push('\n');
            }
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    fn assert_in_order(text: &str, expected: &[&str]) {
        let mut from = 0;
        for phrase in expected {
            match text[from..].find(phrase) {
                Some(at) => from += at + phrase.len(),
                None => panic!("{phrase:?} not found after byte {from} in:\n{text}"),
            }
        }
    }
}
