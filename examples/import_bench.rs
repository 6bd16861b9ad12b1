//! Import time per seed plan, natively: `cargo run --release --example import_bench`.
//!
//! Reads the five seeds from `../shared/corpus/seeds/`, imports each many
//! times and prints the median and fastest time per import.

use kehoach::import::import_text;
use std::time::{Duration, Instant};

const RUNS: usize = 200;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/seeds");
    let mut seeds: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    println!(
        "{:<28} {:>8} {:>10} {:>10}",
        "seed", "bytes", "median", "fastest"
    );
    for path in seeds {
        let text = std::fs::read_to_string(&path)?;
        let mut times: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                let imported = import_text(&text);
                let elapsed = start.elapsed();
                std::hint::black_box(imported);
                elapsed
            })
            .collect();
        times.sort();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        println!(
            "{name:<28} {:>8} {:>8.1}µs {:>8.1}µs",
            text.len(),
            micros(times[RUNS / 2]),
            micros(times[0])
        );
    }
    Ok(())
}

fn micros(d: Duration) -> f64 {
    d.as_secs_f64() * 1e6
}
