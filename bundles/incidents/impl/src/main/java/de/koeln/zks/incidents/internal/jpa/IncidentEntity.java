package de.koeln.zks.incidents.internal.jpa;

import de.koeln.zks.platform.support.UtcTimes;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Embedded;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.internal.domain.BuildingKey;
import de.koeln.zks.incidents.internal.domain.IncidentValidation;
import de.koeln.zks.incidents.internal.domain.Months;

/**
 * One report. Times in UTC; the offset the client sent with {@code occurredAt} is kept beside it, and the
 * month (Europe/Berlin) is stored for portable grouping. {@code (REPORTED_BY, IDEMPOTENCY_KEY)} is unique so
 * that a retried submit can never store a report twice.
 */
@Entity
@Table(name = "INCIDENTS_INCIDENT", indexes = {
    // Lists are read newest first (occurred, then id, descending). The unit index, the filter of every
    // manager's view, also covers kind, level and status, so counting a filtered list reads no table row.
    // Kind, level and status alone select too many rows to be worth an index (they misled Derby's optimizer
    // into fetching most of the table); STATUS + STATUS_CHANGED_UTC serves the retention job.
    @Index(name = "INCIDENTS_INCIDENT_OCCURRED", columnList = "OCCURRED_UTC DESC,ID DESC"),
    @Index(name = "INCIDENTS_INCIDENT_UNIT", columnList = "UNIT,OCCURRED_UTC DESC,ID DESC,KIND,AACHEN_LEVEL,STATUS"),
    @Index(name = "INCIDENTS_INCIDENT_STATUS", columnList = "STATUS,STATUS_CHANGED_UTC"),
    @Index(name = "INCIDENTS_INCIDENT_REPORTER", columnList = "REPORTED_BY,OCCURRED_UTC,ID"),
    @Index(name = "INCIDENTS_INCIDENT_MONTH", columnList = "OCCURRED_MONTH"),
    // the building filter (e.g. incidents at an inspected location in a period), counted from the index alone
    @Index(name = IncidentEntity.BUILDING_INDEX, columnList = IncidentEntity.BUILDING_INDEX_COLUMNS),
    // a search naming unit, kind, level and status reads only its matches, newest first (with the unit index
    // it read every report of the unit in the period, and locked each of them while reading)
    @Index(name = IncidentEntity.FACETS_INDEX, columnList = IncidentEntity.FACETS_INDEX_COLUMNS)},
    uniqueConstraints = @UniqueConstraint(name = "INCIDENTS_INCIDENT_IDEMPOTENT", columnNames = {"REPORTED_BY", "IDEMPOTENCY_KEY"}))
