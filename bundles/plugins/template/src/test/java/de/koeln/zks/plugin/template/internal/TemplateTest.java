package de.koeln.zks.plugin.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.koeln.zks.incidents.api.IncidentEvents;

class TemplateTest {

    @Test
    void theListenerCountsReportsOfThePluginsUnitsOnly() {
        TemplateListener listener = new TemplateListener(TemplateListener.unitsOf("Beispielamt, Zweites Amt"));
        listener.onEvent(IncidentEvents.REPORTED, Map.of(IncidentEvents.ID, 1L, IncidentEvents.UNIT, "Beispielamt"));
        listener.onEvent(IncidentEvents.REPORTED, Map.of(IncidentEvents.ID, 2L, IncidentEvents.UNIT, "Jobcenter"));
        assertThat(listener.reports()).isEqualTo(1);
        assertThat(listener.units()).containsExactly("Beispielamt", "Zweites Amt");
    }

    @Test
    void theFieldIsOptionalText() {
        var fields = new TemplateFields().fields();
        assertThat(fields).extracting(f -> f.name).containsExactly(TemplateFields.NOTE);
        assertThat(fields.get(0).required).isFalse();
        assertThat(List.of(new TemplateFields().module())).containsExactly("incidents");
    }
}
