package de.koeln.zks.incidents.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning entry of the warning register: a person named as narrowly as the purpose allows, the danger they
 * pose to staff and how to behave. Visible to security managers and admins only; staff learn of it only
 * through the pre-contact check, which answers with the level and the advice.
 * <p>
 * Clients send {@code name}, {@code birthDate} and/or {@code fileReference}, optionally {@code address},
 * {@code level}, {@code kind}, {@code advice}, {@code avoid}, {@code incidents}, {@code legalBasis},
 * {@code expiresOn} and {@code reviewOn}; the rest is set by the service.
 */
public class Warning {
    public Long id;
    /** The optimistic-locking version, also the ETag. */
    public Long version;
    public WarningStatus status;

    public String name;
    public LocalDate birthDate;
    /** A department's file reference, e.g. {@code 32-1/2026/0815}. */
    public String fileReference;
    /** The department whose file reference it is. */
    public String department;
    /** Only where field visits need it. */
    public String address;

    /** Aachener Modell level of the danger, 1 to 3. */
    public Integer level;
    public IncidentKind kind;
    /** How to behave, e.g. {@code Termine nur zu zweit}. */
    public String advice;
    /** What to avoid, e.g. {@code keine Hausbesuche allein}. */
    public String avoid;
    /** The incidents the entry rests on. */
    public List<Long> incidents = new ArrayList<>();
    /** The legal basis and purpose the entry is kept for. */
    public String legalBasis;

    public LocalDate expiresOn;
    /** When the entry is to be reviewed next; at the latest its expiry date. */
    public LocalDate reviewOn;

    public String proposedBy;
    public OffsetDateTime proposedAt;
    /** Who approved or rejected it. */
    public String decidedBy;
    public OffsetDateTime decidedAt;
    /** The reason of a rejection or withdrawal. */
    public String statusReason;
    public String reviewedBy;
    public OffsetDateTime reviewedAt;
    /** {@code reviewOn} has come for an active entry. */
    public boolean reviewDue;
}
