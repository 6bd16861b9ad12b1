//! `kehoach` — the command-line checker for reviewers of many plans.
//!
//! Exit status: 0 no errors, 1 errors found, 2 unusable input or arguments.

use kehoach::model::locate::{line_col, locate};
use kehoach::rules::registry;
use kehoach::{Diagnostic, Lang, Options, Report, Severity};
use std::io::{self, Write};
use std::process::ExitCode;

const USAGE_VI: &str = "Cách dùng:
  kehoach check [--format human|json] [--lang vi|en] [--today YYYY-MM-DD] [--final] [--rule MÃ=off|error|warning|info]… TỆP.json…
    --final: kiểm tra bản sắp ban hành (chỗ còn để trống là lỗi)
  kehoach rules [--lang vi|en]
  kehoach version";

const USAGE_EN: &str = "Usage:
  kehoach check [--format human|json] [--lang vi|en] [--today YYYY-MM-DD] [--final] [--rule CODE=off|error|warning|info]… FILE.json…
    --final: check a plan about to be issued (blanks left are errors)
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
            let plan = match kehoach::from_json(&text) {
                Ok(plan) => plan,
                Err(e) => {
                    eprintln!("{file}: {}", lang.pick(e.message_vi(), e.message_en()));
                    status = 2;
                    continue;
                }
            };
            let report = kehoach::validate(&plan, &ctx);
            if report.errors > 0 && status == 0 {
                status = 1;
            }
            results.push((file.clone(), text, report));
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

fn print_json(results: &[(String, String, Report)]) -> io::Result<()> {
    let files: Vec<_> = results
        .iter()
        .map(|(file, _, report)| serde_json::json!({ "file": file, "report": report }))
        .collect();
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &files).map_err(io::Error::other)?;
    writeln!(out)
}

fn print_human(results: &[(String, String, Report)], lang: Lang) -> io::Result<()> {
    let mut out = io::stdout().lock();
    if results.is_empty() {
        return Ok(());
    }
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for (file, text, report) in results {
        for d in &report.diagnostics {
            write_diagnostic(&mut out, file, text, d, lang)?;
        }
        errors += report.errors;
        warnings += report.warnings;
        infos += report.infos;
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

fn write_diagnostic(
    out: &mut impl Write,
    file: &str,
    text: &str,
    d: &Diagnostic,
    lang: Lang,
) -> io::Result<()> {
    let severity = match (d.severity, lang) {
        (Severity::Error, Lang::Vi) => "lỗi",
        (Severity::Warning, Lang::Vi) => "cảnh báo",
        (Severity::Info, Lang::Vi) => "thông tin",
        (s, Lang::En) => s.as_str(),
    };
    writeln!(out, "{severity}[{}]: {}", d.code, d.message)?;
    let start = d.range.map(|r| r.start);
    let value_at = locate(text, &d.path, None);
    match value_at {
        Some(value_at) => {
            let at = locate(text, &d.path, start).unwrap_or(value_at);
            let (line, column) = line_col(text, at);
            writeln!(out, "  --> {file}:{line}:{column}  {}", d.path)?;
            let source = text.lines().nth(line - 1).unwrap_or("");
            let width = d
                .range
                .map_or(1, |r| r.end.saturating_sub(r.start).max(1) as usize);
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
