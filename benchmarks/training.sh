#!/usr/bin/env bash
# Measures registration for one session by many people at the same moment (throughput, p50/p99, consistency of
# seats and waiting list) against the platform's trivial endpoint, on an already started distribution, e.g.
#   ZKS_ADMIN_PASSWORD=... benchmarks/training.sh --registrants=500 --capacity=20 --rounds=5 --markdown=/tmp/t.md
# Builds the module (without tests) when its classes are missing or older than the sources (see launch.sh).
set -euo pipefail
# shellcheck source=launch.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/launch.sh"
launch de.koeln.zks.benchmarks.training.RegistrationBurst "$@"
