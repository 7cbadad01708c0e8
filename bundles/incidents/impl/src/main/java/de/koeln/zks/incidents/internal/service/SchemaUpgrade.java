package de.koeln.zks.incidents.internal.service;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.incidents.internal.domain.BuildingKey;
import de.koeln.zks.incidents.internal.jpa.IncidentEntity;

/**
 * Brings a database of an earlier version up to this one, at every start; once done it only looks for building
 * keys and indexes still missing.
 * <ul>
 * <li>The building filter (API 1.3): EclipseLink's {@code create-or-extend-tables} adds the column
 * {@code LOC_BUILDING_KEY} to an existing table but does not fill it. The keys of incidents stored before are
 * filled in batches.</li>
 * <li>Indexes added since the table was created ({@link IncidentEntity#LATER_INDEXES}), which EclipseLink only
 * creates with a new table.</li>
 * </ul>
 * A failure is logged and leaves the module working: older incidents are missing from building counts, or a search
 * reads more rows, until the next start.
 */
final class SchemaUpgrade {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrade.class);
    private static final int BATCH = 500;

    private SchemaUpgrade() {
    }

    /** @return how many incidents got their building key */
    static int run(JpaTemplate jpa) {
        int filled = 0;
        try {
            int batch;
            do {
                batch = jpa.txExpr(TransactionType.Required, SchemaUpgrade::fillBatch);
                filled += batch;
            } while (batch == BATCH);
            if (filled > 0) {
                LOG.info("Building keys filled in for {} incidents stored before the building filter", filled);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not prepare older incidents for the building filter; they are not counted by building", e);
        }
        IncidentEntity.LATER_INDEXES.forEach((name, columns) -> {
            try {
                jpa.tx(TransactionType.Required, em -> createIndexIfMissing(em, name, columns));
            } catch (RuntimeException e) {
                LOG.warn("Could not create the index {}; the searches it serves read more of the table", name, e);
            }
        });
        return filled;
    }

    private static int fillBatch(EntityManager em) {
        List<Object[]> rows = em.createQuery("SELECT e.id, e.location.building FROM IncidentEntity e"
                + " WHERE e.buildingKey IS NULL AND e.location.building IS NOT NULL ORDER BY e.id", Object[].class)
            .setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            // a bulk update: no version change, the incident as its users see it is unchanged
            String key = BuildingKey.of((String) row[1]);
            em.createQuery("UPDATE IncidentEntity e SET e.buildingKey = :key WHERE e.id = :id")
                .setParameter("key", key == null ? "" : key).setParameter("id", row[0]).executeUpdate();
        }
        return rows.size();
    }

    private static void createIndexIfMissing(EntityManager em, String name, String columns) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null || hasIndex(connection, name)) {
            return;
        }
        long start = System.nanoTime();
        em.createNativeQuery("CREATE INDEX " + name + " ON " + IncidentEntity.TABLE + " (" + columns + ")").executeUpdate();
        LOG.info("Created the index {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean hasIndex(Connection connection, String name) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : new String[] {IncidentEntity.TABLE, IncidentEntity.TABLE.toLowerCase()}) {
                try (ResultSet rs = meta.getIndexInfo(null, null, table, false, true)) {
                    while (rs.next()) {
                        if (name.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the indexes of " + IncidentEntity.TABLE, e);
        }
    }
}
