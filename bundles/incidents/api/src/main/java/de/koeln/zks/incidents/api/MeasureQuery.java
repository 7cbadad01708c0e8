package de.koeln.zks.incidents.api;

/**
 * Which measures across incidents to list (since 1.4): {@code overdue} = not done and due before today
 * (Europe/Berlin); {@code done}; {@code ownerUnit} = the unit that carries them out. Unset fields do not filter.
 */
public class MeasureQuery {
    public Boolean overdue;
    public Boolean done;
    public String ownerUnit;
}
