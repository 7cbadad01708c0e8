package de.koeln.zks.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Generates plausible incident reports and search filters from a seeded {@link Random}, so a run is
 * reproducible. Not thread-safe: every worker owns one instance (seeded with the base seed plus its index).
 */
public final class IncidentGenerator {

    public static final List<String> KINDS = List.of("INSULT", "THREAT", "COERCION", "PHYSICAL_ASSAULT",
            "SEXUAL_HARASSMENT", "PROPERTY_DAMAGE", "WEAPON", "STALKING", "OTHER");

    public static final List<String> UNITS = List.of(
            "Bürgeramt Innenstadt", "Bürgeramt Rodenkirchen", "Bürgeramt Lindenthal", "Bürgeramt Ehrenfeld",
            "Bürgeramt Nippes", "Bürgeramt Chorweiler", "Bürgeramt Porz", "Bürgeramt Kalk", "Bürgeramt Mülheim",
            "Ausländeramt", "Ausländeramt Service Center", "Standesamt Innenstadt", "Standesamt Porz",
            "Straßenverkehrsamt", "Kfz-Zulassung", "Führerscheinstelle", "Ordnungsamt Innenstadt",
            "Ordnungsdienst Außendienst", "Verkehrsüberwachung", "Sozialamt Innenstadt", "Sozialamt Kalk",
            "Sozialamt Mülheim", "Jugendamt Innenstadt", "Jugendamt Chorweiler", "Jugendamt Porz",
            "Wohnungsamt", "Amt für Wohnungswesen Beratung", "Gesundheitsamt", "Gesundheitsamt Impfstelle",
            "Kassen- und Steueramt", "Steueramt Vollstreckung", "Bauaufsicht", "Stadtbibliothek Zentrale",
            "Stadtbibliothek Kalk", "Bezirksrathaus Ehrenfeld", "Bezirksrathaus Nippes", "Feuerwehr Leitstelle",
            "Amt für Integration", "Elterngeldstelle", "Unterhaltsvorschusskasse");

    private static final List<String> BUILDINGS = List.of("Laurenzplatz 4", "Willy-Brandt-Platz 2",
            "Ottmar-Pohl-Platz 1", "Kalker Hauptstraße 247", "Wiener Platz 2a", "Aachener Straße 220",
            "Venloer Straße 419", "Friedrich-Karl-Straße 64", "Neusser Straße 450", "Pariser Platz 1");

    private static final List<String> PHRASES = List.of("Kunde drohte mit Schlägen", "Lautstarke Beleidigung am Schalter",
            "Besucher verweigerte das Verlassen des Raums", "Mitarbeiterin wurde geschubst",
            "Anzügliche Bemerkungen gegenüber Mitarbeiter", "Tür des Wartebereichs beschädigt",
            "Messer im Wartebereich gezeigt", "Mitarbeiter wurde nach Dienstende verfolgt",
            "Drohendes Schreiben hinterlassen", "Kunde warf Stuhl um");

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Duration MIN_AGE = Duration.ofHours(1);
    static final Duration MAX_AGE = Duration.ofDays(730);

    private final Random random;
    private final Clock clock;
    private long sequence;

    public IncidentGenerator(long seed) {
        this(seed, Clock.systemUTC());
    }

    public IncidentGenerator(long seed, Clock clock) {
        this.random = new Random(seed);
        this.clock = clock;
    }

    /** One generated incident report. */
    public record Incident(OffsetDateTime occurredAt, String unit, String building, String room, String kind,
                           int level, String description, boolean policeCalled) {

        /** The request body of {@code POST /api/incidents}. */
        public String toJson() {
            return "{\"occurredAt\":\"" + occurredAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\","
                    + "\"unit\":\"" + esc(unit) + "\","
                    + "\"location\":{\"building\":\"" + esc(building) + "\",\"room\":\"" + esc(room) + "\"},"
                    + "\"kind\":\"" + kind + "\","
                    + "\"level\":" + level + ","
                    + "\"description\":\"" + esc(description) + "\","
                    + "\"policeCalled\":" + policeCalled + "}";
        }
    }

    public Incident nextIncident() {
        long ageSeconds = between(MIN_AGE.toSeconds(), MAX_AGE.toSeconds());
        OffsetDateTime occurredAt = now().minusSeconds(ageSeconds);
        String kind = pick(KINDS);
        int level = random.nextInt(4);
        String room = (char) ('A' + random.nextInt(5)) + "." + (1 + random.nextInt(40));
        if (random.nextInt(3) == 0) {
            room = "E." + (1 + random.nextInt(30));
        }
        String description = pick(PHRASES) + " (Lasttest " + (++sequence) + ")";
        boolean police = level >= 2 ? random.nextInt(3) > 0 : random.nextInt(8) == 0;
        return new Incident(occurredAt, pick(UNITS), pick(BUILDINGS), room, kind, level, description, police);
    }

    /**
     * The query string of a filtered search ({@code unit, kind, level, status=REPORTED, from, to, offset=0,
     * limit=50}); the time window ends in the last year and spans 30 to 365 days. Values are URL-encoded.
     */
    public String nextFilterQuery() {
        OffsetDateTime to = now().minusSeconds(between(0, Duration.ofDays(365).toSeconds()));
        OffsetDateTime from = to.minusDays(between(30, 365));
        return "unit=" + enc(pick(UNITS))
                + "&kind=" + pick(KINDS)
                + "&level=" + random.nextInt(4)
                + "&status=REPORTED"
                + "&from=" + enc(from.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                + "&to=" + enc(to.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                + "&offset=0&limit=50";
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZONE).truncatedTo(ChronoUnit.SECONDS);
    }

    private long between(long minInclusive, long maxInclusive) {
        return minInclusive + (long) (random.nextDouble() * (maxInclusive - minInclusive + 1));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Minimal JSON string escaping; the generated text never needs more, but stay correct anyway. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                default:
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }
}
