package de.koeln.zks.inspections.api;

/** Where: building (address or name), floor, room. */
public class Location {
    public String building;
    public String floor;
    public String room;
}
