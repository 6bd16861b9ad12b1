//! `kehoach` — the command-line checker for reviewers of many plans.
//!
//! Exit status: 0 no errors, 1 errors found, 2 unusable input or arguments.

use kehoach::import::import_text_with;
use kehoach::model::locate::{line_col, locate};
use kehoach::rules::registry;
use kehoach::{Diagnostic, Lang, Options, Report, Severity};
use std::io::{self, Write};
use std::ops::Range;
use std::process::ExitCode;

const USAGE_VI: &str = "Cách dùng:
  kehoach check [--format human|json] [--lang vi|en] [--today YYYY-MM-DD] [--final] [--rule MÃ=off|error|warning|info]… TỆP…
      --final: kiểm tra bản sắp ban hành (chỗ còn để trống là lỗi)
      (TỆP là kế hoạch .json, hoặc văn bản .txt/.md được nhập trước khi kiểm tra)
  kehoach import TỆP.txt > kehoach.json
  kehoach rules [--lang vi|en]
  kehoach version";

const USAGE_EN: &str = "Usage:
  kehoach check [--format human|json] [--lang vi|en] [--today YYYY-MM-DD] [--final] [--rule CODE=off|error|warning|info]… FILE…
      --final: check a plan about to be issued (blanks left are errors)
      (FILE is a .json plan, or the text of a plan (.txt/.md), imported first)
  kehoach import FILE.txt > plan.json
  kehoach rules [--lang vi|en]
  kehoach version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = args
        .windows(2)
        .find(|w| w[0] == "--lang")
        .and_then(|w| Lang::parse(&w[1]))
        .unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("check") => match CheckArgs::parse(&args[1..]) {
            Ok(check) => check.run(),
            Err(message) => usage_error(lang, &message),
        },
        Some("import") => import(&args[1..], lang),
        Some("rules") => {
            print_rules(lang);
            ExitCode::SUCCESS
        }
        Some("version" | "--version" | "-V") => {
            println!("kehoach {}", kehoach::VERSION);
            ExitCode::SUCCESS
        }
        Some("help" | "--help" | "-h") => {
            println!("{}", lang.pick(USAGE_VI, USAGE_EN));
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(
            lang,
            &lang.pick(
                format!("lệnh không rõ \"{other}\""),
                format!("unknown command \"{other}\""),
            ),
        ),
        None => usage_error(lang, lang.pick("thiếu lệnh", "missing command")),
    }
}

fn usage_error(lang: Lang, message: &str) -> ExitCode {
    eprintln!("kehoach: {message}\n{}", lang.pick(USAGE_VI, USAGE_EN));
    ExitCode::from(2)
}

#[derive(PartialEq)]
enum Format {
    Human,
    Json,
}

struct CheckArgs {
    format: Format,
    options: Options,
    lang: Lang,
    files: Vec<String>,
}

impl CheckArgs {
    fn parse(args: &[String]) -> Result<CheckArgs, String> {
        let mut check = CheckArgs {
            format: Format::Human,
            options: Options::default(),
            lang: Lang::Vi,
            files: Vec::new(),
        };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let mut value = |name: &str| {
                iter.next()
                    .cloned()
                    .ok_or_else(|| format!("{name}: thiếu giá trị / missing value"))
            };
            match arg.as_str() {
                "--format" => {
                    check.format = match value("--format")?.as_str() {
                        "human" => Format::Human,
                        "json" => Format::Json,
                        other => return Err(format!("--format \"{other}\": human | json")),
                    }
                }
                "--lang" => {
                    let lang = value("--lang")?;
                    check.lang = Lang::parse(&lang).ok_or(format!("--lang \"{lang}\": vi | en"))?;
                    check.options.lang = Some(lang);
                }
                "--today" => check.options.today = Some(value("--today")?),
                "--final" => check.options.final_check = true,
                "--rule" => {
                    let spec = value("--rule")?;
                    let (code, level) = spec
                        .split_once('=')
                        .ok_or(format!("--rule \"{spec}\": MÃ=mức / CODE=level"))?;
                    check
                        .options
                        .rules
                        .insert(code.to_string(), level.to_string());
                }
                flag if flag.starts_with("--") => return Err(format!("{flag}: ?")),
                file => check.files.push(file.to_string()),
            }
        }
        if check.files.is_empty() {
            return Err(check
                .lang
                .pick("thiếu tệp cần kiểm tra", "no file to check")
                .into());
        }
        Ok(check)
    }

    fn run(self) -> ExitCode {
        let lang = self.lang;
        let ctx = match self.options.clone().into_context() {
            Ok(ctx) => ctx,
            Err(e) => return usage_error(lang, &lang.pick(e.vi, e.en)),
        };
        let mut status = 0u8;
        let mut results = Vec::new();
        for file in &self.files {
            let text = match std::fs::read_to_string(file) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!(
                        "{file}: {}",
                        lang.pick(
                            format!("không đọc được tệp: {e}"),
                            format!("cannot read: {e}")
                        )
                    );
                    status = 2;
                    continue;
                }
            };
            let checked = if is_json(file, &text) {
                match kehoach::from_json(&text) {
                    Ok(plan) => check_json(file, text, &plan, &ctx),
                    Err(e) => {
                        eprintln!("{file}: {}", lang.pick(e.message_vi(), e.message_en()));
                        status = 2;
                        continue;
                    }
                }
            } else {
                check_text(file, text, &ctx)
            };
            if checked.report.errors > 0 && status == 0 {
                status = 1;
            }
            results.push(checked);
        }
        let written = match self.format {
            Format::Json => print_json(&results),
            Format::Human => print_human(&results, lang),
        };
        if written.is_err() {
            return ExitCode::from(2);
        }
        ExitCode::from(status)
    }
}

