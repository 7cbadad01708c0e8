package de.koeln.zks.incidents.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import de.koeln.zks.incidents.api.Location;

/** A {@link Location} as columns {@code LOC_*} of the table that embeds it. */
@Embeddable
public class LocationColumns {
    @Column(name = "LOC_BUILDING", length = 300)
    private String building;

    @Column(name = "LOC_FLOOR", length = 100)
    private String floor;

    @Column(name = "LOC_ROOM", length = 100)
    private String room;

    @Column(name = "LOC_ADDRESS", length = 300)
    private String address;

    protected LocationColumns() {
    }

    static LocationColumns of(Location location) {
        LocationColumns columns = new LocationColumns();
        if (location != null) {
            columns.building = location.building;
            columns.floor = location.floor;
            columns.room = location.room;
            columns.address = location.address;
        }
        return columns;
    }

    /** Removes what can point to a person: the room and the address; building and floor stay. */
    void erasePersonal() {
        room = null;
        address = null;
    }

    /** Null when no field is set. */
    static Location toDto(LocationColumns columns) {
        if (columns == null || columns.building == null && columns.floor == null && columns.room == null
                && columns.address == null) {
            return null;
        }
        return new Location(columns.building, columns.floor, columns.room, columns.address);
    }
}
