package de.koeln.zks.incidents.internal.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import de.koeln.zks.incidents.api.Incident;
import de.koeln.zks.incidents.api.Location;
import de.koeln.zks.platform.support.SafeCsv;

/**
 * The CSV export of incidents for spreadsheets: a header row, then one row per incident; cells that a
 * spreadsheet would run as a formula are neutralised ({@link SafeCsv}).
 */
public final class IncidentCsv implements Consumer<Incident>, AutoCloseable {
    public static final List<String> HEADER = List.of("id", "occurredAt", "reportedAt", "unit", "building", "room",
        "kind", "level", "status", "policeCalled", "criminalComplaintFiled", "houseBanImposed", "incapacityDays",
        "accidentReportDue", "description");

    private final SafeCsv csv;

    public IncidentCsv(Writer out) throws IOException {
        this.csv = new SafeCsv(out, HEADER);
    }

    @Override
    public void accept(Incident incident) {
        try {
            csv.row(row(incident));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** The cells of one incident, in the order of {@link #HEADER}. */
    public static Object[] row(Incident i) {
        Location location = i.location == null ? new Location() : i.location;
        return new Object[] {i.id, time(i.occurredAt), time(i.reportedAt), i.unit, location.building, location.room,
            i.kind, i.level, i.status, i.policeCalled, i.criminalComplaintFiled, i.houseBanImposed, i.incapacityDays,
            i.accidentReportDue, i.description};
    }

    private static String time(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
