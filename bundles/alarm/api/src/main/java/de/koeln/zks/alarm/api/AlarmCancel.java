package de.koeln.zks.alarm.api;

/** Body of a cancel: why the alarm was false. */
public class AlarmCancel {
    public String reason;
}
