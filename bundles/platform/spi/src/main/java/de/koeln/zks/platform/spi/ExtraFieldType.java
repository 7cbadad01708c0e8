package de.koeln.zks.platform.spi;

/** The type of an extra field and the JSON value it takes. */
public enum ExtraFieldType {
    /** A JSON string (at most {@link ExtraField#maxLength} characters). */
    TEXT,
    /** A JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An ISO date string, e.g. {@code 2027-01-20}. */
    DATE,
    /** One of {@link ExtraField#allowedValues}. */
    CHOICE
}