public class IncidentEntity {
    public static final String ERASED_TEXT = "[erased]";
    public static final String TABLE = "INCIDENTS_INCIDENT";
    public static final String BUILDING_INDEX = "INCIDENTS_INCIDENT_BUILDING";
    public static final String BUILDING_INDEX_COLUMNS = "LOC_BUILDING_KEY,OCCURRED_UTC,ID,STATUS";
    public static final String FACETS_INDEX = "INCIDENTS_INCIDENT_FACETS";
    public static final String FACETS_INDEX_COLUMNS = "UNIT,KIND,AACHEN_LEVEL,STATUS,OCCURRED_UTC DESC,ID DESC";
    /**
     * The indexes added after the table was first created, by name: EclipseLink creates indexes only with the
     * table, so a database of an earlier version gets them at the module's start.
     */
    public static final Map<String, String> LATER_INDEXES = Map.of(BUILDING_INDEX, BUILDING_INDEX_COLUMNS,
        FACETS_INDEX, FACETS_INDEX_COLUMNS);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "OCCURRED_UTC", nullable = false)
    private LocalDateTime occurredUtc;

    /** The offset of the client's occurredAt in seconds, e.g. 3600 for +01:00. */
    @Column(name = "OCCURRED_OFFSET", nullable = false)
    private int occurredOffset;

    @Column(name = "OCCURRED_MONTH", length = 7, nullable = false)
    private String occurredMonth;

    @Column(name = "REPORTED_UTC", nullable = false)
    private LocalDateTime reportedUtc;

    @Column(name = "REPORTED_BY", length = 128)
    private String reportedBy;

    @Column(name = "IDEMPOTENCY_KEY", length = 200)
    private String idempotencyKey;

    @Column(name = "UPDATED_UTC", nullable = false)
    private LocalDateTime updatedUtc;

    @Column(name = "UNIT", length = 200, nullable = false)
    private String unit;

    @Embedded
    private LocationColumns location;

    /** The building as the building filter compares it ({@link BuildingKey}); kept when the incident is erased. */
    @Column(name = "LOC_BUILDING_KEY", length = BuildingKey.MAX_LENGTH)
    private String buildingKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 32, nullable = false)
    private IncidentKind kind;

    @Column(name = "AACHEN_LEVEL", nullable = false)
    private int level;

    // a VARCHAR, not a LOB: read and written in the row (Derby streams LOBs separately, ~10x slower)
    @Column(name = "DESCRIPTION", nullable = false, length = IncidentValidation.MAX_DESCRIPTION)
    private String description;

    @Column(name = "PERSONS_HARMED")
    private Integer personsHarmed;

    @Column(name = "INJURIES", length = 5000)
    private String injuries;

    @Column(name = "INCAPACITY_DAYS")
    private Integer incapacityDays;

    @Column(name = "ACCIDENT_REPORT_DUE")
    private Boolean accidentReportDue;

    @Column(name = "POLICE_CALLED")
    private Boolean policeCalled;

    @Column(name = "CRIMINAL_COMPLAINT")
    private Boolean criminalComplaintFiled;

    @Column(name = "COMPLAINT_FILE_NO", length = 100)
    private String complaintFileNumber;

    @Column(name = "HOUSE_BAN")
    private Boolean houseBanImposed;

    @Column(name = "FIRST_AID")
    private Boolean firstAidGiven;

    @Column(name = "AFTERCARE")
    private Boolean aftercareOffered;

    @Column(name = "WITNESS_COUNT")
    private Integer witnessCount;

    @Column(name = "WITNESS_DETAILS", length = 5000)
    private String witnessDetails;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 32, nullable = false)
    private IncidentStatus status;

    @Column(name = "STATUS_REASON", length = 1000)
    private String statusReason;

    @Column(name = "STATUS_CHANGED_UTC", nullable = false)
    private LocalDateTime statusChangedUtc;

    @Column(name = "ERASED", nullable = false)
    private boolean erased;

    protected IncidentEntity() {
    }

    public IncidentEntity(IncidentInput input, IncidentStatus status, String reportedBy, String idempotencyKey,
                          LocalDateTime now) {
        this.reportedBy = reportedBy;
        this.idempotencyKey = idempotencyKey;
        this.reportedUtc = now;
        this.status = status;
        this.statusChangedUtc = now;
        apply(input, now);
    }

    /** Replaces the reported fields with a validated input. */
    public void apply(IncidentInput in, LocalDateTime now) {
        this.occurredUtc = UtcTimes.utc(in.occurredAt);
        this.occurredOffset = in.occurredAt.getOffset().getTotalSeconds();
        this.occurredMonth = Months.of(in.occurredAt);
        this.unit = in.unit;
        this.location = LocationColumns.of(in.location);
        this.buildingKey = BuildingKey.of(in.location == null ? null : in.location.building);
        this.kind = in.kind;
        this.level = in.level;
        this.description = in.description;
        this.personsHarmed = in.personsHarmed;
        this.injuries = in.injuries;
        this.incapacityDays = in.incapacityDays;
        this.accidentReportDue = in.accidentReportDue;
        this.policeCalled = in.policeCalled;
        this.criminalComplaintFiled = in.criminalComplaintFiled;
        this.complaintFileNumber = in.complaintFileNumber;
        this.houseBanImposed = in.houseBanImposed;
        this.firstAidGiven = in.firstAidGiven;
        this.aftercareOffered = in.aftercareOffered;
        this.witnessCount = in.witnessCount;
        this.witnessDetails = in.witnessDetails;
        this.updatedUtc = now;
    }

    public void moveTo(IncidentStatus to, String reason, LocalDateTime now) {
        this.status = to;
        this.statusReason = reason;
        this.statusChangedUtc = now;
        this.updatedUtc = now;
    }

    /** Retention: removes the personal fields; kind, level, unit, times and status stay for the statistics. */
    public void erase(LocalDateTime now) {
        this.description = ERASED_TEXT;
        this.injuries = null;
        this.witnessDetails = null;
        this.reportedBy = null;
        this.idempotencyKey = null;
        this.complaintFileNumber = null;
        if (location != null) {
            location.erasePersonal();
        }
        this.erased = true;
        this.updatedUtc = now;
    }

    /** The whole incident; callers redact it for the caller ({@code Access.redact}). */
    public Incident toDto() {
        Incident i = new Incident();
        i.id = id;
        i.version = version;
        i.occurredAt = OffsetDateTime.of(occurredUtc, ZoneOffset.UTC)
            .withOffsetSameInstant(ZoneOffset.ofTotalSeconds(occurredOffset));
        i.unit = unit;
        i.location = LocationColumns.toDto(location);
        i.kind = kind;
        i.level = level;
        i.description = description;
        i.personsHarmed = personsHarmed;
        i.injuries = injuries;
        i.incapacityDays = incapacityDays;
        i.accidentReportDue = accidentReportDue;
        i.policeCalled = policeCalled;
        i.criminalComplaintFiled = criminalComplaintFiled;
        i.complaintFileNumber = complaintFileNumber;
        i.houseBanImposed = houseBanImposed;
        i.firstAidGiven = firstAidGiven;
        i.aftercareOffered = aftercareOffered;
        i.witnessCount = witnessCount;
        i.witnessDetails = witnessDetails;
        i.status = status;
        i.statusReason = statusReason;
        i.reportedAt = UtcTimes.offset(reportedUtc);
        i.reportedBy = reportedBy;
        i.updatedAt = UtcTimes.offset(updatedUtc);
        i.erased = erased;
        return i;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public IncidentStatus status() {
        return status;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public boolean erased() {
        return erased;
    }

    public LocalDateTime statusChangedUtc() {
        return statusChangedUtc;
    }
}
