package de.koeln.zks.training.api;

/** What a course teaches. */
public enum CourseTopic {
    DEESCALATION, CONFLICT_COMMUNICATION, THREAT_BEHAVIOUR, SILENT_ALARM, FIELD_SERVICE, AFTERCARE, SELF_PROTECTION, OTHER
}
