//! An HTML writer whose tags, classes and fixed words are `&'static str`, so
//! every string from the plan can only enter through [`escape_into`].

use crate::model::Pointer;

/// Appends `text` with `&`, `<`, `>`, `"` and `'` replaced by entities.
pub fn escape_into(out: &mut String, text: &str) {
    let mut copied = 0;
    for (at, special) in text.match_indices(['&', '<', '>', '"', '\'']) {
        out.push_str(text.get(copied..at).unwrap_or_default());
        out.push_str(match special {
            "&" => "&amp;",
            "<" => "&lt;",
            ">" => "&gt;",
            "\"" => "&quot;",
            _ => "&#39;",
        });
        copied = at + special.len();
    }
    out.push_str(text.get(copied..).unwrap_or_default());
}

/// The document being written, and whether elements carry `data-path`.
pub struct Markup {
    out: String,
    data_paths: bool,
}

impl Markup {
    /// An empty document; `data_paths` adds the JSON Pointer of each field rendered.
    pub fn new(data_paths: bool) -> Self {
        Markup {
            out: String::with_capacity(32 * 1024),
            data_paths,
        }
    }

    /// Opens `<tag class="…">`, with `data-path` when paths are on and `path` is given.
    pub fn open(&mut self, tag: &'static str, class: &'static str, path: Option<&Pointer>) {
        self.out.push('<');
        self.out.push_str(tag);
        if !class.is_empty() {
            self.out.push_str(" class=\"");
            self.out.push_str(class);
            self.out.push('"');
        }
        if let Some(path) = path.filter(|_| self.data_paths) {
            self.out.push_str(" data-path=\"");
            escape_into(&mut self.out, path.as_str());
            self.out.push('"');
        }
        self.out.push('>');
    }

    /// Opens `<span class="…" title="…">` with an escaped title.
    pub fn open_titled(&mut self, class: &'static str, title: &str) {
        self.out.push_str("<span class=\"");
        self.out.push_str(class);
        self.out.push_str("\" title=\"");
        escape_into(&mut self.out, title);
        self.out.push_str("\">");
    }

    /// Closes `</tag>`.
    pub fn close(&mut self, tag: &'static str) {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// Writes markup of this module's own (tags without user data).
    pub fn raw(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }

    /// Writes text, escaped; a line break in it becomes `<br>`.
    pub fn text(&mut self, text: &str) {
        let mut lines = text.split('\n');
        if let Some(first) = lines.next() {
            escape_into(&mut self.out, first.trim_end_matches('\r'));
        }
        for line in lines {
            self.out.push_str("<br>");
            escape_into(&mut self.out, line.trim_end_matches('\r'));
        }
    }

    /// `<tag class="…" data-path="…">text</tag>`.
    pub fn element(
        &mut self,
        tag: &'static str,
        class: &'static str,
        path: Option<&Pointer>,
        text: &str,
    ) {
        self.open(tag, class, path);
        self.text(text);
        self.close(tag);
    }

    /// The finished markup.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_characters() {
        let mut out = String::new();
        escape_into(
            &mut out,
            r#"Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL) <b>"x"</b> 'y'"#,
        );
        assert_eq!(
            out,
            "Bộ Tư pháp (Cục Quản lý XLVPHC&amp;TDTHPL) &lt;b&gt;&quot;x&quot;&lt;/b&gt; &#39;y&#39;"
        );
    }

    #[test]
    fn paths_only_when_asked() {
        let path = Pointer::root().key("title");
        let mut on = Markup::new(true);
        on.element("p", "kh-title", Some(&path), "a\nb");
        assert_eq!(
            on.finish(),
            "<p class=\"kh-title\" data-path=\"/title\">a<br>b</p>"
        );
        let mut off = Markup::new(false);
        off.element("p", "kh-title", Some(&path), "a");
        assert_eq!(off.finish(), "<p class=\"kh-title\">a</p>");
    }
}