/// One checked file: its text, the report, and where each diagnostic sits in
/// the text (byte range), when it can be placed.
struct Checked {
    file: String,
    text: String,
    report: Report,
    spans: Vec<Option<Range<usize>>>,
}

/// A `.json` file, or any file whose text starts like a JSON object, is a plan;
/// anything else is the text of a plan, to import.
fn is_json(file: &str, text: &str) -> bool {
    file.ends_with(".json")
        || text
            .trim_start_matches('\u{feff}')
            .trim_start()
            .starts_with('{')
}

fn check_json(file: &str, text: String, plan: &kehoach::Plan, ctx: &kehoach::Context) -> Checked {
    let report = kehoach::validate(plan, ctx);
    let spans = report
        .diagnostics
        .iter()
        .map(|d| {
            let start = locate(&text, &d.path, d.range.map(|r| r.start))?;
            let end = d
                .range
                .and_then(|r| locate(&text, &d.path, Some(r.end)))
                .unwrap_or(start + 1);
            Some(start..end.max(start + 1))
        })
        .collect();
    Checked {
        file: file.to_string(),
        text,
        report,
        spans,
    }
}

/// Imports the text, then validates; import findings come first. Every
/// diagnostic is placed back into the text through the import's source map.
fn check_text(file: &str, text: String, ctx: &kehoach::Context) -> Checked {
    let imported = import_text_with(&text, ctx);
    let mut spans: Vec<Option<Range<usize>>> = imported
        .diagnostics
        .iter()
        .map(|d| {
            let r = d.range?;
            Some(utf16_to_byte(&text, r.start)..utf16_to_byte(&text, r.end))
        })
        .collect();
    let found = kehoach::validate(&imported.plan, ctx);
    let fields = serde_json::to_value(&imported.plan).unwrap_or_default();
    for d in &found.diagnostics {
        let field = fields
            .pointer(&d.path)
            .and_then(|v| v.as_str())
            .unwrap_or("");
        let range = d.range.unwrap_or(kehoach::diagnostic::Range::whole(field));
        spans.push(imported.source_map.locate(&d.path, field, range));
    }
    let mut diagnostics = imported.diagnostics;
    diagnostics.extend(found.diagnostics);
    Checked {
        file: file.to_string(),
        text,
        report: Report::new(diagnostics),
        spans,
    }
}

fn utf16_to_byte(text: &str, unit: u32) -> usize {
    let mut units = 0u32;
    for (at, c) in text.char_indices() {
        if units >= unit {
            return at;
        }
        units += u32::try_from(c.len_utf16()).unwrap_or(1);
    }
    text.len()
}

/// `kehoach import FILE`: the plan as JSON on standard output, import findings on standard error.
fn import(args: &[String], lang: Lang) -> ExitCode {
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let (Some(file), 1) = (files.first(), files.len()) else {
        return usage_error(
            lang,
            lang.pick("cần đúng một tệp", "exactly one file is needed"),
        );
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            eprintln!(
                "{file}: {}",
                lang.pick(
                    format!("không đọc được tệp: {e}"),
                    format!("cannot read: {e}")
                )
            );
            return ExitCode::from(2);
        }
    };
    let ctx = kehoach::Context {
        lang,
        ..kehoach::Context::default()
    };
    let imported = import_text_with(&text, &ctx);
    let spans: Vec<_> = imported
        .diagnostics
        .iter()
        .map(|d| {
            d.range
                .map(|r| utf16_to_byte(&text, r.start)..utf16_to_byte(&text, r.end))
        })
        .collect();
    let checked = Checked {
        file: file.to_string(),
        text,
        report: Report::new(imported.diagnostics),
        spans,
    };
    let mut err = io::stderr().lock();
    for (d, span) in checked.report.diagnostics.iter().zip(&checked.spans) {
        if write_diagnostic(&mut err, &checked, d, span.clone(), lang).is_err() {
            return ExitCode::from(2);
        }
    }
    let mut out = io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut out, &imported.plan)
        .map_err(io::Error::other)
        .and_then(|()| writeln!(out));
    ExitCode::from(if written.is_ok() { 0 } else { 2 })
}

