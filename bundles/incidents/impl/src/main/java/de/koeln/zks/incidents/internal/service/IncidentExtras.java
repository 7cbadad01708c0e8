package de.koeln.zks.incidents.internal.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import de.koeln.zks.incidents.internal.jpa.ExtraValueEntity;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.spi.ExtraFields;

/**
 * The extra field values of incidents: checked against the fields the plugins declare for the incident's unit
 * (through the platform's {@link ExtraFields}), stored as rows, read for a whole page in one query.
 */
final class IncidentExtras {
    static final String MODULE = "incidents";

    private IncidentExtras() {
    }

    /** The values to store: the submitted ones checked, merged into the kept ones. */
    static Map<String, String> check(ExtraFields fields, String unit, Map<String, Object> submitted, Map<String, String> kept) {
        if (fields == null) {
            if (submitted != null && !submitted.isEmpty()) {
                throw new ValidationException(ExtraFields.PROPERTY, "extra fields cannot be checked now: the platform's plugin "
                    + "support is not running");
            }
            return kept;
        }
        return fields.validate(MODULE, unit, submitted, kept);
    }

    /** Whether any incident has extra values. */
    static boolean anyStored(EntityManager em) {
        return !em.createQuery("SELECT x.id FROM ExtraValueEntity x", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** The stored values of the incidents, by incident id (incidents without any are left out). */
    static Map<Long, Map<String, String>> of(EntityManager em, Collection<Long> incidents) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        if (incidents.isEmpty()) {
            return out;
        }
        em.createQuery("SELECT x FROM ExtraValueEntity x WHERE x.incidentId IN :ids ORDER BY x.id", ExtraValueEntity.class)
            .setParameter("ids", incidents).getResultList()
            .forEach(x -> out.computeIfAbsent(x.incidentId(), k -> new LinkedHashMap<>()).put(x.name(), x.value()));
        return out;
    }

    /** The values of an incident stored in this transaction: it has none yet, so none are read. */
    static void storeNew(EntityManager em, long incident, Map<String, String> values) {
        values.forEach((name, value) -> em.persist(new ExtraValueEntity(incident, name, value)));
    }

    /** Makes the stored values of the incident exactly these. */
    static void store(EntityManager em, long incident, Map<String, String> values) {
        List<ExtraValueEntity> rows = em.createQuery("SELECT x FROM ExtraValueEntity x WHERE x.incidentId = :i",
            ExtraValueEntity.class).setParameter("i", incident).getResultList();
        Map<String, String> rest = new LinkedHashMap<>(values);
        for (ExtraValueEntity row : rows) {
            String value = rest.remove(row.name());
            if (value == null) {
                em.remove(row);
            } else if (!value.equals(row.value())) {
                row.value(value);
            }
        }
        rest.forEach((name, value) -> em.persist(new ExtraValueEntity(incident, name, value)));
    }

    /** Retention: the values go with the incident's personal data. */
    static void erase(EntityManager em, long incident) {
        em.createQuery("DELETE FROM ExtraValueEntity x WHERE x.incidentId = :i").setParameter("i", incident).executeUpdate();
    }

    /** As clients get them: typed as declared where a plugin declares them, else text. */
    static Map<String, Object> present(ExtraFields fields, Map<String, String> stored) {
        if (stored == null || stored.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return fields == null ? new LinkedHashMap<>(stored) : fields.present(MODULE, stored);
    }
}
