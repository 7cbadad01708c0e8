#!/usr/bin/env bash
# Measures the list of overdue measures of the inspections module (dueBefore, per owner unit, deeper pages,
# overdue=true) over 50,000 measures seeded through REST, on an already started distribution, e.g.
#   ZKS_ADMIN_PASSWORD=... benchmarks/inspections.sh --measures=50000 --connections=8 --markdown=/tmp/inspections.md
# Builds the module (without tests) when its classes are missing or older than the sources (see launch.sh).
set -euo pipefail
# shellcheck source=launch.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/launch.sh"
launch de.koeln.zks.benchmarks.inspections.OverdueMeasures "$@"
