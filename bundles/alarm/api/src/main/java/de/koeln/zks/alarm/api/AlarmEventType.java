package de.koeln.zks.alarm.api;

/** What happened to an alarm: the SSE event names, timeline entry types and EventAdmin topics. */
public enum AlarmEventType {
    RAISED, JOINED, ESCALATED, ACKNOWLEDGED, CANCELLED, CLOSED, INCIDENT_LINKED
}
