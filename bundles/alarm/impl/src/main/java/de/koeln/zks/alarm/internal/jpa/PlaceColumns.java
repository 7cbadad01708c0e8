package de.koeln.zks.alarm.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import de.koeln.zks.alarm.api.AlarmEvent;
import de.koeln.zks.alarm.api.AlarmPoint;

/**
 * Where an alarm point is: the same five columns in the point, in each alarm (as it was when raised) and in
 * each event (as it was delivered).
 */
@Embeddable
public class PlaceColumns {
    @Column(name = "BUILDING", length = 200)
    private String building;
    @Column(name = "FLOOR", length = 50)
    private String floor;
    @Column(name = "ROOM", length = 100)
    private String room;
    @Column(name = "UNIT", length = 200)
    private String unit;
    @Column(name = "DIRECTIONS", length = 1000)
    private String directions;

    protected PlaceColumns() {
    }

    public static PlaceColumns of(AlarmPoint point) {
        PlaceColumns p = new PlaceColumns();
        p.building = point.building;
        p.floor = point.floor;
        p.room = point.room;
        p.unit = point.unit;
        p.directions = point.directions;
        return p;
    }

    public PlaceColumns copy() {
        PlaceColumns p = new PlaceColumns();
        p.building = building;
        p.floor = floor;
        p.room = room;
        p.unit = unit;
        p.directions = directions;
        return p;
    }

    public String building() {
        return building;
    }

    public void into(AlarmPoint point) {
        point.building = building;
        point.floor = floor;
        point.room = room;
        point.unit = unit;
        point.directions = directions;
    }

    public void into(AlarmEvent event) {
        event.building = building;
        event.floor = floor;
        event.room = room;
        event.unit = unit;
        event.directions = directions;
    }
}
