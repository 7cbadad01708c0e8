package de.koeln.zks.incidents.internal.jpa;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.Table;

import de.koeln.zks.incidents.api.CheckPurpose;
import de.koeln.zks.incidents.api.WarningCheckRecord;
import de.koeln.zks.platform.support.UtcTimes;

/** One pre-contact check as audited: never changed, erased after the configured period. */
@Entity
@Table(name = "INCIDENTS_WARNING_CHECK", indexes = {
    @Index(name = "INCIDENTS_WARNING_CHECK_TIME", columnList = "CHECKED_UTC"),
    @Index(name = "INCIDENTS_WARNING_CHECK_USER", columnList = "CHECKED_BY,CHECKED_UTC")})
public class CheckEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CHECKED_BY", length = 128, nullable = false)
    private String checkedBy;

    @Column(name = "CHECKED_UTC", nullable = false)
    private LocalDateTime checkedUtc;

    @Enumerated(EnumType.STRING)
    @Column(name = "PURPOSE", length = 32, nullable = false)
    private CheckPurpose purpose;

    @Column(name = "NAME", length = 300, nullable = false)
    private String name;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @Column(name = "FILE_REF", length = 100)
    private String fileReference;

    @Column(name = "WARNING", nullable = false)
    private boolean warning;

    @Column(name = "DANGER_LEVEL")
    private Integer level;

    @Column(name = "FUZZY", nullable = false)
    private boolean fuzzy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "INCIDENTS_WARNING_CHECK_MATCH", joinColumns = @JoinColumn(name = "CHECK_ID"),
        indexes = @Index(name = "INCIDENTS_WARNING_CHECK_MATCH_WARNING", columnList = "WARNING_ID"))
    @Column(name = "WARNING_ID")
    private List<Long> matched = new ArrayList<>();

    protected CheckEntity() {
    }

    public CheckEntity(String checkedBy, LocalDateTime now, CheckPurpose purpose, String name, LocalDate birthDate,
            String fileReference, Integer level, boolean fuzzy, List<Long> matched) {
        this.checkedBy = checkedBy;
        this.checkedUtc = now;
        this.purpose = purpose;
        this.name = name;
        this.birthDate = birthDate;
        this.fileReference = fileReference;
        this.warning = level != null;
        this.level = level;
        this.fuzzy = fuzzy;
        this.matched = new ArrayList<>(matched);
    }

    public Long id() {
        return id;
    }

    public WarningCheckRecord toDto() {
        WarningCheckRecord r = new WarningCheckRecord();
        r.id = id;
        r.checkedBy = checkedBy;
        r.checkedAt = UtcTimes.offset(checkedUtc);
        r.purpose = purpose;
        r.name = name;
        r.birthDate = birthDate;
        r.fileReference = fileReference;
        r.warning = warning;
        r.level = level;
        r.fuzzy = fuzzy;
        r.matched = new ArrayList<>(matched);
        return r;
    }
}
