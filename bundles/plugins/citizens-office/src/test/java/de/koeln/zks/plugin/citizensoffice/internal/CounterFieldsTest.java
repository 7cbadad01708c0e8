package de.koeln.zks.plugin.citizensoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.spi.ExtraField;
import de.koeln.zks.platform.spi.ExtraFieldType;

class CounterFieldsTest {
    private final List<ExtraField> fields = new CounterFields().fields();

    @Test
    void incidentReportsGetTheCounterNumberAndTheStateOfTheSecondExit() {
        assertThat(new CounterFields().module()).isEqualTo("incidents");
        assertThat(fields).extracting(f -> f.name).containsExactly("counterNumber", "secondExit");
        assertThat(fields.get(0).type).isEqualTo(ExtraFieldType.NUMBER);
        assertThat(fields.get(1).type).isEqualTo(ExtraFieldType.CHOICE);
        assertThat(fields.get(1).allowedValues).containsExactly("frei", "versperrt", "nicht vorhanden");
    }

    @Test
    void bothAreOptionalSoThatReportsFromTheWaitingAreaAndAlarmDraftsAreAccepted() {
        assertThat(fields).noneMatch(f -> f.required);
    }

    @Test
    void formsShowGermanLabels() {
        assertThat(fields).extracting(f -> f.label).allMatch(l -> l != null && !l.isBlank())
            .anyMatch(l -> l.startsWith("Schalter-Nr."))
            .anyMatch(l -> l.contains("Fluchtweg"));
    }

    @Test
    void namesAreWhatThePlatformAccepts() {
        // lower camel case letters and digits, at most 40 (ExtraField#name)
        assertThat(fields).extracting(f -> f.name).allMatch(n -> n.matches("[a-z][A-Za-z0-9]{0,39}"));
    }
}
