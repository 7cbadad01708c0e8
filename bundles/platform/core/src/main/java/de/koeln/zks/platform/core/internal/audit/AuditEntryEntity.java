package de.koeln.zks.platform.core.internal.audit;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;

import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.AuditEntry;

/** One audit line. Times are stored in UTC. */
@Entity
@Table(name = "PLATFORM_AUDIT", indexes = {
    @Index(name = "PLATFORM_AUDIT_RECORD", columnList = "MODULE,RECORD_TYPE,RECORD_ID"),
    @Index(name = "PLATFORM_AUDIT_ACTOR", columnList = "ACTOR"),
    @Index(name = "PLATFORM_AUDIT_AT", columnList = "AT_UTC")})
public class AuditEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "AT_UTC", nullable = false)
    private LocalDateTime atUtc;

    @Column(name = "ACTOR", length = 128, nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", length = 32, nullable = false)
    private AuditAction action;

    @Column(name = "MODULE", length = 64, nullable = false)
    private String module;

    @Column(name = "RECORD_TYPE", length = 64, nullable = false)
    private String recordType;

    @Column(name = "RECORD_ID", length = 128)
    private String recordId;

    @Column(name = "DETAIL", length = 1000)
    private String detail;

    protected AuditEntryEntity() {
    }

    AuditEntryEntity(LocalDateTime atUtc, String actor, AuditAction action, String module, String recordType,
            String recordId, String detail) {
        this.atUtc = atUtc;
        this.actor = actor;
        this.action = action;
        this.module = module;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail;
    }

    AuditEntry toDto() {
        AuditEntry e = new AuditEntry();
        e.id = id;
        e.at = atUtc.atOffset(ZoneOffset.UTC);
        e.actor = actor;
        e.action = action;
        e.module = module;
        e.recordType = recordType;
        e.recordId = recordId;
        e.detail = detail;
        return e;
    }
}
