#!/usr/bin/env bash
# Regenerates docs/rules.md and www/rules.html from the rules' doc comments.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
KEHOACH_UPDATE_DOCS=1 cargo test --quiet --test rules_page
