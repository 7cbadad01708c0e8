package de.koeln.zks.inspections.internal.pdf;

/** Argument checks shared by the records: every refusal is an {@link IllegalArgumentException}. */
final class Checks {

    private Checks() {
    }

    static String text(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }
}
