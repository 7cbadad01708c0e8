package de.koeln.zks.inspections.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import de.koeln.zks.inspections.api.Answer;
import de.koeln.zks.inspections.api.ChecklistItem;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.inspections.api.Measure;
import de.koeln.zks.inspections.api.Template;
import de.koeln.zks.platform.support.Validator;

/** The rules of templates, inspections, answers and measures; clean copies, every offending field named. */
public final class InspectionValidation {
    public static final String BODY = "body";
    public static final int MAX_ITEMS = 200;
    public static final int MAX_UNIT = 200;
    public static final int MAX_NOTE = 2000;
    /** The workplace level assumed when an inspection names none: verbal aggression is to be reckoned with at any counter. */
    public static final int DEFAULT_RISK_LEVEL = 1;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    private InspectionValidation() {
    }

    public static Template template(Validator v, Template in) {
        if (in == null) {
            v.reject(BODY, "is required");
            return null;
        }
        Template out = new Template();
        out.name = v.requiredText("name", in.name, 200);
        out.description = v.text("description", in.description, 2000);
        out.items = new ArrayList<>();
        if (in.items == null || in.items.isEmpty()) {
            v.reject("items", "a template needs at least one item");
            return out;
        }
        v.maxItems("items", in.items, MAX_ITEMS);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < in.items.size(); i++) {
            ChecklistItem item = in.items.get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                v.reject(at, "is required");
                continue;
            }
            ChecklistItem c = new ChecklistItem();
            c.key = v.requiredText(at + ".key", item.key, 60);
            if (c.key != null && !KEY.matcher(c.key).matches()) {
                v.reject(at + ".key", "must be lower case letters, digits and hyphens, starting with a letter");
            } else if (c.key != null && !keys.add(c.key)) {
                v.reject(at + ".key", "'" + c.key + "' is used twice");
            }
            c.category = v.required(at + ".category", item.category);
            c.question = v.requiredText(at + ".question", item.question, 500);
            c.fromLevel = item.fromLevel == null ? 0 : v.range(at + ".fromLevel", item.fromLevel, 0, 3);
            c.hint = v.text(at + ".hint", item.hint, 1000);
            out.items.add(c);
        }
        return out;
    }

    public static Inspection plan(Validator v, Inspection in) {
        if (in == null) {
            v.reject(BODY, "is required");
            return null;
        }
        Inspection out = new Inspection();
        out.template = v.required("template", in.template);
        out.unit = v.requiredText("unit", in.unit, MAX_UNIT);
        out.location = location(v, in.location);
        out.scheduledFor = v.required("scheduledFor", in.scheduledFor);
        out.riskLevel = in.riskLevel == null ? DEFAULT_RISK_LEVEL : v.range("riskLevel", in.riskLevel, 0, 3);
        out.inspector = v.text("inspector", in.inspector, 128);
        out.recurrenceMonths = v.range("recurrenceMonths", in.recurrenceMonths, 1, 120);
        return out;
    }

    public static Location location(Validator v, Location in) {
        Location out = new Location();
        if (in != null) {
            out.building = v.text("location.building", in.building, 200);
            out.floor = v.text("location.floor", in.floor, 50);
            out.room = v.text("location.room", in.room, 100);
        }
        if (out.building == null) {
            v.reject("location.building", "is required");
        }
        return out;
    }

    public static Answer answer(Validator v, Answer in) {
        if (in == null) {
            v.reject(BODY, "is required");
            return null;
        }
        Answer out = new Answer();
        out.result = v.required("result", in.result);
        out.note = v.text("note", in.note, MAX_NOTE);
        return out;
    }

    public static Measure measure(Validator v, Measure in, LocalDate today) {
        if (in == null) {
            v.reject(BODY, "is required");
            return null;
        }
        Measure out = new Measure();
        out.what = v.requiredText("what", in.what, 1000);
        out.ownerUnit = v.requiredText("ownerUnit", in.ownerUnit, MAX_UNIT);
        out.due = v.required("due", in.due);
        if (in.due != null && in.due.isBefore(today)) {
            v.reject("due", "must not be in the past");
        }
        return out;
    }
}
