package de.koeln.zks.incidents.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tables are prefixed INCIDENTS_, and the list filters and the idempotency key are indexed. */
class SchemaTest extends ServiceTestBase {

    @Test
    void tablesAndIndexes() {
        List<String> tables = db.inTransaction(em -> metadata(em.unwrap(Connection.class), true, null));
        assertThat(tables).contains("INCIDENTS_INCIDENT", "INCIDENTS_STATUS_CHANGE", "INCIDENTS_MEASURE",
            "INCIDENTS_COMMENT", "INCIDENTS_NOTICE", "INCIDENTS_NOTICE_INCIDENT");
        assertThat(tables).allMatch(t -> t.startsWith("INCIDENTS_"));
        List<String> indexed = db.inTransaction(em -> metadata(em.unwrap(Connection.class), false, "INCIDENTS_INCIDENT"));
        assertThat(indexed).contains("OCCURRED_UTC", "UNIT", "KIND", "AACHEN_LEVEL", "STATUS", "REPORTED_BY",
            "IDEMPOTENCY_KEY", "OCCURRED_MONTH", "LOC_BUILDING_KEY");
    }

    private static List<String> metadata(Connection connection, boolean tables, String table) {
        List<String> names = new ArrayList<>();
        try {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = tables ? meta.getTables(null, null, "%", new String[] {"TABLE"})
                    : meta.getIndexInfo(null, null, table, false, false)) {
                while (rs.next()) {
                    names.add(rs.getString(tables ? "TABLE_NAME" : "COLUMN_NAME"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }
}
