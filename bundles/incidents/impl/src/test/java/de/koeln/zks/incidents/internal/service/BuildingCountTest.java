package de.koeln.zks.incidents.internal.service;

import static de.koeln.zks.incidents.api.IncidentKind.INSULT;
import static de.koeln.zks.incidents.api.IncidentKind.THREAT;
import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.BERT;
import static de.koeln.zks.incidents.internal.testing.Fixtures.SAM;
import static de.koeln.zks.incidents.internal.testing.Fixtures.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.internal.jpa.IncidentEntity;
import de.koeln.zks.platform.api.Caller;
import de.koeln.zks.platform.api.problem.ValidationException;

/** Incidents counted at a building in a period: case and surrounding spaces do not matter, older rows count too. */
class BuildingCountTest extends ServiceTestBase {
    private static final String UNIT = "Bürgeramt Innenstadt";

    private IncidentInput at(String building, String occurredAt) {
        IncidentInput in = input(occurredAt, UNIT, THREAT, 2);
        in.location.building = building;
        return in;
    }

    @BeforeEach
    void incidentsAtTwoBuildings() {
        report(ANNA, at("Laurenzplatz 4", "2026-11-20T10:15:00+01:00"));
        report(BERT, at("  LAURENZPLATZ 4 ", "2026-03-01T09:00:00+01:00"));
        report(ANNA, at("laurenzplatz 4", "2025-10-01T09:00:00+02:00")); // more than a year ago
        report(ANNA, at("Laurenzplatz 40", "2026-11-21T09:00:00+01:00"));
        IncidentInput nowhere = input("2026-11-22T09:00:00+01:00", UNIT, INSULT, 0);
        nowhere.location = null;
        report(ANNA, nowhere);
    }

    private static IncidentQuery lastYearAt(String building) {
        IncidentQuery q = new IncidentQuery();
        q.building = building;
        q.from = OffsetDateTime.parse("2025-11-27T00:00:00Z");
        q.to = OffsetDateTime.parse("2026-11-28T00:00:00Z");
        return q;
    }

    @Test
    void countsTheBuildingIgnoringCaseAndSpacesInThePeriod() {
        assertThat(incidents.count(SAM, lastYearAt(" laurenzplatz 4"))).isEqualTo(2);
        assertThat(incidents.count(Caller.SYSTEM, lastYearAt("Laurenzplatz 40"))).isEqualTo(1);
        assertThat(incidents.count(SAM, lastYearAt("Domplatz 1"))).isZero();
        assertThat(incidents.count(SAM, lastYearAt(null))).as("no building: every incident of the period").isEqualTo(4);
        IncidentQuery always = lastYearAt("LAURENZPLATZ 4");
        always.from = null;
        assertThat(incidents.count(SAM, always)).isEqualTo(3);
        assertThat(incidents.list(SAM, lastYearAt("laurenzplatz 4"), 0, 10, null).items)
            .extracting(i -> i.location.building).containsOnly("Laurenzplatz 4", "LAURENZPLATZ 4");
    }

    @Test
    void employeesCountOnlyTheirOwnReportsAndTheFilterIsChecked() {
        assertThat(incidents.count(ANNA, lastYearAt("Laurenzplatz 4"))).isEqualTo(1);
        assertThat(incidents.count(BERT, lastYearAt("Laurenzplatz 4"))).isEqualTo(1);
        IncidentQuery statuses = lastYearAt("Laurenzplatz 4");
        statuses.statuses.add(IncidentStatus.REJECTED);
        assertThat(incidents.count(SAM, statuses)).isZero();
        assertThatThrownBy(() -> incidents.count(SAM, lastYearAt("x".repeat(301))))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                .containsExactly("building"));
    }

    @Test
    void incidentsStoredBeforeTheFilterGetTheirKeyAndTheLaterIndexesOnTheNextStart() {
        db.inTransaction(em -> {
            em.createQuery("UPDATE IncidentEntity e SET e.buildingKey = NULL").executeUpdate();
            em.createNativeQuery("DROP INDEX " + IncidentEntity.FACETS_INDEX).executeUpdate();
            return em.createNativeQuery("DROP INDEX " + IncidentEntity.BUILDING_INDEX).executeUpdate();
        });
        assertThat(incidents.count(SAM, lastYearAt("Laurenzplatz 4"))).isZero();
        assertThat(indexes()).doesNotContain(IncidentEntity.BUILDING_INDEX, IncidentEntity.FACETS_INDEX);

        assertThat(SchemaUpgrade.run(db.jpa)).isEqualTo(4);
        assertThat(incidents.count(SAM, lastYearAt("Laurenzplatz 4"))).isEqualTo(2);
        assertThat(indexes()).contains(IncidentEntity.BUILDING_INDEX, IncidentEntity.FACETS_INDEX);
        assertThat(SchemaUpgrade.run(db.jpa)).as("nothing left to do").isZero();
    }

    private List<String> indexes() {
        return db.inTransaction(em -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = em.unwrap(Connection.class).getMetaData()
                    .getIndexInfo(null, null, IncidentEntity.TABLE, false, true)) {
                while (rs.next()) {
                    names.add(rs.getString("INDEX_NAME"));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return names;
        });
    }
}
