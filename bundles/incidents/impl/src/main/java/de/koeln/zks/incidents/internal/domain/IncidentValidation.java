package de.koeln.zks.incidents.internal.domain;

import java.time.Clock;
import java.util.function.ToIntFunction;

import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.incidents.api.StatusRequest;
import de.koeln.zks.platform.support.Validator;

/**
 * The rules of a report's fields. Each method adds every offending field to the {@link Validator} and
 * returns a clean copy (trimmed, blanks as null, derived fields set); nothing is stored until the caller's
 * {@link Validator#throwIfInvalid()} passed.
 */
public final class IncidentValidation {
    public static final String BODY = "(body)";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final int MAX_IDEMPOTENCY_KEY = 200;
    public static final int MAX_UNIT = 200;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_BUILDING = 300;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_FLOOR = 100;
    public static final int MAX_ROOM = 100;
    public static final int MAX_PERSONS = 1000;
    public static final int MAX_INCAPACITY_DAYS = 3650;
    public static final int MAX_FILE_NUMBER = 100;
    public static final int MAX_LONG_TEXT = 5000;
    public static final int MAX_REASON = 1000;
    /** More days of incapacity for work than this make the accident report to the insurer due. */
    public static final int ACCIDENT_REPORT_DAYS = 3;

    private IncidentValidation() {
    }

    public static IncidentInput clean(Validator v, IncidentInput in, Clock clock) {
        return clean(v, in, clock, null);
    }

    /**
     * As {@link #clean(Validator, IncidentInput, Clock)}; a missing {@code level} is the one {@code suggestedLevel}
     * gives for the kind (null: the level is required).
     */
    public static IncidentInput clean(Validator v, IncidentInput in, Clock clock, ToIntFunction<IncidentKind> suggestedLevel) {
        if (in == null) {
            v.reject(BODY, "is required");
            return null;
        }
        IncidentInput out = new IncidentInput();
        out.occurredAt = v.required("occurredAt", in.occurredAt);
        v.notInFuture("occurredAt", in.occurredAt, clock);
        out.unit = v.requiredText("unit", in.unit, MAX_UNIT);
        out.location = location(v, in.location);
        out.kind = v.required("kind", in.kind);
        if (in.level == null && in.kind != null && suggestedLevel != null) {
            out.level = suggestedLevel.applyAsInt(in.kind);
        } else {
            out.level = v.range("level", v.required("level", in.level), 0, 3);
        }
        out.description = v.requiredText("description", in.description, MAX_DESCRIPTION);
        out.personsHarmed = v.range("personsHarmed", in.personsHarmed, 0, MAX_PERSONS);
        out.injuries = v.text("injuries", in.injuries, MAX_LONG_TEXT);
        out.incapacityDays = v.range("incapacityDays", in.incapacityDays, 0, MAX_INCAPACITY_DAYS);
        out.accidentReportDue = accidentReportDue(in.incapacityDays, in.accidentReportDue);
        out.policeCalled = in.policeCalled;
        out.criminalComplaintFiled = in.criminalComplaintFiled;
        out.complaintFileNumber = v.text("complaintFileNumber", in.complaintFileNumber, MAX_FILE_NUMBER);
        out.houseBanImposed = in.houseBanImposed;
        out.firstAidGiven = in.firstAidGiven;
        out.aftercareOffered = in.aftercareOffered;
        out.witnessCount = v.range("witnessCount", in.witnessCount, 0, MAX_PERSONS);
        out.witnessDetails = v.text("witnessDetails", in.witnessDetails, MAX_LONG_TEXT);
        return out;
    }

    /** A location's fields, named {@code location.building} etc.; null when nothing is given. */
    public static Location location(Validator v, Location in) {
        if (in == null) {
            return null;
        }
        Location out = new Location(
            v.text("location.building", in.building, MAX_BUILDING),
            v.text("location.floor", in.floor, MAX_FLOOR),
            v.text("location.room", in.room, MAX_ROOM),
            v.text("location.address", in.address, MAX_ADDRESS));
        return isEmpty(out) ? null : out;
    }

    public static boolean isEmpty(Location l) {
        return l == null || l.building == null && l.floor == null && l.room == null && l.address == null;
    }

    /**
     * True when more than {@value #ACCIDENT_REPORT_DAYS} days of incapacity are reported, or when the client
     * says so (later effects suspected); never null.
     */
    public static Boolean accidentReportDue(Integer incapacityDays, Boolean clientSays) {
        return incapacityDays != null && incapacityDays > ACCIDENT_REPORT_DAYS || Boolean.TRUE.equals(clientSays);
    }

    /** The {@code Idempotency-Key} header: optional, at most {@value #MAX_IDEMPOTENCY_KEY} characters. */
    public static String idempotencyKey(Validator v, String key) {
        return v.text(IDEMPOTENCY_KEY, key, MAX_IDEMPOTENCY_KEY);
    }

    public static StatusRequest statusRequest(Validator v, StatusRequest in) {
        if (in == null) {
            v.reject(BODY, "is required");
            return null;
        }
        return new StatusRequest(v.required("status", in.status), v.text("reason", in.reason, MAX_REASON));
    }

    /** A filter's time range must not be empty. */
    public static void query(Validator v, IncidentQuery q) {
        if (q.from != null && q.to != null) {
            v.check(q.to.isAfter(q.from), "to", "must be after from");
        }
        v.maxItems("unit", q.units, 100);
        if (q.building != null) {
            v.check(q.building.strip().length() <= MAX_BUILDING, "building", "must be at most " + MAX_BUILDING + " characters");
        }
    }
}
