package de.koeln.zks.platform.spi;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The extra fields the installed plugins declare, for the modules that store them. Values are stored as the
 * strings {@link #validate} returns and given back to clients as JSON values by {@link #present}.
 */
@ProviderType
public interface ExtraFields {
    /** The JSON property of a record that holds its extra fields, and the prefix of their field errors. */
    String PROPERTY = "extra";

    /** The fields in force for a record of the module at the unit. */
    List<DeclaredField> fieldsFor(String module, String unit);

    /** Every field in force for the module (for documentation). */
    List<DeclaredField> fieldsOf(String module);

    /**
     * Checks submitted values against the fields in force for the unit and returns them as strings to store.
     * Values the record already holds ({@code kept}) for a field that is no longer declared are kept as they are;
     * any other undeclared name, a value of the wrong type or not allowed, or a missing required field is a
     * {@link de.koeln.zks.platform.api.problem.ValidationException} naming {@code extra.<name>}.
     */
    Map<String, String> validate(String module, String unit, Map<String, Object> submitted, Map<String, String> kept);

    /** Stored strings as JSON values: numbers and booleans of declared fields typed, everything else as a string. */
    Map<String, Object> present(String module, Map<String, String> stored);
}
