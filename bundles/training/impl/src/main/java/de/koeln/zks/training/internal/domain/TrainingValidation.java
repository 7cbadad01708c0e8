package de.koeln.zks.training.internal.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;

import de.koeln.zks.platform.support.Validator;
import de.koeln.zks.training.api.Course;
import de.koeln.zks.training.api.CourseFormat;
import de.koeln.zks.training.api.TrainingSession;

/** The rules of courses and sessions; each method returns a clean copy and names every offending field. */
public final class TrainingValidation {
    public static final String BODY = "body";
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 5000;
    public static final int MAX_UNIT = 200;
    public static final int MAX_UNITS = 100;
    public static final int MAX_CAPACITY = 1000;
    public static final int MAX_REASON = 1000;
    /** A session lasts at most this long (a block seminar). */
    public static final Duration MAX_SESSION = Duration.ofDays(5);

    private TrainingValidation() {
    }

    public static Course course(Validator v, Course in) {
        if (in == null) {
            v.reject(BODY, "is required");
            return null;
        }
        Course out = new Course();
        out.title = v.requiredText("title", in.title, MAX_TITLE);
        out.description = v.text("description", in.description, MAX_TEXT);
        out.topic = v.required("topic", in.topic);
        out.format = in.format == null ? CourseFormat.IN_PERSON : in.format;
        out.durationMinutes = v.range("durationMinutes", in.durationMinutes, 1, 7 * 24 * 60);
        out.targetUnits = new ArrayList<>();
        if (in.targetUnits != null) {
            v.maxItems("targetUnits", in.targetUnits, MAX_UNITS);
            for (int i = 0; i < in.targetUnits.size(); i++) {
                String unit = v.requiredText("targetUnits[" + i + "]", in.targetUnits.get(i), MAX_UNIT);
                if (unit != null && !out.targetUnits.contains(unit)) {
                    out.targetUnits.add(unit);
                }
            }
        }
        out.recommendedFromLevel = v.range("recommendedFromLevel", in.recommendedFromLevel, 0, 3);
        out.refresherMonths = v.range("refresherMonths", in.refresherMonths, 1, 120);
        out.requiresApproval = Boolean.TRUE.equals(in.requiresApproval);
        out.active = !Boolean.FALSE.equals(in.active);
        return out;
    }

    /** A session; {@code registrationDeadline} defaults to the start and may not be after it. */
    public static TrainingSession session(Validator v, TrainingSession in) {
        if (in == null) {
            v.reject(BODY, "is required");
            return null;
        }
        TrainingSession out = new TrainingSession();
        out.course = v.required("course", in.course);
        out.startsAt = v.required("startsAt", in.startsAt);
        out.endsAt = v.required("endsAt", in.endsAt);
        if (in.startsAt != null && in.endsAt != null) {
            if (!in.endsAt.isAfter(in.startsAt)) {
                v.reject("endsAt", "must be after startsAt");
            } else if (Duration.between(in.startsAt, in.endsAt).compareTo(MAX_SESSION) > 0) {
                v.reject("endsAt", "a session lasts at most " + MAX_SESSION.toDays() + " days");
            }
        }
        out.capacity = v.required("capacity", in.capacity);
        if (in.capacity != null && (in.capacity < 1 || in.capacity > MAX_CAPACITY)) {
            v.reject("capacity", "must be between 1 and " + MAX_CAPACITY + " (got " + in.capacity + ")");
        }
        out.place = v.text("place", in.place, 300);
        out.link = v.text("link", in.link, 500);
        if (out.link != null && !isWebAddress(out.link)) {
            v.reject("link", "must be an http or https address");
        }
        out.trainer = v.text("trainer", in.trainer, 128);
        out.registrationDeadline = in.registrationDeadline != null ? in.registrationDeadline : in.startsAt;
        if (in.registrationDeadline != null && in.startsAt != null && in.registrationDeadline.isAfter(in.startsAt)) {
            v.reject("registrationDeadline", "must not be after startsAt");
        }
        return out;
    }

    public static String reason(Validator v, String reason, boolean required) {
        return required ? v.requiredText("reason", reason, MAX_REASON) : v.text("reason", reason, MAX_REASON);
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