fn print_json(results: &[Checked]) -> io::Result<()> {
    let files: Vec<_> = results
        .iter()
        .map(|c| {
            let locations: Vec<_> = c
                .spans
                .iter()
                .map(|span| {
                    span.as_ref().map(|r| {
                        let (line, column) = line_col(&c.text, r.start);
                        serde_json::json!({ "line": line, "column": column })
                    })
                })
                .collect();
            serde_json::json!({ "file": c.file, "report": c.report, "locations": locations })
        })
        .collect();
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &files).map_err(io::Error::other)?;
    writeln!(out)
}

fn print_human(results: &[Checked], lang: Lang) -> io::Result<()> {
    let mut out = io::stdout().lock();
    if results.is_empty() {
        return Ok(());
    }
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for checked in results {
        for (d, span) in checked.report.diagnostics.iter().zip(&checked.spans) {
            write_diagnostic(&mut out, checked, d, span.clone(), lang)?;
        }
        errors += checked.report.errors;
        warnings += checked.report.warnings;
        infos += checked.report.infos;
    }
    writeln!(
        out,
        "{}",
        lang.pick(
            format!(
                "{} tệp: {errors} lỗi, {warnings} cảnh báo, {infos} thông tin.",
                results.len()
            ),
            format!(
                "{} file(s): {errors} error(s), {warnings} warning(s), {infos} info.",
                results.len()
            ),
        )
    )
}

/// One diagnostic in the style of rustc: message, `FILE:LINE:COL`, the source
/// line with the span underlined, help and rule name.
fn write_diagnostic(
    out: &mut impl Write,
    checked: &Checked,
    d: &Diagnostic,
    span: Option<Range<usize>>,
    lang: Lang,
) -> io::Result<()> {
    let severity = match (d.severity, lang) {
        (Severity::Error, Lang::Vi) => "lỗi",
        (Severity::Warning, Lang::Vi) => "cảnh báo",
        (Severity::Info, Lang::Vi) => "thông tin",
        (s, Lang::En) => s.as_str(),
    };
    writeln!(out, "{severity}[{}]: {}", d.code, d.message)?;
    let file = &checked.file;
    let text = &checked.text;
    match span {
        Some(span) => {
            let (line, column) = line_col(text, span.start);
            writeln!(out, "  --> {file}:{line}:{column}  {}", d.path)?;
            let source = text.lines().nth(line - 1).unwrap_or("");
            let line_start = text
                .get(..span.start)
                .and_then(|t| t.rfind('\n'))
                .map_or(0, |i| i + 1);
            let line_end = line_start + source.len();
            let width = text
                .get(span.start..span.end.min(line_end).max(span.start))
                .map_or(1, |t| t.chars().count().max(1));
            let gutter = " ".repeat(line.to_string().len());
            writeln!(out, "{gutter} |")?;
            writeln!(out, "{line} | {source}")?;
            writeln!(
                out,
                "{gutter} | {}{}",
                " ".repeat(column - 1),
                "^".repeat(width)
            )?;
        }
        None => writeln!(out, "  --> {file}  {}", d.path)?,
    }
    if let Some(help) = &d.help {
        writeln!(out, "   = {}: {help}", lang.pick("gợi ý", "help"))?;
    }
    writeln!(out, "   = {}: {}", lang.pick("quy tắc", "rule"), d.slug)?;
    writeln!(out)
}

fn print_rules(lang: Lang) {
    for info in registry::all() {
        let fix = match info.fix {
            Some(kehoach::diagnostic::FixSafety::Safe) => {
                lang.pick(" [sửa an toàn]", " [safe fix]")
            }
            Some(kehoach::diagnostic::FixSafety::Unsafe) => lang.pick(" [có cách sửa]", " [fix]"),
            None => "",
        };
        println!(
            "{} {:<28} {:<8} {}{fix}",
            info.code,
            info.slug,
            info.severity.as_str(),
            lang.pick(info.summary_vi, info.summary_en)
        );
    }
}
