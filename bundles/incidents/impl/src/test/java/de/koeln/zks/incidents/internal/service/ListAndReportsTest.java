package de.koeln.zks.incidents.internal.service;

import static de.koeln.zks.incidents.api.IncidentKind.INSULT;
import static de.koeln.zks.incidents.api.IncidentKind.PHYSICAL_ASSAULT;
import static de.koeln.zks.incidents.api.IncidentKind.THREAT;
import static de.koeln.zks.incidents.api.IncidentStatus.CLOSED;
import static de.koeln.zks.incidents.api.IncidentStatus.IN_REVIEW;
import static de.koeln.zks.incidents.internal.testing.Fixtures.ANNA;
import static de.koeln.zks.incidents.internal.testing.Fixtures.BERT;
import static de.koeln.zks.incidents.internal.testing.Fixtures.SAM;
import static de.koeln.zks.incidents.internal.testing.Fixtures.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentExport;
import de.koeln.zks.incidents.api.IncidentQuery;
import de.koeln.zks.incidents.api.IncidentStatistics;
import de.koeln.zks.incidents.internal.domain.IncidentCsv;
import de.koeln.zks.platform.api.AuditAction;
import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.api.problem.ForbiddenException;
import de.koeln.zks.platform.api.problem.ValidationException;

class ListAndReportsTest extends ServiceTestBase {
    private static final String BUERGERAMT = "Bürgeramt Innenstadt";
    private static final String JOBCENTER = "Jobcenter Kalk";
    private long a1;
    private long a2;
    private long b1;
    private long a3;

    @BeforeEach
    void fourIncidents() {
        clock.set("2026-12-02T10:00:00Z");
        a1 = report(ANNA, input("2026-10-05T09:00:00+02:00", BUERGERAMT, INSULT, 0)).id;
        clock.advance(java.time.Duration.ofMinutes(1));
        b1 = report(BERT, input("2026-11-25T14:00:00+01:00", JOBCENTER, PHYSICAL_ASSAULT, 3)).id;
        clock.advance(java.time.Duration.ofMinutes(1));
        a2 = report(ANNA, input("2026-11-20T10:15:00+01:00", BUERGERAMT, THREAT, 2)).id;
        clock.advance(java.time.Duration.ofMinutes(1));
        // 23:30 UTC on 30 November: December in Cologne
        a3 = report(ANNA, input("2026-11-30T23:30:00Z", JOBCENTER, THREAT, 2)).id;
        move(b1, IN_REVIEW, CLOSED);
    }

    private Page<Incident> list(IncidentQuery q, int offset, int limit, String sort) {
        return incidents.list(SAM, q, offset, limit, sort);
    }

    @Test
    void newestFirstByDefaultWithTotal() {
        Page<Incident> page = list(null, 0, 50, null);
        assertThat(page.total).isEqualTo(4);
        assertThat(page.offset).isZero();
        assertThat(page.limit).isEqualTo(50);
        assertThat(page.items).extracting(i -> i.id).containsExactly(a3, b1, a2, a1);
    }

    @Test
    void pagesCarryTheTotalOfAllMatches() {
        Page<Incident> second = list(null, 1, 2, "occurredAt");
        assertThat(second.total).isEqualTo(4);
        assertThat(second.items).extracting(i -> i.id).containsExactly(a2, b1);
        assertThat(list(null, 4, 2, null).items).isEmpty();
        assertThatThrownBy(() -> list(null, 0, 501, null)).isInstanceOf(ValidationException.class).hasMessageContaining("limit");
    }

