//! The draft → the plan model, recording where every part came from.

use super::draft::{
    cover, Draft, DraftActivity, DraftCitation, DraftItem, DraftSection, Kept, Note,
};
use super::source_map::SourceMap;
use super::tracked::Tracked;
use crate::model::{Activity, Citation, Issuer, Item, Plan, Pointer, Section, Signature};

/// Unplaced text with the pointer of the part it belongs to.
pub(crate) type PlacedNote = (String, Note);

/// Builds the plan and fills `map`; returns the notes with their pointers.
pub(crate) fn emit(draft: Draft, map: &mut SourceMap) -> (Plan, Vec<PlacedNote>) {
    let root = Pointer::root();
    let mut out = Emitter {
        map,
        notes: draft.notes.clone(),
    };
    let mut plan = Plan {
        profile: draft.profile,
        ..Plan::default()
    };
    let issuer = root.key("issuer");
    plan.issuer = Issuer {
        parent: out.opt_text(issuer.key("parent"), draft.issuer_parent.as_ref()),
        name: out.opt_text(issuer.key("name"), draft.issuer_name.as_ref()),
    };
    out.span_of_parts(&issuer, [&draft.issuer_parent, &draft.issuer_name]);
    if let Some((number, symbol)) = &draft.number {
        let pointer = root.key("number");
        plan.number.number = out.text(pointer.key("number"), number);
        plan.number.symbol = out.text(pointer.key("symbol"), symbol);
        out.map.insert_span(
            pointer.into(),
            cover(&number.source_range(), &symbol.source_range()),
        );
    }
    plan.place = out.opt_text(root.key("place"), draft.place.as_ref());
    if let Some((date, span)) = &draft.date {
        plan.date = *date;
        out.map.insert_text(root.key("date").into(), span);
    }
    if let Some((year, span)) = &draft.year {
        plan.year = Some(*year);
        out.map.insert_text(root.key("year").into(), span);
    }
    plan.title = out.opt_text(root.key("title"), draft.title.as_ref());
    plan.preamble = out.opt_text(root.key("preamble"), draft.preamble.as_ref());
    let bases = root.key("legal_bases");
    plan.legal_bases = draft
        .legal_bases
        .iter()
        .enumerate()
        .map(|(i, c)| out.citation(bases.index(i), c))
        .collect();
    plan.parent_plan = draft
        .parent_plan
        .as_ref()
        .map(|c| out.citation(root.key("parent_plan"), c));
    let sections = root.key("sections");
    plan.sections = draft
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| out.section(sections.index(i), s))
        .collect();
    plan.closing = out.opt_text(root.key("closing"), draft.closing.as_ref());
    let recipients = root.key("recipients");
    plan.recipients = out.list(&recipients, &draft.recipients);
    if let Some(span) = &draft.recipients_span {
        out.map.insert_span(recipients.into(), span.clone());
    }
    let signature = root.key("signature");
    plan.signature = Signature {
        authority: out.list(&signature.key("authority"), &draft.signature.authority),
        title: out.opt_text(signature.key("title"), draft.signature.title.as_ref()),
        name: out.opt_text(signature.key("name"), draft.signature.name.as_ref()),
    };
    let signature_parts = draft
        .signature
        .authority
        .iter()
        .chain(&draft.signature.title)
        .chain(&draft.signature.name)
        .map(Tracked::source_range)
        .reduce(|a, b| cover(&a, &b));
    if let Some(span) = signature_parts {
        out.map.insert_span(signature.into(), span);
    }
    plan.footnotes = out.list(&root.key("footnotes"), &draft.footnotes);
    (plan, out.notes)
}

struct Emitter<'m> {
    map: &'m mut SourceMap,
    notes: Vec<PlacedNote>,
}

impl Emitter<'_> {
    fn text(&mut self, pointer: Pointer, text: &Tracked) -> String {
        self.map.insert_text(pointer.into(), text);
        text.to_text()
    }

    fn opt_text(&mut self, pointer: Pointer, text: Option<&Tracked>) -> String {
        text.map(|t| self.text(pointer, t)).unwrap_or_default()
    }

    fn list(&mut self, pointer: &Pointer, texts: &[Tracked]) -> Vec<String> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| self.text(pointer.index(i), t))
            .collect()
    }

    fn span_of_parts<const N: usize>(&mut self, pointer: &Pointer, parts: [&Option<Tracked>; N]) {
        let span = parts
            .iter()
            .filter_map(|p| p.as_ref().map(Tracked::source_range))
            .reduce(|a, b| cover(&a, &b));
        if let Some(span) = span {
            self.map.insert_span(pointer.as_str().to_string(), span);
        }
    }

    fn citation(&mut self, pointer: Pointer, citation: &DraftCitation) -> Citation {
        self.map.insert_span(pointer.into(), citation.span.clone());
        citation.citation.clone()
    }

    fn notes(&mut self, pointer: &Pointer, notes: &[Note]) {
        for note in notes {
            let at = match note.kept {
                Kept::Paragraph(i) => pointer.key("paragraphs").index(i),
                Kept::Dropped => pointer.clone(),
            };
            self.notes.push((at.into(), note.clone()));
        }
    }

    fn section(&mut self, pointer: Pointer, section: &DraftSection) -> Section {
        self.map
            .insert_span(pointer.as_str().to_string(), section.span.clone());
        self.notes(&pointer, &section.notes);
        let items = pointer.key("items");
        Section {
            kind: section.kind,
            label: self.text(pointer.key("label"), &section.label),
            heading: self.text(pointer.key("heading"), &section.heading),
            paragraphs: self.list(&pointer.key("paragraphs"), &section.paragraphs),
            items: section
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| self.item(items.index(i), item))
                .collect(),
        }
    }

    fn item(&mut self, pointer: Pointer, item: &DraftItem) -> Item {
        self.map
            .insert_span(pointer.as_str().to_string(), item.span.clone());
        self.notes(&pointer, &item.notes);
        let items = pointer.key("items");
        Item {
            label: self.text(pointer.key("label"), &item.label),
            heading: self.text(pointer.key("heading"), &item.heading),
            paragraphs: self.list(&pointer.key("paragraphs"), &item.paragraphs),
            assignees: self.list(&pointer.key("assignees"), &item.assignees),
            activity: item
                .activity
                .as_ref()
                .map(|a| self.activity(pointer.key("activity"), a)),
            items: item
                .items
                .iter()
                .enumerate()
                .map(|(i, child)| self.item(items.index(i), child))
                .collect(),
        }
    }

    fn activity(&mut self, pointer: Pointer, activity: &DraftActivity) -> Activity {
        self.map
            .insert_span(pointer.as_str().to_string(), activity.span.clone());
        for (key, span) in [
            ("lead", &activity.lead_span),
            ("partners", &activity.partners_span),
        ] {
            if let Some(span) = span {
                self.map.insert_span(pointer.key(key).into(), span.clone());
            }
        }
        Activity {
            lead: self.list(&pointer.key("lead"), &activity.lead),
            partners: self.list(&pointer.key("partners"), &activity.partners),
            output: self.opt_text(pointer.key("output"), activity.output.as_ref()),
            scope: self.opt_text(pointer.key("scope"), activity.scope.as_ref()),
            target: self.opt_text(pointer.key("target"), activity.target.as_ref()),
            deadline: self.opt_text(pointer.key("deadline"), activity.deadline.as_ref()),
        }
    }
}
