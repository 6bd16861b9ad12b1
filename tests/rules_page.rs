//! The rules reference (docs/rules.md and www/rules.html) is generated from
//! each rule's own doc comment (What / Why / Wrong / Right) and its registry
//! declaration. This test regenerates both and fails when the checked-in files
//! are stale; `KEHOACH_UPDATE_DOCS=1 cargo test --test rules_page` rewrites them
//! (also `scripts/gen-rules-docs.sh`).

use kehoach::diagnostic::FixSafety;
use kehoach::rules::registry;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// A rule's documentation, as written above its code.
#[derive(Debug, Default)]
struct RuleDoc {
    file: String,
    sections: BTreeMap<String, String>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every doc block (`//!` or `///` lines) whose first line is "KHxxxx `slug`".
fn collect_docs() -> BTreeMap<String, RuleDoc> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    files.sort();
    let mut docs = BTreeMap::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        let mut block: Vec<String> = Vec::new();
        for line in text.lines().chain(std::iter::once("")) {
            let trimmed = line.trim_start();
            let doc = trimmed
                .strip_prefix("//!")
                .or_else(|| trimmed.strip_prefix("///"));
            match doc {
                Some(rest) => block.push(rest.strip_prefix(' ').unwrap_or(rest).to_string()),
                None => {
                    if let Some((code, doc)) = parse_block(&block, &file) {
                        docs.insert(code, doc);
                    }
                    block.clear();
                }
            }
        }
    }
    docs
}

fn parse_block(block: &[String], file: &Path) -> Option<(String, RuleDoc)> {
    let first = block.first()?;
    let code = first.split_whitespace().next()?;
    let is_code = code.len() == 6
        && code.starts_with("KH")
        && code[2..].bytes().all(|b| b.is_ascii_digit())
        && first.contains('`');
    if !is_code {
        return None;
    }
    let mut doc = RuleDoc {
        file: file
            .strip_prefix(root())
            .unwrap_or(file)
            .display()
            .to_string(),
        ..RuleDoc::default()
    };
    let mut current: Option<String> = None;
    for line in &block[1..] {
        let heading = ["What", "Why", "Wrong", "Right"]
            .into_iter()
            .find(|h| line.starts_with(&format!("**{h}**:")));
        if let Some(h) = heading {
            let rest = line[h.len() + 5..].trim().to_string();
            doc.sections.insert(h.to_string(), rest);
            current = Some(h.to_string());
        } else if let Some(h) = &current {
            let entry = doc.sections.entry(h.clone()).or_default();
            if line.trim().is_empty() {
                current = None;
            } else {
                entry.push(' ');
                entry.push_str(line.trim());
            }
        }
    }
    Some((code.to_string(), doc))
}

fn fix_name(fix: Option<FixSafety>) -> &'static str {
    match fix {
        Some(FixSafety::Safe) => "an toàn / safe",
        Some(FixSafety::Unsafe) => "cần xem lại / unsafe",
        None => "—",
    }
}

