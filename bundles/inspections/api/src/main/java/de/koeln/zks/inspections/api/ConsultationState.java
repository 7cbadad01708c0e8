package de.koeln.zks.inspections.api;

/**
 * {@code REQUESTED → IN_PROGRESS → CLOSED} (with an outcome); {@code REQUESTED} or {@code IN_PROGRESS} →
 * {@code DECLINED} (with a reason). {@code CLOSED} and {@code DECLINED} are final.
 */
public enum ConsultationState {
    REQUESTED, IN_PROGRESS, CLOSED, DECLINED;

    /** Still waiting for or in the hands of the security management. */
    public boolean isOpen() {
        return this == REQUESTED || this == IN_PROGRESS;
    }
}
