package de.koeln.zks.inspections.internal.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.koeln.zks.inspections.api.Finding;
import de.koeln.zks.inspections.api.Inspection;
import de.koeln.zks.inspections.api.Location;
import de.koeln.zks.inspections.api.RiskRating;

/**
 * The first text of a statement on an inspection: the shipped text template ({@code statement-template.txt},
 * German) with its placeholders filled from the inspection and its findings. The security manager edits it
 * afterwards as a draft.
 */
public final class StatementDrafts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);
    private static final String TEMPLATE = load();

    private StatementDrafts() {
    }

    /** The German label of a risk rating, as printed. */
    public static String riskLabel(RiskRating risk) {
        if (risk == null) {
            return "–";
        }
        return switch (risk) {
            case HIGH -> "hoch";
            case MEDIUM -> "mittel";
            case LOW -> "niedrig";
        };
    }

    /** "building, floor, room" without the parts that are missing. */
    public static String place(Location location) {
        if (location == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        append(out, location.building, "");
        append(out, location.floor, "Etage ");
        append(out, location.room, "Raum ");
        return out.toString();
    }

    /** The drafted text for a statement on the inspection. */
    public static String draft(String subject, Inspection inspection, List<Finding> findings) {
        LocalDate date = inspection.completedAt != null ? inspection.completedAt.toLocalDate() : inspection.scheduledFor;
        long high = findings.stream().filter(f -> f.risk == RiskRating.HIGH).count();
        String summary;
        if (findings.isEmpty()) {
            summary = "Bei der Begehung wurden keine Mängel festgestellt.";
        } else {
            summary = "Bei der Begehung wurden " + count(findings.size(), "Mangel", "Mängel") + " festgestellt"
                + (high == 0 ? "." : ", davon " + count(high, "mit hohem Risiko", "mit hohem Risiko") + ".")
                + " Sie sind in der Tabelle „Feststellungen“ aufgeführt:";
        }
        StringBuilder list = new StringBuilder();
        for (Finding f : findings) {
            list.append("- ").append(f.question).append(" (Risiko ").append(riskLabel(f.risk)).append(')');
            if (f.note != null && !f.note.isBlank()) {
                list.append(": ").append(f.note.strip());
            }
            list.append('\n');
        }
        Map<String, String> values = Map.of(
            "subject", subject,
            "unit", nonNull(inspection.unit),
            "date", date == null ? "" : DATE.format(date),
            "location", place(inspection.location),
            "checklist", nonNull(inspection.templateName),
            "checklistVersion", inspection.templateVersion == null ? "" : inspection.templateVersion.toString(),
            "findingsSummary", summary,
            "findingsList", list.toString().stripTrailing());
        Matcher m = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static void append(StringBuilder out, String part, String prefix) {
        if (part != null && !part.isBlank()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(prefix).append(part.strip());
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String load() {
        try (InputStream in = StatementDrafts.class.getResourceAsStream("statement-template.txt")) {
            if (in == null) {
                throw new IllegalStateException("statement-template.txt is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
