package de.koeln.zks.incidents.api;

import java.time.LocalDate;

/**
 * An employee's pre-contact question: is there a warning for this person? {@code name} and {@code purpose}
 * are required, and at least one of {@code birthDate} and {@code fileReference}.
 */
public class WarningCheck {
    public String name;
    public LocalDate birthDate;
    public String fileReference;
    public CheckPurpose purpose;
}
