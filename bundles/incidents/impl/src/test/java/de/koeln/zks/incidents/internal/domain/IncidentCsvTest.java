package de.koeln.zks.incidents.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.IncidentKind;
import de.koeln.zks.incidents.api.IncidentStatus;
import de.koeln.zks.incidents.api.Location;

class IncidentCsvTest {

    @Test
    void headerAndRowsInTheDocumentedColumns() throws Exception {
        Incident i = new Incident();
        i.id = 7L;
        i.occurredAt = OffsetDateTime.parse("2026-11-20T10:15:00+01:00");
        i.reportedAt = OffsetDateTime.parse("2026-11-20T09:30:00Z");
        i.unit = "Bürgeramt Innenstadt";
        i.location = new Location("Laurenzplatz 4", "EG", "E.12", "Laurenzplatz 4, 50667 Köln");
        i.kind = IncidentKind.THREAT;
        i.level = 2;
        i.status = IncidentStatus.IN_REVIEW;
        i.policeCalled = true;
        i.houseBanImposed = false;
        i.incapacityDays = 4;
        i.accidentReportDue = true;
        i.description = "=HYPERLINK(\"http://evil\") drohte, \"laut\"\nzweite Zeile";

        StringWriter out = new StringWriter();
        try (IncidentCsv csv = new IncidentCsv(out)) {
            csv.accept(i);
            Incident minimal = new Incident();
            minimal.id = 8L;
            csv.accept(minimal);
        }
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("id,occurredAt,reportedAt,unit,building,room,kind,level,status,policeCalled,"
            + "criminalComplaintFiled,houseBanImposed,incapacityDays,accidentReportDue,description");
        assertThat(lines[1]).isEqualTo("7,2026-11-20T10:15:00+01:00,2026-11-20T09:30:00Z,Bürgeramt Innenstadt,"
            + "Laurenzplatz 4,E.12,THREAT,2,IN_REVIEW,true,,false,4,true,"
            + "\"'=HYPERLINK(\"\"http://evil\"\") drohte, \"\"laut\"\"\nzweite Zeile\"");
        assertThat(lines[2]).isEqualTo("8,,,,,,,,,,,,,,");
        assertThat(lines).hasSize(3);
    }

    @Test
    void aFormulaInAnyTextCellIsNeutralised() {
        Incident i = new Incident();
        i.unit = "+Amt";
        i.location = new Location("@Haus", null, "-1", null);
        Object[] row = IncidentCsv.row(i);
        assertThat(row[3]).isEqualTo("+Amt");
        StringWriter out = new StringWriter();
        try (IncidentCsv csv = new IncidentCsv(out)) {
            csv.accept(i);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(out.toString().split("\r\n")[1]).isEqualTo("\"\",,,'+Amt,'@Haus,'-1,,,,,,,,,");
    }
}
