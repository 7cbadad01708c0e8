package de.koeln.zks.platform.support;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheet users: RFC 4180 quoting by Commons CSV, and every cell that a spreadsheet would
 * run as a formula ({@code = + - @}, tab, carriage return) neutralised with a leading apostrophe
 * (OWASP "CSV injection").
 */
public final class SafeCsv implements AutoCloseable {
    private final CSVPrinter printer;

    public SafeCsv(Writer out, List<String> header) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    public void row(Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            safe[i] = cell == null ? "" : cell instanceof Number ? cell : neutralise(String.valueOf(cell));
        }
        printer.printRecord(safe);
    }

    public static String neutralise(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
