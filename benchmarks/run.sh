#!/usr/bin/env bash
# Runs the ZKS load driver against an already started distribution; arguments are passed through, e.g.
#   ZKS_ADMIN_PASSWORD=... benchmarks/run.sh --connections=32 --markdown=/tmp/perf.md
# Builds the module (without tests) when its classes are missing or older than the sources.
# Environment: MVN (maven command, default mvn), MAVEN_ARGS (extra maven arguments, e.g. -o),
#              JAVA_HOME / JAVA_OPTS (JVM of the driver).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pom="$here/pom.xml"
classes="$here/target/classes"
cpfile="$here/target/classpath.txt"
mvn_cmd="${MVN:-mvn}"

needs_build() {
    [[ ! -f "$cpfile" || ! -f "$classes/de/koeln/zks/benchmarks/LoadDriver.class" ]] && return 0
    [[ -n "$(find "$here/src/main" "$pom" -newer "$cpfile" -print -quit)" ]]
}

if needs_build; then
    echo "run.sh: building zks-benchmarks ..." >&2
    # shellcheck disable=SC2086 # MAVEN_ARGS is a list of arguments
    "$mvn_cmd" -q -B -Dstyle.color=never ${MAVEN_ARGS:-} -f "$pom" compile dependency:build-classpath \
        -Dmdep.outputFile="$cpfile" -DincludeScope=runtime >&2
    touch "$cpfile" # the plugin keeps an unchanged file's old timestamp
fi

java_cmd="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
    java_cmd="$JAVA_HOME/bin/java"
fi

# shellcheck disable=SC2086 # JAVA_OPTS is a list of arguments
exec "$java_cmd" ${JAVA_OPTS:-} -cp "$classes:$(cat "$cpfile")" de.koeln.zks.benchmarks.LoadDriver "$@"
