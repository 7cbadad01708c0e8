package de.koeln.zks.alarm.api;

/** {@code RAISED → ACKNOWLEDGED → CLOSED}; {@code RAISED → CANCELLED} within the grace period; closed directly from RAISED too. */
public enum AlarmState {
    RAISED, ACKNOWLEDGED, CLOSED, CANCELLED;

    /** Open alarms are RAISED or ACKNOWLEDGED. */
    public boolean isOpen() {
        return this == RAISED || this == ACKNOWLEDGED;
    }
}
