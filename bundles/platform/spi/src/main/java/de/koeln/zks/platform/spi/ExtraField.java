package de.koeln.zks.platform.spi;

import java.util.ArrayList;
import java.util.List;

/** One extra field a plugin adds to a module's records. */
public class ExtraField {
    /** The key in the record's {@code extra} object: lower camel case letters and digits, e.g. {@code counterNumber}. */
    public String name;
    /** What a form shows, e.g. "Schalter-Nr.". */
    public String label;
    public ExtraFieldType type = ExtraFieldType.TEXT;
    public boolean required;
    /** For {@link ExtraFieldType#CHOICE}. */
    public List<String> allowedValues = new ArrayList<>();
    /** For {@link ExtraFieldType#TEXT}; default 500. */
    public Integer maxLength;

    public ExtraField() {
    }

    public ExtraField(String name, String label, ExtraFieldType type, boolean required, List<String> allowedValues) {
        this.name = name;
        this.label = label;
        this.type = type;
        this.required = required;
        this.allowedValues = allowedValues == null ? new ArrayList<>() : new ArrayList<>(allowedValues);
    }
}
