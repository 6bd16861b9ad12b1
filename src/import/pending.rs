//! Stand-in for `crate::agency::split_list` until it lands on main.

/// Splits a list of agencies at ";", "," and "và", keeping "Sở, ban, ngành" together.
pub(crate) fn split_list(text: &str) -> Vec<String> {
    const CONTINUATIONS: &[&str] = &[
        "ban", "ngành", "thành phố", "thị xã", "thị trấn", "huyện", "quận", "phường", "đơn vị",
        "địa phương", "cá nhân", "trung tâm",
    ];
    let mut out: Vec<String> = Vec::new();
    for group in text.split(';') {
        let mut parts: Vec<String> = Vec::new();
        for piece in group.split(',').flat_map(|p| p.split(" và ")) {
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            let continues = CONTINUATIONS
                .iter()
                .any(|c| piece.starts_with(c) && piece.get(c.len()..).map_or(true, |r| r.is_empty() || r.starts_with(' ')));
            match parts.last_mut() {
                Some(last) if continues => {
                    last.push_str(", ");
                    last.push_str(piece);
                }
                _ => parts.push(piece.to_string()),
            }
        }
        out.extend(parts);
    }
    out
}
