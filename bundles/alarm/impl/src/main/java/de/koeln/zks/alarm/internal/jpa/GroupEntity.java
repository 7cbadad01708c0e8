package de.koeln.zks.alarm.internal.jpa;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.alarm.api.GroupKind;
import de.koeln.zks.alarm.api.ResponderGroup;

/** A responder group and its members. */
@Entity
@Table(name = "ALARM_GROUP")
public class GroupEntity {
    @Id
    @Column(name = "NAME", length = 64)
    private String name;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "DESCRIPTION", length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20, nullable = false)
    private GroupKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ALARM_GROUP_MEMBER", joinColumns = @JoinColumn(name = "GROUP_NAME"))
    @OrderColumn(name = "POSITION")
    @Column(name = "MEMBER", length = 128, nullable = false)
    private List<String> members = new ArrayList<>();

    protected GroupEntity() {
    }

    public GroupEntity(String name) {
        this.name = name;
    }

    /** Takes a validated group's fields. */
    public void apply(ResponderGroup clean) {
        this.description = clean.description;
        this.kind = clean.kind;
        this.members.clear();
        this.members.addAll(clean.members);
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }

    public GroupKind kind() {
        return kind;
    }

    public List<String> members() {
        return members;
    }

    public ResponderGroup toDto() {
        ResponderGroup g = new ResponderGroup();
        g.name = name;
        g.description = description;
        g.kind = kind;
        g.members = new ArrayList<>(members);
        g.version = version;
        return g;
    }
}
