package de.koeln.zks.inspections.internal.jpa;

import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import de.koeln.zks.inspections.api.Location;

/** Building, floor and room of an inspection or finding. */
@Embeddable
public class PlaceColumns {
    @Column(name = "BUILDING", length = 200)
    private String building;

    @Column(name = "FLOOR", length = 50)
    private String floor;

    @Column(name = "ROOM", length = 100)
    private String room;

    protected PlaceColumns() {
    }

    public static PlaceColumns of(Location location) {
        PlaceColumns p = new PlaceColumns();
        if (location != null) {
            p.building = location.building;
            p.floor = location.floor;
            p.room = location.room;
        }
        return p;
    }

    /** Whether this is the same place as the location (null parts equal). */
    public boolean sameAs(Location location) {
        Location l = location == null ? new Location() : location;
        return Objects.equals(building, l.building) && Objects.equals(floor, l.floor)
            && Objects.equals(room, l.room);
    }

    public Location toDto() {
        Location l = new Location();
        l.building = building;
        l.floor = floor;
        l.room = room;
        return l;
    }
}
