package de.koeln.zks.incidents.api;

import java.time.OffsetDateTime;

/**
 * What a client sends to report an incident or to change a report. The JSON names are fixed.
 * Required: {@code occurredAt}, {@code unit}, {@code kind}, {@code description}; {@code level} when it is left
 * out is the level the duty rules suggest for the kind (since 1.2).
 */
public class IncidentInput {
    /** When it happened, with the client's offset; never in the future. */
    public OffsetDateTime occurredAt;
    /** The organisational unit, e.g. {@code Bürgeramt Innenstadt}. */
    public String unit;
    public Location location;
    public IncidentKind kind;
    /** Aachener Modell: 0 (tension, insult) to 3 (armed attack, hostage, rampage). */
    public Integer level;
    public String description;
    public Integer personsHarmed;
    public String injuries;
    public Integer incapacityDays;
    /**
     * Whether the accident insurer must be notified: always true when {@code incapacityDays > 3}; a client
     * may set it also without days, when later effects are suspected.
     */
    public Boolean accidentReportDue;
    public Boolean policeCalled;
    public Boolean criminalComplaintFiled;
    public String complaintFileNumber;
    public Boolean houseBanImposed;
    public Boolean firstAidGiven;
    public Boolean aftercareOffered;
    public Integer witnessCount;
    /** Witnesses' identities, only when needed; shown to the reporter and security managers only. */
    public String witnessDetails;
    /**
     * Values of the extra fields that plugins declare for the unit ({@code GET /api/platform/plugins/fields?module=incidents&unit=}),
     * by field name. On an update, fields left out keep their values and {@code null} clears one; values of fields
     * whose plugin is gone are kept as they are.
     *
     * @since 1.3
     */
    public java.util.Map<String, Object> extra;
    /**
     * The optimistic-locking version, also the ETag. In an answer, the stored one. On an update, the version the
     * client read: a stale one is refused with 412, as with {@code If-Match}, which takes precedence when both are
     * sent. Ignored when reporting.
     *
     * @since 1.6 (before, a field of {@link Incident} only)
     */
    public Long version;
}
