//! Native benchmark of the per-keystroke path: one text edit, re-check, changes.
//! `cargo run --release --example bench_editor [fixture.json]`

use kehoach::editor::Editor;
use kehoach::model::{Item, Plan};
use kehoach::{from_json, Context};
use std::time::Instant;

fn plan_with(base: &Plan, activities: usize) -> Plan {
    let mut plan = base.clone();
    let template: Item = plan.sections[2].items[2].clone();
    let items = &mut plan.sections[2].items;
    items.clear();
    for i in 0..activities {
        let mut item = template.clone();
        item.label = (i + 1).to_string();
        items.push(item);
    }
    plan
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/fixtures/plans/lai-chau-2025.json".into());
    let base = from_json(&std::fs::read_to_string(path).expect("fixture")).expect("plan");
    for n in [30, 300, 3000] {
        let plan = plan_with(&base, n);
        let start = Instant::now();
        let mut editor = Editor::new(plan, Context::default());
        let load = start.elapsed();
        let pointer = format!("/sections/2/items/{}/activity/deadline", n / 2);
        let values = [
            "Hoàn thành trước tháng 11 năm 2025",
            "31/04/2025",
            "Quý III năm 2025",
        ];
        let rounds: usize = std::env::var("ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(20_000);
        let start = Instant::now();
        let mut changes = 0;
        for i in 0..rounds {
            editor
                .set_text(&pointer, values[i % values.len()])
                .expect("edit");
            changes += editor.take_changes().len();
        }
        let per_edit = start.elapsed() / rounds as u32;
        println!("N={n:5}: load {load:?}, edit+recheck+changes {per_edit:?} ({changes} changes)");
    }
}
