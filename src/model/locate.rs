//! Finding where a JSON Pointer's value sits in a JSON text, so the CLI can
//! print `FILE:LINE:COL` for a diagnostic.

/// Byte offset of the value at `pointer` in `json`, plus the byte offset
/// inside it of the UTF-16 unit `unit` when the value is a string.
pub fn locate(json: &str, pointer: &str, unit: Option<u32>) -> Option<usize> {
    let tokens: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect();
    let bytes = json.as_bytes();
    let mut pos = skip_ws(bytes, 0);
    for token in &tokens {
        pos = child(bytes, pos, token)?;
    }
    match (unit, bytes.get(pos)) {
        (Some(unit), Some(b'"')) => Some(string_unit_offset(json, pos + 1, unit)),
        _ => Some(pos),
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

fn child(bytes: &[u8], pos: usize, token: &str) -> Option<usize> {
    match bytes.get(pos)? {
        b'{' => {
            let mut p = skip_ws(bytes, pos + 1);
            while bytes.get(p) == Some(&b'"') {
                let key_end = string_end(bytes, p)?;
                let key = std::str::from_utf8(bytes.get(p + 1..key_end - 1)?).ok()?;
                p = skip_ws(bytes, key_end);
                if bytes.get(p) != Some(&b':') {
                    return None;
                }
                p = skip_ws(bytes, p + 1);
                if key == token {
                    return Some(p);
                }
                p = skip_ws(bytes, value_end(bytes, p)?);
                if bytes.get(p) == Some(&b',') {
                    p = skip_ws(bytes, p + 1);
                }
            }
            None
        }
        b'[' => {
            let index: usize = token.parse().ok()?;
            let mut p = skip_ws(bytes, pos + 1);
            for _ in 0..index {
                p = skip_ws(bytes, value_end(bytes, p)?);
                if bytes.get(p) != Some(&b',') {
                    return None;
                }
                p = skip_ws(bytes, p + 1);
            }
            (bytes.get(p) != Some(&b']')).then_some(p)
        }
        _ => None,
    }
}

fn value_end(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => string_end(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut p = pos;
            while let Some(&b) = bytes.get(p) {
                match b {
                    b'"' => {
                        p = string_end(bytes, p)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(p + 1);
                        }
                    }
                    _ => {}
                }
                p += 1;
            }
            None
        }
        _ => {
            let mut p = pos;
            while bytes
                .get(p)
                .is_some_and(|b| !matches!(b, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t'))
            {
                p += 1;
            }
            Some(p)
        }
    }
}

/// One past the closing quote of the string starting at `pos`.
fn string_end(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut p = pos + 1;
    loop {
        match bytes.get(p)? {
            b'\\' => p += 2,
            b'"' => return Some(p + 1),
            _ => p += 1,
        }
    }
}

fn string_unit_offset(json: &str, start: usize, unit: u32) -> usize {
    let Some(rest) = json.get(start..) else {
        return start;
    };
    let mut units = 0u32;
    let mut chars = rest.char_indices();
    while let Some((i, c)) = chars.next() {
        if units >= unit || c == '"' {
            return start + i;
        }
        if c == '\\' {
            let escape = chars.next().map(|(_, e)| e);
            if escape == Some('u') {
                for _ in 0..4 {
                    chars.next();
                }
            }
            units += 1;
        } else {
            units += u32::try_from(c.len_utf16()).unwrap_or(1);
        }
    }
    json.len()
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(|b| b.is_ascii_whitespace()) {
        pos += 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = "{\n  \"title\": \"x\",\n  \"sections\": [\n    {\"items\": [{\"label\": \"a\"}, {\"activity\": {\"deadline\": \"trước ngày 31/04/2025\"}}]}\n  ]\n}";

    #[test]
    fn finds_nested_values() {
        let at = locate(JSON, "/sections/0/items/1/activity/deadline", None).unwrap();
        assert!(JSON[at..].starts_with("\"trước"));
        assert_eq!(line_col(JSON, at).0, 4);
    }

    #[test]
    fn finds_a_unit_inside_a_string() {
        let at = locate(JSON, "/sections/0/items/1/activity/deadline", Some(11)).unwrap();
        assert!(JSON[at..].starts_with("31/04"));
    }

    #[test]
    fn missing_paths_are_none() {
        assert_eq!(locate(JSON, "/sections/3", None), None);
        assert_eq!(locate(JSON, "/nothing", None), None);
        assert_eq!(locate("[1,", "/5", None), None);
    }
}
