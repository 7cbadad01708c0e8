package de.koeln.zks.inspections.api;

/** A filter over consultations; null fields match everything. */
public class ConsultationQuery {
    public ConsultationState state;
    public String unit;
    public ConsultationUrgency urgency;
    /** Only open ones ({@code REQUESTED}, {@code IN_PROGRESS}), the most urgent and oldest first. */
    public boolean open;
}
