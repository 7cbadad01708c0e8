package de.koeln.zks.incidents.internal.domain;

import java.time.Duration;
import java.util.ArrayList;

import de.koeln.zks.incidents.api.Comment;
import de.koeln.zks.incidents.api.Measure;
import de.koeln.zks.incidents.api.RiskNotice;
import de.koeln.zks.platform.support.Validator;

/** The rules of measures, comments and risk notices; as {@link IncidentValidation}, clean copies. */
public final class RecordValidation {
    public static final int MAX_WHAT = 1000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_NOTICE_INCIDENTS = 100;
    /** A risk notice is a time-limited warning: at most this long in force, then it must be renewed. */
    public static final Duration MAX_NOTICE_VALIDITY = Duration.ofDays(366);

    private RecordValidation() {
    }

    public static Measure measure(Validator v, Measure in) {
        if (in == null) {
            v.reject(IncidentValidation.BODY, "is required");
            return null;
        }
        Measure out = new Measure();
        out.what = v.requiredText("what", in.what, MAX_WHAT);
        out.ownerUnit = v.text("ownerUnit", in.ownerUnit, IncidentValidation.MAX_UNIT);
        out.dueOn = in.dueOn;
        out.done = Boolean.TRUE.equals(in.done);
        return out;
    }

    public static Comment comment(Validator v, Comment in) {
        if (in == null) {
            v.reject(IncidentValidation.BODY, "is required");
            return null;
        }
        Comment out = new Comment();
        out.text = v.requiredText("text", in.text, IncidentValidation.MAX_LONG_TEXT);
        return out;
    }

    public static RiskNotice notice(Validator v, RiskNotice in) {
        if (in == null) {
            v.reject(IncidentValidation.BODY, "is required");
            return null;
        }
        RiskNotice out = new RiskNotice();
        out.title = v.requiredText("title", in.title, MAX_TITLE);
        out.unit = v.text("unit", in.unit, IncidentValidation.MAX_UNIT);
        out.location = IncidentValidation.location(v, in.location);
        if (isBlank(in.unit) && (in.location == null || isBlank(in.location.building) && isBlank(in.location.floor)
                && isBlank(in.location.room) && isBlank(in.location.address))) {
            v.reject("unit", "a notice is for a unit or a location: give the unit, the location or both");
        }
        out.watchFor = v.requiredText("watchFor", in.watchFor, IncidentValidation.MAX_LONG_TEXT);
        out.whatToDo = v.requiredText("whatToDo", in.whatToDo, IncidentValidation.MAX_LONG_TEXT);
        out.validFrom = v.required("validFrom", in.validFrom);
        out.validUntil = v.required("validUntil", in.validUntil);
        if (in.validFrom != null && in.validUntil != null) {
            if (!in.validUntil.isAfter(in.validFrom)) {
                v.reject("validUntil", "must be after validFrom");
            } else if (Duration.between(in.validFrom, in.validUntil).compareTo(MAX_NOTICE_VALIDITY) > 0) {
                v.reject("validUntil", "a notice may be in force for at most " + MAX_NOTICE_VALIDITY.toDays()
                    + " days; publish a new one to extend it");
            }
        }
        out.incidentIds = new ArrayList<>();
        if (in.incidentIds != null) {
            v.maxItems("incidentIds", in.incidentIds, MAX_NOTICE_INCIDENTS);
            for (int i = 0; i < in.incidentIds.size(); i++) {
                Long id = v.required("incidentIds[" + i + "]", in.incidentIds.get(i));
                if (id != null && !out.incidentIds.contains(id)) {
                    out.incidentIds.add(id);
                }
            }
        }
        return out;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
