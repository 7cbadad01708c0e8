package de.koeln.zks.platform.core.internal.users;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import de.koeln.zks.platform.api.UserProfile;

@Entity
@Table(name = "PLATFORM_USER")
public class UserProfileEntity {
    @Id
    @Column(name = "NAME", length = 128)
    private String name;

    @Column(name = "DISPLAY_NAME", length = 200)
    private String displayName;

    @Column(name = "WORKSTATION", length = 64)
    private String workstation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PLATFORM_USER_UNIT", joinColumns = @JoinColumn(name = "USER_NAME"))
    @Column(name = "UNIT", length = 200)
    @OrderColumn(name = "POS")
    private List<String> units = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected UserProfileEntity() {
    }

    public UserProfileEntity(String name) {
        this.name = name;
    }

    void apply(UserProfile p) {
        this.displayName = p.displayName;
        this.workstation = p.workstation;
        this.units.clear();
        if (p.units != null) {
            this.units.addAll(p.units);
        }
    }

    public UserProfile toDto() {
        UserProfile p = new UserProfile();
        p.name = name;
        p.displayName = displayName;
        p.workstation = workstation;
        p.units = new ArrayList<>(units);
        p.version = version;
        return p;
    }

    public long version() {
        return version;
    }
}
