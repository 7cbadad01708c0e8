#!/usr/bin/env bash
# Shared by run.sh and alarm.sh: builds this module when needed, then runs one of its main classes.
#   source launch.sh; launch <main class> [arguments ...]     (what run.sh and alarm.sh do)
#   benchmarks/launch.sh <main class> [arguments ...]         (the same, called directly)
# Builds (compile, without tests) when the classes or the classpath file are missing or a source is newer.
# Environment: MVN (maven command, default mvn), MAVEN_ARGS (extra maven arguments, e.g. -o),
#              JAVA_HOME / JAVA_OPTS (JVM of the driver).

launch() {
    local main_class="$1"
    shift
    local here pom classes cpfile mvn_cmd java_cmd name
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    pom="$here/pom.xml"
    classes="$here/target/classes"
    cpfile="$here/target/classpath.txt"
    mvn_cmd="${MVN:-mvn}"
    name="$(basename "$0")"

    if [[ ! -f "$cpfile" || ! -f "$classes/${main_class//.//}.class" \
            || -n "$(find "$here/src/main" "$pom" -newer "$cpfile" -print -quit)" ]]; then
        echo "$name: building zks-benchmarks ..." >&2
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
    exec "$java_cmd" ${JAVA_OPTS:-} -cp "$classes:$(cat "$cpfile")" "$main_class" "$@"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    if [[ $# -lt 1 ]]; then
        echo "usage: $0 <main class> [arguments ...]" >&2
        exit 2
    fi
    launch "$@"
fi
