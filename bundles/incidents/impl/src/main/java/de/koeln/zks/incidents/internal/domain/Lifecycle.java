package de.koeln.zks.incidents.internal.domain;

import static de.koeln.zks.incidents.api.IncidentStatus.CLOSED;
import static de.koeln.zks.incidents.api.IncidentStatus.DRAFT;
import static de.koeln.zks.incidents.api.IncidentStatus.IN_REVIEW;
import static de.koeln.zks.incidents.api.IncidentStatus.MEASURES_TAKEN;
import static de.koeln.zks.incidents.api.IncidentStatus.REJECTED;
import static de.koeln.zks.incidents.api.IncidentStatus.REPORTED;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.platform.api.problem.ConflictException;
import de.koeln.zks.platform.api.problem.ValidationException;

/**
 * The status rules of an incident: {@code REPORTED → IN_REVIEW → MEASURES_TAKEN → CLOSED}, back from
 * {@code MEASURES_TAKEN} to {@code IN_REVIEW}, and {@code REJECTED} (with a reason) from any open status
 * before measures were taken. {@code CLOSED} and {@code REJECTED} are final.
 */
public final class Lifecycle {
    private static final Map<IncidentStatus, Set<IncidentStatus>> ALLOWED = new EnumMap<>(IncidentStatus.class);

    static {
        ALLOWED.put(DRAFT, Collections.unmodifiableSet(EnumSet.of(REPORTED, REJECTED)));
        ALLOWED.put(REPORTED, Collections.unmodifiableSet(EnumSet.of(IN_REVIEW, REJECTED)));
        ALLOWED.put(IN_REVIEW, Collections.unmodifiableSet(EnumSet.of(MEASURES_TAKEN, CLOSED, REJECTED)));
        ALLOWED.put(MEASURES_TAKEN, Collections.unmodifiableSet(EnumSet.of(CLOSED, IN_REVIEW)));
        ALLOWED.put(CLOSED, Collections.unmodifiableSet(EnumSet.noneOf(IncidentStatus.class)));
        ALLOWED.put(REJECTED, Collections.unmodifiableSet(EnumSet.noneOf(IncidentStatus.class)));
    }

    private Lifecycle() {
    }

    /** The statuses an incident in {@code from} may move to, in lifecycle order. */
    public static Set<IncidentStatus> allowedFrom(IncidentStatus from) {
        return ALLOWED.get(from);
    }

    public static boolean isFinal(IncidentStatus status) {
        return ALLOWED.get(status).isEmpty();
    }

    public static boolean mayMove(IncidentStatus from, IncidentStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /**
     * @throws ConflictException (409) with the extension {@code allowed} (the allowed targets) when the move
     *         is not allowed; {@link ValidationException} naming {@code reason} when a rejection has none
     */
    public static void check(IncidentStatus from, IncidentStatus to, String reason) {
        if (!mayMove(from, to)) {
            List<String> allowed = allowedFrom(from).stream().map(Enum::name).toList();
            String detail = allowed.isEmpty()
                ? "The incident is " + from + ", which is final; its status cannot change to " + to
                : "The incident is " + from + "; it can go to " + String.join(", ", allowed) + ", not to " + to;
            throw new ConflictException(detail, Map.of("allowed", allowed, "currentStatus", from.name()));
        }
        if (to == REJECTED && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "is required to reject an incident");
        }
    }
}
