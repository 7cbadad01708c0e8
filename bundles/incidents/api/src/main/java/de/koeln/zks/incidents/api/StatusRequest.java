package de.koeln.zks.incidents.api;

/** A request to move an incident to another status; {@code reason} is required for {@code REJECTED}. */
public class StatusRequest {
    public IncidentStatus status;
    public String reason;

    public StatusRequest() {
    }

    public StatusRequest(IncidentStatus status, String reason) {
        this.status = status;
        this.reason = reason;
    }
}
