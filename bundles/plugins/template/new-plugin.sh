#!/usr/bin/env bash
# Starts a department plugin from this template: bundles/plugins/<name>, registered in the parent pom.
#
#   bundles/plugins/template/new-plugin.sh <name> "<department>" "<unit>[, <unit>...]"
#   e.g. bundles/plugins/template/new-plugin.sh jobcenter-queue "Jobcenter Köln" "Jobcenter Mülheim, Jobcenter Kalk"
#
# <name> is the plugin's name (ZKS-Plugin): lower case letters, digits and hyphens. It becomes the REST path
# /api/plugins/<name>, the console scope <name>, the artifactId zks-plugin-<name> and (without hyphens) the package
# de.koeln.zks.plugin.<name without hyphens>. Leave the units empty ("") for a plugin of every unit.
# Then: mvn -o -B verify -pl bundles/plugins/<name> -am, and see docs/plugins.md.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
name=$1 department=$2 units=$3
if [[ ! $name =~ ^[a-z][a-z0-9-]{0,39}$ || $name == template ]]; then
    echo "The name must be lower case letters, digits and hyphens (at most 40), starting with a letter, and not 'template'" >&2
    exit 2
fi
package=${name//-/}
camel=""
IFS=- read -ra parts <<< "$name"
for part in "${parts[@]}"; do camel+="${part^}"; done

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
target="$root/bundles/plugins/$name"
if [[ -e $target ]]; then
    echo "$target exists already" >&2
    exit 1
fi

# a text for the pom: XML-escaped, then escaped for the replacement side of sed s|...|...|
quote() {
    printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/[\\|&]/\\&/g'
}

mkdir -p "$target"
cp "$here/pom.xml" "$target/"
cp -r "$here/src" "$target/"
for kind in main test; do
    from="$target/src/$kind/java/de/koeln/zks/plugin/template"
    [[ -d $from ]] && mv "$from" "$target/src/$kind/java/de/koeln/zks/plugin/$package"
done
find "$target/src" -name 'Template*.java' | while read -r file; do
    base=$(basename "$file")
    mv "$file" "$(dirname "$file")/$camel${base#Template}"
done
find "$target" -type f \( -name '*.java' -o -name 'pom.xml' \) -print0 | xargs -0 sed -i \
    -e "s|de\.koeln\.zks\.plugin\.template|de.koeln.zks.plugin.$package|g" \
    -e "s|Template|$camel|g" \
    -e "s|template|$name|g"
sed -i \
    -e "s|<zks.plugin.department>.*</zks.plugin.department>|<zks.plugin.department>$(quote "$department")</zks.plugin.department>|" \
    -e "s|<zks.plugin.units>.*</zks.plugin.units>|<zks.plugin.units>$(quote "$units")</zks.plugin.units>|" \
    -e "s|<description>.*</description>|<description>Department plugin $name of $(quote "$department").</description>|" \
    "$target/pom.xml"

module="<module>bundles/plugins/$name</module>"
if ! grep -qF "$module" "$root/pom.xml"; then
    sed -i "s|^\( *\)<module>features</module>|\1$module\n\1<module>features</module>|" "$root/pom.xml"
fi

echo "Created $target (package de.koeln.zks.plugin.$package, REST /api/plugins/$name, console scope $name)"
echo "Build it: mvn -o -B verify -pl bundles/plugins/$name -am"
echo "Deploy it: copy bundles/plugins/$name/target/zks-plugin-$name-*.jar into the container's deploy/ folder"
