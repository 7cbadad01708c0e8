package de.koeln.zks.incidents.api;

/** Where something happened or a notice applies; every field is optional. */
public class Location {
    public String building;
    public String floor;
    public String room;
    public String address;

    public Location() {
    }

    public Location(String building, String floor, String room, String address) {
        this.building = building;
        this.floor = floor;
        this.room = room;
        this.address = address;
    }
}