    @Test
    void sortsByTheWhitelistOnly() {
        assertThat(list(null, 0, 10, "-level,id").items).extracting(i -> i.id).containsExactly(b1, a2, a3, a1);
        assertThat(list(null, 0, 10, "reportedAt").items).extracting(i -> i.id).containsExactly(a1, b1, a2, a3);
        assertThatThrownBy(() -> list(null, 0, 10, "description")).isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.errors().get(0).field).isEqualTo("sort"));
    }

    @Test
    void filtersCombine() {
        IncidentQuery q = new IncidentQuery();
        q.units.add(JOBCENTER);
        assertThat(list(q, 0, 10, null).items).extracting(i -> i.id).containsExactly(a3, b1);
        q.kinds.add(THREAT);
        assertThat(list(q, 0, 10, null).items).extracting(i -> i.id).containsExactly(a3);

        IncidentQuery levels = new IncidentQuery();
        levels.levels.addAll(List.of(0, 3));
        assertThat(list(levels, 0, 10, null).total).isEqualTo(2);

        IncidentQuery closed = new IncidentQuery();
        closed.statuses.add(CLOSED);
        assertThat(list(closed, 0, 10, null).items).extracting(i -> i.id).containsExactly(b1);

        IncidentQuery november = new IncidentQuery();
        november.from = OffsetDateTime.parse("2026-11-01T00:00:00+01:00");
        november.to = OffsetDateTime.parse("2026-11-25T14:00:00+01:00");
        assertThat(list(november, 0, 10, null).items).as("to is exclusive").extracting(i -> i.id).containsExactly(a2);

        IncidentQuery bert = new IncidentQuery();
        bert.reportedBy = "bert";
        assertThat(list(bert, 0, 10, null).items).extracting(i -> i.id).containsExactly(b1);
    }

    @Test
    void anEmployeeListsOnlyTheirOwn() {
        Page<Incident> annas = incidents.list(ANNA, null, 0, 10, null);
        assertThat(annas.total).isEqualTo(3);
        assertThat(annas.items).extracting(i -> i.reportedBy).containsOnly("anna");
        IncidentQuery q = new IncidentQuery();
        q.units.add(JOBCENTER);
        assertThat(incidents.list(BERT, q, 0, 10, null).items).extracting(i -> i.id).containsExactly(b1);
    }

    @Test
    void statisticsCountEveryDimension() {
        IncidentStatistics s = incidents.statistics(SAM, null, null);
        assertThat(s.total).isEqualTo(4);
        assertThat(s.byLevel).containsExactly(entry(0, 1L), entry(1, 0L), entry(2, 2L), entry(3, 1L));
        assertThat(s.byKind).containsEntry("THREAT", 2L).containsEntry("INSULT", 1L).containsEntry("PHYSICAL_ASSAULT", 1L)
            .containsEntry("WEAPON", 0L).hasSize(9);
        assertThat(s.byUnit).containsExactly(entry(BUERGERAMT, 2L), entry(JOBCENTER, 2L));
        assertThat(s.byMonth.keySet()).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(s.byMonth).containsEntry("2026-11", 2L).containsEntry("2026-12", 1L);
        assertThat(s.byStatus).containsEntry("REPORTED", 3L).containsEntry("CLOSED", 1L).containsEntry("IN_REVIEW", 0L);
    }

    @Test
    void statisticsOfARange() {
        IncidentStatistics s = incidents.statistics(SAM, OffsetDateTime.parse("2026-11-01T00:00:00+01:00"),
            OffsetDateTime.parse("2026-12-01T00:00:00+01:00"));
        assertThat(s.total).isEqualTo(2);
        assertThat(s.byMonth).containsOnlyKeys("2026-11");
        assertThat(s.from).isEqualTo(OffsetDateTime.parse("2026-11-01T00:00:00+01:00"));
        assertThatThrownBy(() -> incidents.statistics(ANNA, null, null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theExportDeliversTheMatchesAsCsvAndIsAudited() throws Exception {
        IncidentQuery q = new IncidentQuery();
        q.units.add(BUERGERAMT);
        IncidentExport export = incidents.export(SAM, q, 10);
        assertThat(export.matched()).isEqualTo(2);
        assertThat(export.truncated()).isFalse();
        assertThat(audit.of(AuditAction.EXPORT)).singleElement().satisfies(l -> {
            assertThat(l.actor()).isEqualTo("sam");
            assertThat(l.detail()).contains("2 of 2");
        });

        StringWriter out = new StringWriter();
        try (IncidentCsv csv = new IncidentCsv(out)) {
            export.forEach(csv);
        }
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith(a1 + ",2026-10-05T09:00:00+02:00,2026-12-02T10:00:00Z,Bürgeramt Innenstadt,"
            + "Laurenzplatz 4,E.12,INSULT,0,REPORTED,true,,,,false,");
        assertThat(lines[2]).startsWith(a2 + ",2026-11-20T10:15:00+01:00,");
        assertThatThrownBy(() -> incidents.export(ANNA, q, 10)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aLargeExportIsTruncatedAndStreamedInPages() {
        for (int i = 0; i < JpaIncidentExport.PAGE + 20; i++) {
            report(BERT, input("2026-11-01T08:00:00+01:00", "Ordnungsamt", INSULT, 1));
        }
        IncidentQuery q = new IncidentQuery();
        q.units.add("Ordnungsamt");
        IncidentExport export = incidents.export(SAM, q, JpaIncidentExport.PAGE + 10);
        assertThat(export.matched()).isEqualTo(JpaIncidentExport.PAGE + 20);
        assertThat(export.rows()).isEqualTo(JpaIncidentExport.PAGE + 10);
        assertThat(export.truncated()).isTrue();
        report(BERT, input("2026-11-01T08:00:00+01:00", "Ordnungsamt", INSULT, 1));
        List<Long> ids = new ArrayList<>();
        export.forEach(i -> ids.add(i.id));
        assertThat(ids).hasSize(JpaIncidentExport.PAGE + 10).doesNotHaveDuplicates().isSorted();
        assertThatThrownBy(() -> incidents.export(SAM, q, 50_001)).isInstanceOf(ValidationException.class);
    }
}
