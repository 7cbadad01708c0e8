#!/usr/bin/env bash
# Measures silent alarm delivery (event stream latency, losses, reconnect, stream leaks) of an already started
# distribution; arguments are passed through, e.g.
#   ZKS_ADMIN_PASSWORD=... benchmarks/alarm.sh --subscribers=1000 --rate=10 --markdown=/tmp/perf.md
# Builds the module (without tests) when its classes are missing or older than the sources (see launch.sh).
# Environment: MVN (maven command, default mvn), MAVEN_ARGS (extra maven arguments, e.g. -o),
#              JAVA_HOME / JAVA_OPTS (JVM of the driver).
set -euo pipefail
# shellcheck source=launch.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/launch.sh"
launch de.koeln.zks.benchmarks.alarm.AlarmLatencyDriver "$@"
