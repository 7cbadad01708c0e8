package de.koeln.zks.incidents.internal.duties;

import de.koeln.zks.incidents.api.DutyOwner;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

import de.koeln.zks.incidents.api.IncidentInput;

/**
 * One configured follow-up step: when it applies, who does it, by when, and which yes/no field of the report
 * shows that it has been done. {@code due} and {@code remindBefore} keep the text as configured (so that staff
 * see "P3M" rather than a number of seconds); they are ISO-8601 durations or periods, and periods count in
 * calendar months and years, because statutory periods do.
 *
 * <p>Times are UTC {@link LocalDateTime}s, as the incident store keeps them.
 *
 * @param code unique name, {@code [a-z][a-z0-9-]{0,39}}
 * @param order position among the rules (lower first; ties by code)
 * @param title short German title shown to staff
 * @param description optional German help text, may be null
 * @param when when the duty applies
 * @param owner who carries it out
 * @param due how long there is to do it, e.g. {@code PT24H}, {@code P3M}
 * @param dueFrom what {@code due} counts from
 * @param doneWhen optional flag of the report that marks the duty done, e.g. {@code criminalComplaintFiled}
 * @param remindBefore optional: remind this long before the due time, e.g. {@code P14D}
 */
public record DutyRule(String code, int order, String title, String description, Condition when, DutyOwner owner,
        String due, DueFrom dueFrom, String doneWhen, String remindBefore) {

    /** The pattern a code must match; it becomes part of configuration keys and of stored duties. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    /**
     * @throws IllegalArgumentException if a component is missing or malformed
     */
    public DutyRule {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("invalid code '" + code + "' (must match " + CODE + ")");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("duty " + code + ": title is required");
        }
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueFrom, "dueFrom");
        amount(code, "due", due);
        if (doneWhen != null && !Condition.isFlag(doneWhen)) {
            throw new IllegalArgumentException("duty " + code + ": unknown flag '" + doneWhen + "'");
        }
        if (remindBefore != null && amount(code, "remindBefore", remindBefore).isZero()) {
            throw new IllegalArgumentException("duty " + code + ": remindBefore must be longer than zero");
        }
    }

    private static Amount amount(String code, String name, String text) {
        try {
            return Amount.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("duty " + code + ": " + name + " " + e.getMessage(), e);
        }
    }

    /** Whether the incident calls for this duty. */
    public boolean appliesTo(IncidentInput incident) {
        return when.test(incident);
    }

    /** Whether the report itself already shows the duty done (its {@code doneWhen} flag is true). */
    public boolean doneBy(IncidentInput incident) {
        Objects.requireNonNull(incident, "incident");
        return doneWhen != null && Condition.flag(doneWhen, incident);
    }

    /**
     * The due time: {@code due} after the occurrence or the report, whichever {@code dueFrom} names. Only that
     * one needs to be given.
     */
    public LocalDateTime dueAt(LocalDateTime occurredUtc, LocalDateTime reportedUtc) {
        LocalDateTime from = dueFrom == DueFrom.OCCURRED ? occurredUtc : reportedUtc;
        Objects.requireNonNull(from, () -> "duty " + code + " counts from "
                + (dueFrom == DueFrom.OCCURRED ? "occurredUtc" : "reportedUtc") + ", which is null");
        return Amount.parse(due).addTo(from);
    }

    /** When to remind: {@code remindBefore} before {@link #dueAt}; null if the rule has no reminder. */
    public LocalDateTime remindAt(LocalDateTime occurredUtc, LocalDateTime reportedUtc) {
        if (remindBefore == null) {
            return null;
        }
        return Amount.parse(remindBefore).subtractFrom(dueAt(occurredUtc, reportedUtc));
    }
}
