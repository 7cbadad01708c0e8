package de.koeln.zks.incidents.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * The value of a plugin-declared extra field of an incident, as the platform's validation wrote it. Rows stay when
 * the plugin is removed; they go with the incident's personal data at retention.
 */
@Entity
@Table(name = "INCIDENTS_EXTRA", indexes = @Index(name = "INCIDENTS_EXTRA_INCIDENT", columnList = "INCIDENT_ID"),
    uniqueConstraints = @UniqueConstraint(name = "INCIDENTS_EXTRA_NAME", columnNames = {"INCIDENT_ID", "NAME"}))
public class ExtraValueEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "INCIDENT_ID", nullable = false)
    private long incidentId;

    @Column(name = "NAME", length = 40, nullable = false)
    private String name;

    @Column(name = "FIELD_VALUE", length = 4000, nullable = false)
    private String value;

    protected ExtraValueEntity() {
    }

    public ExtraValueEntity(long incidentId, String name, String value) {
        this.incidentId = incidentId;
        this.name = name;
        this.value = value;
    }

    public long incidentId() {
        return incidentId;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public void value(String value) {
        this.value = value;
    }
}
