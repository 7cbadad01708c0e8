package de.koeln.zks.plugin.citizensoffice.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import de.koeln.zks.platform.spi.ExtraField;
import de.koeln.zks.platform.spi.ExtraFieldProvider;
import de.koeln.zks.platform.spi.ExtraFieldType;

/**
 * The service counter on the incident reports of the plugin's Bürgerämter ({@code ZKS-Plugin-Units}): at which counter
 * it happened and whether the second escape route behind the counter could be used. Both are optional: incidents
 * also happen in the waiting area or at the entrance, and a draft left by a closed silent alarm has no counter yet (a
 * required field would refuse it).
 */
@Component(service = ExtraFieldProvider.class)
public class CounterFields implements ExtraFieldProvider {
    public static final String MODULE = "incidents";
    public static final String COUNTER_NUMBER = "counterNumber";
    public static final String SECOND_EXIT = "secondExit";
    public static final String EXIT_FREE = "frei";
    public static final String EXIT_BLOCKED = "versperrt";
    public static final String EXIT_NONE = "nicht vorhanden";

    @Override
    public String module() {
        return MODULE;
    }

    @Override
    public List<ExtraField> fields() {
        return List.of(
            new ExtraField(COUNTER_NUMBER, "Schalter-Nr. (leer lassen, wenn nicht an einem Schalter)", ExtraFieldType.NUMBER,
                false, null),
            new ExtraField(SECOND_EXIT, "Zweiter Fluchtweg hinter dem Schalter", ExtraFieldType.CHOICE, false,
                List.of(EXIT_FREE, EXIT_BLOCKED, EXIT_NONE)));
    }
}
