//! Structural edits on the plan's JSON form, and why an edit can be refused.

use crate::model::MigrationError;
use serde_json::Value;
use std::fmt;

/// An edit that was refused; the plan is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
    /// Stable code for the page ("E_PATH", "E_SHAPE").
    pub code: &'static str,
    /// Vietnamese message.
    pub vi: String,
    /// English message.
    pub en: String,
}

impl EditError {
    pub(crate) fn not_a_text_field(pointer: &str) -> EditError {
        EditError {
            code: "E_PATH",
            vi: format!("\"{pointer}\" không phải là một trường văn bản của kế hoạch."),
            en: format!("\"{pointer}\" is not a text field of the plan."),
        }
    }

    fn no_such_place(pointer: &str) -> EditError {
        EditError {
            code: "E_PATH",
            vi: format!("Không có vị trí \"{pointer}\" trong kế hoạch."),
            en: format!("There is no \"{pointer}\" in the plan."),
        }
    }

    pub(crate) fn shape(detail: &dyn fmt::Display) -> EditError {
        EditError {
            code: "E_SHAPE",
            vi: format!("Giá trị không đúng kiểu dữ liệu của kế hoạch: {detail}"),
            en: format!("The value does not fit the plan: {detail}"),
        }
    }
}

impl From<MigrationError> for EditError {
    fn from(e: MigrationError) -> EditError {
        EditError {
            code: "E_SHAPE",
            vi: e.message_vi(),
            en: e.message_en(),
        }
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for EditError {}

/// Splits "/a/b/3" into the parent "/a/b" and the last token "3".
fn split_last(pointer: &str) -> Option<(&str, String)> {
    let (parent, last) = pointer.rsplit_once('/')?;
    Some((parent, last.replace("~1", "/").replace("~0", "~")))
}

fn parent_mut<'a>(
    root: &'a mut Value,
    pointer: &str,
) -> Result<(&'a mut Value, String), EditError> {
    let (parent, last) = split_last(pointer).ok_or_else(|| EditError::no_such_place(pointer))?;
    let container = root
        .pointer_mut(parent)
        .ok_or_else(|| EditError::no_such_place(pointer))?;
    Ok((container, last))
}

pub(super) fn set(root: &mut Value, pointer: &str, value: Value) -> Result<(), EditError> {
    let (container, last) = parent_mut(root, pointer)?;
    match container {
        Value::Object(map) => {
            map.insert(last, value);
            Ok(())
        }
        Value::Array(list) => {
            let slot = last
                .parse::<usize>()
                .ok()
                .and_then(|i| list.get_mut(i))
                .ok_or_else(|| EditError::no_such_place(pointer))?;
            *slot = value;
            Ok(())
        }
        _ => Err(EditError::no_such_place(pointer)),
    }
}

pub(super) fn insert(root: &mut Value, pointer: &str, value: Value) -> Result<(), EditError> {
    let (container, last) = parent_mut(root, pointer)?;
    let Value::Array(list) = container else {
        return Err(EditError::no_such_place(pointer));
    };
    let index = if last == "-" {
        list.len()
    } else {
        last.parse::<usize>()
            .ok()
            .filter(|&i| i <= list.len())
            .ok_or_else(|| EditError::no_such_place(pointer))?
    };
    list.insert(index, value);
    Ok(())
}

pub(super) fn remove(root: &mut Value, pointer: &str) -> Result<Value, EditError> {
    let (container, last) = parent_mut(root, pointer)?;
    match container {
        Value::Array(list) => {
            let index = last
                .parse::<usize>()
                .ok()
                .filter(|&i| i < list.len())
                .ok_or_else(|| EditError::no_such_place(pointer))?;
            Ok(list.remove(index))
        }
        Value::Object(map) => map
            .get_mut(&last)
            .map(Value::take)
            .ok_or_else(|| EditError::no_such_place(pointer)),
        _ => Err(EditError::no_such_place(pointer)),
    }
}

pub(super) fn move_entry(root: &mut Value, from: &str, to: &str) -> Result<(), EditError> {
    let mut copy = root.clone();
    let value = remove(&mut copy, from)?;
    insert(&mut copy, to, value)?;
    *root = copy;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn list_edits() {
        let mut root = json!({"recipients": ["a", "b", "c"]});
        insert(&mut root, "/recipients/-", json!("d")).unwrap();
        move_entry(&mut root, "/recipients/0", "/recipients/3").unwrap();
        remove(&mut root, "/recipients/0").unwrap();
        assert_eq!(root, json!({"recipients": ["c", "d", "a"]}));
    }

    #[test]
    fn bad_places_are_refused_and_leave_the_value_alone() {
        let mut root = json!({"recipients": ["a"]});
        assert!(insert(&mut root, "/recipients/5", json!("x")).is_err());
        assert!(remove(&mut root, "/recipients/1").is_err());
        assert!(move_entry(&mut root, "/recipients/0", "/nothing/0").is_err());
        assert!(set(&mut root, "/nothing/here", json!(1)).is_err());
        assert_eq!(root, json!({"recipients": ["a"]}));
    }
}
