package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import de.koeln.zks.inspections.api.Template;
import de.koeln.zks.platform.support.UtcTimes;

/** One version of a checklist template; its items in their order. */
@Entity
@Table(name = "INSPECTIONS_TEMPLATE", indexes = @Index(name = "INSPECTIONS_TEMPLATE_LATEST", columnList = "NAME,LATEST"),
    uniqueConstraints = @UniqueConstraint(name = "INSPECTIONS_TEMPLATE_VERSION", columnNames = {"NAME", "TEMPLATE_VERSION"}))
public class TemplateEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "REVISION")
    private long revision;

    @Column(name = "NAME", length = 200, nullable = false)
    private String name;

    @Column(name = "DESCRIPTION", length = 2000)
    private String description;

    @Column(name = "TEMPLATE_VERSION", nullable = false)
    private int templateVersion;

    @Column(name = "SUPERSEDES")
    private Long supersedes;

    @Column(name = "LATEST", nullable = false)
    private boolean latest;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "INSPECTIONS_TEMPLATE_ITEM", joinColumns = @JoinColumn(name = "TEMPLATE_ID"))
    @OrderColumn(name = "POSITION")
    private List<ItemColumns> items = new ArrayList<>();

    @Column(name = "CREATED_BY", length = 128, nullable = false)
    private String createdBy;

    @Column(name = "CREATED_UTC", nullable = false)
    private LocalDateTime createdUtc;

    protected TemplateEntity() {
    }

    public TemplateEntity(Template clean, int templateVersion, Long supersedes, String by, LocalDateTime now) {
        this.name = clean.name;
        this.templateVersion = templateVersion;
        this.supersedes = supersedes;
        this.latest = true;
        this.createdBy = by;
        this.createdUtc = now;
        replace(clean);
    }

    /** The description and items of a validated template (the name stays). */
    public void replace(Template clean) {
        this.description = clean.description;
        this.items = new ArrayList<>(clean.items.stream().map(ItemColumns::new).toList());
    }

    public void superseded() {
        this.latest = false;
    }

    public Long id() {
        return id;
    }

    public long revision() {
        return revision;
    }

    public String name() {
        return name;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public boolean latest() {
        return latest;
    }

    public List<ItemColumns> items() {
        return items;
    }

    public Template toDto(boolean inUse) {
        Template t = new Template();
        t.id = id;
        t.name = name;
        t.description = description;
        t.version = templateVersion;
        t.items = new ArrayList<>(items.stream().map(ItemColumns::toDto).toList());
        t.supersedes = supersedes;
        t.inUse = inUse;
        t.latest = latest;
        t.createdBy = createdBy;
        t.createdAt = UtcTimes.offset(createdUtc);
        t.revision = revision;
        return t;
    }
}
