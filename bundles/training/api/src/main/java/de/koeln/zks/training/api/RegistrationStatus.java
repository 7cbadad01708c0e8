package de.koeln.zks.training.api;

/**
 * Where a registration stands. {@code CONFIRMED} and {@code PENDING_APPROVAL} hold a seat; {@code WAITLISTED}
 * moves up by itself when a seat frees.
 */
public enum RegistrationStatus {
    PENDING_APPROVAL, CONFIRMED, WAITLISTED, CANCELLED, REJECTED
}
