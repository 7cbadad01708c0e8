package de.koeln.zks.inspections.internal.pdf;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Test data: a long German statement. */
final class Statements {

    static final String LONG_WORD = "Grundstücksentwässerungsanlagenüberprüfungsverordnungsdurchführungsbestimmungen"
            + "sicherheitsbeauftragtenstellungnahmeneinholungsverfahrensbeschleunigungsgesetzentwurfsbegründung";

    static final List<String> PARAGRAPHS = paragraphs();

    private Statements() {
    }

    private static List<String> paragraphs() {
        String[] base = {
            "Die geplante Dienststelle im Erdgeschoss des Neubaus an der Kalker Hauptstraße soll ab dem Frühjahr "
                + "täglich bis zu 400 Bürgerinnen und Bürger empfangen. Aus Sicht der Kriminalprävention ist "
                + "entscheidend, dass die Beschäftigten jederzeit einen zweiten Fluchtweg erreichen, ohne den "
                + "Wartebereich durchqueren zu müssen.",
            "Der Eingangsbereich ist großzügig verglast; das begrüßen wir ausdrücklich, weil er von außen "
                + "einsehbar bleibt. Die vorgesehene Drehtür („Karusselltür“) verlangsamt jedoch im Ernstfall "
                + "das Verlassen des Gebäudes; wir empfehlen zusätzlich eine automatische Schiebetür.",
            "Für die Beratungsräume 0.14 bis 0.19 sind Möbel vorgesehen, die den Weg zur Tür versperren können. "
                + "Der Schreibtisch sollte so stehen, dass die Beschäftigten näher an der Tür sitzen als ihr "
                + "Gegenüber. Schwere Gegenstände (z. B. Locher, Scheren, Glasaschenbecher) gehören nicht auf den "
                + "Tisch.",
            "Die Kosten für den stillen Alarm schätzt die Gebäudewirtschaft auf rund 18.500 € netto; hinzu "
                + "kommen jährlich etwa 1.200 € für Wartung. Gemessen am Schutzziel halten wir diesen Betrag für "
                + "angemessen und verweisen auf die „Richtlinie zum Schutz der Beschäftigten“ vom 01.07.2025.",
            "Bitte beachten Sie: Die Bezeichnung \"Sicherheitsschleuse\" im Raumbuch ist missverständlich; "
                + "gemeint ist ein zweiter, nur für Beschäftigte zugänglicher Flur mit Zutrittskontrolle. "
                + "Der Begriff ‚Schleuse‘ sollte im weiteren Verfahren nicht mehr verwendet werden.",
            "Die Außenbeleuchtung des Parkplatzes reicht nach den vorgelegten Plänen nicht aus. Dunkle Ecken "
                + "an der Fahrradabstellanlage und hinter dem Müllplatz begünstigen Übergriffe auf Beschäftigte, "
                + "die nach Dienstschluss das Gebäude verlassen. Bewegungsmelder allein genügen nicht; eine "
                + "gleichmäßige Grundbeleuchtung ist vorzuziehen.",
            "Im Wartebereich sollten die Sitzplätze so angeordnet werden, dass die Beschäftigten am Empfang "
                + "freie Sicht auf alle Wartenden haben. Eine Anzeigetafel für Wartenummern verringert erfahrungs"
                + "gemäß Spannungen; das Aufrufsystem ist mit der Fachanwendung zu verbinden.",
            "Ärger am Empfang entsteht oft durch unklare Öffnungszeiten. Wir bitten, uns die überarbeiteten Pläne vor der Ausschreibung erneut vorzulegen. Für Rückfragen "
                + "stehen wir gern zur Verfügung; eine gemeinsame Begehung nach Fertigstellung des Rohbaus halten "
                + "wir für sinnvoll.",
        };
        List<String> result = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < base.length; i++) {
                result.add("(" + (round * base.length + i + 1) + ") " + base[i]);
            }
        }
        result.add(4, "Dazu ein Beispiel für ein sehr langes Wort aus dem Verwaltungsalltag: " + LONG_WORD
                + " – es passt in keine Zeile und wird deshalb zwischen Buchstaben umbrochen.");
        return List.copyOf(result);
    }

    static String text() {
        return String.join("\n\n", PARAGRAPHS);
    }

    static List<FindingLine> findings() {
        return List.of(
                new FindingLine("1.1 Eingang", "Ist der Eingang von außen einsehbar?", "gering",
                        "Verglasung vorhanden"),
                new FindingLine("2.3 Beratungsräume", "Können Beschäftigte den Raum ungehindert verlassen?", "hoch",
                        "Möblierung umstellen; zweite Tür zum Nachbarraum prüfen"),
                new FindingLine("3.1 Alarm", "Gibt es einen stillen Alarm mit Aufschaltung?", "mittel",
                        "Kosten ca. 18.500 €"),
                new FindingLine("4.2 Parkplatz", "Ist der Weg zum Parkplatz ausreichend beleuchtet?", "hoch", null));
    }

    static StatementDocument statement(String text, List<FindingLine> findings) {
        return new StatementDocument("Stellungnahme", "Neubau Bürgerbüro Kalk – Bauantrag vom 12.01.2027",
                "ST-2027-014", "Amt für Gebäudewirtschaft, Abteilung Planung", "Kalker Hauptstraße 247–273, 51103 Köln",
                text, findings, "Sabine Müller-Lüdenscheidt", "Dr. Jürgen Weiß",
                OffsetDateTime.parse("2027-03-31T23:30:00Z"), 3);
    }

    static StatementDocument longStatement() {
        return statement(text(), findings());
    }
}
