package de.koeln.zks.alarm.internal.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import de.koeln.zks.alarm.api.AlarmPoint;
import de.koeln.zks.alarm.api.GroupKind;
import de.koeln.zks.alarm.api.ResponderGroup;
import de.koeln.zks.platform.support.Validator;

/** Checks and cleans responder groups and alarm points; every problem names its field. */
public final class RegistryValidation {
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** A user name of the realm: no blanks or commas, not starting with '-' (a mistyped console option). */
    public static final Pattern USER = Pattern.compile("[^\\s,\\-][^\\s,]{0,127}");
    public static final int MAX_MEMBERS = 500;
    public static final int MAX_GROUPS_PER_POINT = 10;

    private RegistryValidation() {
    }

    public static String name(Validator v, String field, String value) {
        String name = v.requiredText(field, value, 64);
        if (name != null && !NAME.matcher(name).matches()) {
            v.reject(field, "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }

    public static ResponderGroup group(Validator v, String pathName, ResponderGroup in) {
        ResponderGroup g = new ResponderGroup();
        if (in == null) {
            v.reject("body", "is required");
            return g;
        }
        g.name = name(v, "name", pathName != null ? pathName : in.name);
        if (pathName != null && in.name != null && !in.name.equals(pathName)) {
            v.reject("name", "must match the name in the path (" + pathName + ")");
        }
        g.description = v.text("description", in.description, 500);
        g.kind = in.kind == null ? GroupKind.NEARBY : in.kind;
        List<String> members = in.members == null ? List.of() : in.members;
        v.maxItems("members", members, MAX_MEMBERS);
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String m : members) {
            if (m == null || !USER.matcher(m).matches()) {
                v.reject("members", "contains '" + m + "', which is no user name");
            } else {
                clean.add(m);
            }
        }
        g.members = new ArrayList<>(clean);
        return g;
    }

    public static AlarmPoint point(Validator v, String pathId, AlarmPoint in) {
        AlarmPoint p = new AlarmPoint();
        if (in == null) {
            v.reject("body", "is required");
            return p;
        }
        p.id = name(v, "id", pathId != null ? pathId : in.id);
        if (pathId != null && in.id != null && !in.id.equals(pathId)) {
            v.reject("id", "must match the id in the path (" + pathId + ")");
        }
        p.building = v.requiredText("building", in.building, 200);
        p.floor = v.text("floor", in.floor, 50);
        p.room = v.text("room", in.room, 100);
        p.unit = v.text("unit", in.unit, 200);
        p.directions = v.text("directions", in.directions, 1000);
        List<String> groups = in.groups == null ? List.of() : in.groups;
        if (groups.isEmpty()) {
            v.reject("groups", "names at least one responder group (in escalation order)");
        }
        v.maxItems("groups", groups, MAX_GROUPS_PER_POINT);
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String g : groups) {
            if (g == null || !NAME.matcher(g).matches()) {
                v.reject("groups", "contains '" + g + "', which is no group name");
            } else if (!clean.add(g)) {
                v.reject("groups", "names " + g + " twice");
            }
        }
        p.groups = new ArrayList<>(clean);
        p.classes = in.classes == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(in.classes));
        if (p.classes.contains(null)) {
            v.reject("classes", "contains an empty entry");
        }
        p.escalationSeconds = v.range("escalationSeconds", in.escalationSeconds, 1, 3600);
        return p;
    }
}