fn fixtures_of(code: &str) -> Vec<String> {
    let dir = root().join("tests/fixtures/rules").join(code);
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn markdown(docs: &BTreeMap<String, RuleDoc>) -> String {
    let mut out = String::from(
        "# Quy tắc kiểm tra / Rules\n\n\
         Tệp này được sinh từ chú thích của từng quy tắc (`src/rules/`) — không sửa tay; \
         chạy `scripts/gen-rules-docs.sh`.\n\
         Generated from each rule's doc comment — do not edit; run `scripts/gen-rules-docs.sh`.\n\n\
         | Mã / Code | Tên / Slug | Mức / Severity | Sửa / Fix | Nội dung / Summary |\n\
         |---|---|---|---|---|\n",
    );
    let mut infos: Vec<_> = registry::all().collect();
    infos.sort_by_key(|i| i.code);
    for info in &infos {
        out.push_str(&format!(
            "| [{code}](#{lower}) | `{slug}` | {sev} | {fix} | {vi} / {en} |\n",
            code = info.code,
            lower = info.code.to_lowercase(),
            slug = info.slug,
            sev = info.severity.as_str(),
            fix = fix_name(info.fix),
            vi = info.summary_vi,
            en = info.summary_en,
        ));
    }
    for info in &infos {
        let doc = docs.get(info.code);
        out.push_str(&format!("\n## {} `{}`\n\n", info.code, info.slug));
        out.push_str(&format!(
            "{} / {}. Mức mặc định / default severity: **{}**; sửa / fix: {}.\n\n",
            info.summary_vi,
            info.summary_en,
            info.severity.as_str(),
            fix_name(info.fix)
        ));
        if let Some(doc) = doc {
            for (h, label) in [
                ("What", "Kiểm tra gì / What"),
                ("Why", "Vì sao / Why"),
                ("Wrong", "Sai / Wrong"),
                ("Right", "Đúng / Right"),
            ] {
                if let Some(body) = doc.sections.get(h) {
                    out.push_str(&format!("- **{label}**: {body}\n"));
                }
            }
            out.push_str(&format!("- Mã nguồn / Source: `{}`\n", doc.file));
        }
        let fixtures = fixtures_of(info.code);
        if !fixtures.is_empty() {
            out.push_str(&format!(
                "- Ví dụ chạy thử / Fixtures: {}\n",
                fixtures
                    .iter()
                    .map(|f| format!("`tests/fixtures/rules/{}/{f}`", info.code))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Inline Markdown of the docs: `code` and **bold**, everything else escaped.
fn inline(s: &str) -> String {
    let mut out = String::new();
    for (i, part) in escape(s).split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str(&format!("<code>{part}</code>"));
        } else {
            let mut bold = false;
            for (j, piece) in part.split("**").enumerate() {
                if j > 0 {
                    out.push_str(if bold { "</strong>" } else { "<strong>" });
                    bold = !bold;
                }
                out.push_str(piece);
            }
            if bold {
                out.push_str("</strong>");
            }
        }
    }
    out
}

fn html(docs: &BTreeMap<String, RuleDoc>) -> String {
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self'\">\n\
         <title>Quy tắc kiểm tra — kehoach</title>\n\
         <link rel=\"stylesheet\" href=\"rules.css\">\n</head>\n<body>\n\
         <header><h1>Quy tắc kiểm tra kế hoạch</h1>\n\
         <p>Sinh tự động từ mã nguồn của kehoach. <a href=\"./\">Về trang soạn thảo</a></p></header>\n\
         <main>\n<table>\n<thead><tr><th>Mã</th><th>Tên</th><th>Mức</th><th>Sửa</th><th>Nội dung</th></tr></thead>\n<tbody>\n",
    );
    let mut infos: Vec<_> = registry::all().collect();
    infos.sort_by_key(|i| i.code);
    for info in &infos {
        out.push_str(&format!(
            "<tr><td><a href=\"#{code}\">{code}</a></td><td><code>{slug}</code></td><td class=\"{sev}\">{sev}</td><td>{fix}</td><td>{vi}<br><span lang=\"en\">{en}</span></td></tr>\n",
            code = info.code,
            slug = info.slug,
            sev = info.severity.as_str(),
            fix = fix_name(info.fix),
            vi = escape(info.summary_vi),
            en = escape(info.summary_en),
        ));
    }
    out.push_str("</tbody>\n</table>\n");
    for info in &infos {
        out.push_str(&format!(
            "<section id=\"{code}\">\n<h2>{code} <code>{slug}</code></h2>\n<p>{vi} — <span lang=\"en\">{en}</span></p>\n<dl>\n",
            code = info.code,
            slug = info.slug,
            vi = escape(info.summary_vi),
            en = escape(info.summary_en),
        ));
        if let Some(doc) = docs.get(info.code) {
            for (h, label) in [
                ("What", "Kiểm tra gì"),
                ("Why", "Vì sao (căn cứ)"),
                ("Wrong", "Sai"),
                ("Right", "Đúng"),
            ] {
                if let Some(body) = doc.sections.get(h) {
                    out.push_str(&format!("<dt>{label}</dt><dd>{}</dd>\n", inline(body)));
                }
            }
        }
        out.push_str("</dl>\n</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn check_or_update(path: &Path, generated: &str) {
    let update = std::env::var_os("KEHOACH_UPDATE_DOCS").is_some();
    let current = fs::read_to_string(path).unwrap_or_default();
    if update {
        if current != generated {
            fs::write(path, generated).unwrap();
        }
        return;
    }
    assert!(
        current == generated,
        "{} is stale: run scripts/gen-rules-docs.sh and commit the result",
        path.display()
    );
}

#[test]
fn every_rule_is_documented_with_what_why_wrong_right() {
    let docs = collect_docs();
    let mut missing = Vec::new();
    for info in registry::all() {
        match docs.get(info.code) {
            None => missing.push(format!("{}: no doc block", info.code)),
            Some(doc) => {
                for h in ["What", "Why", "Wrong", "Right"] {
                    if !doc.sections.contains_key(h) {
                        missing.push(format!("{} ({}): no **{h}**", info.code, doc.file));
                    }
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "undocumented rules:\n{}",
        missing.join("\n")
    );
}

#[test]
fn generated_rules_pages_are_current() {
    let docs = collect_docs();
    check_or_update(&root().join("docs/rules.md"), &markdown(&docs));
    check_or_update(&root().join("www/rules.html"), &html(&docs));
}
