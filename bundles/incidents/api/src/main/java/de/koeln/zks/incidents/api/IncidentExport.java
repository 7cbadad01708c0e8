package de.koeln.zks.incidents.api;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A prepared export: the caller's right is checked, the matches counted and the export audited when it
 * is made; {@link #forEach} then delivers the rows (the incidents that matched then, oldest report first).
 */
@ProviderType
public interface IncidentExport {

    /** How many incidents matched the filter. */
    long matched();

    /** How many rows {@link #forEach} delivers: {@code min(matched, maxRows)}. */
    int rows();

    /** True when more matched than are delivered. */
    default boolean truncated() {
        return matched() > rows();
    }

    /** Streams the rows in pages; may be called more than once. */
    void forEach(Consumer<Incident> sink);
}
