package de.koeln.zks.incidents.internal.duties;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The duty rules in force, from the configuration {@value #PID} ({@code etc/de.koeln.zks.incidents.duties.cfg}),
 * applied without a restart. Without that configuration the shipped defaults apply. A configuration with errors
 * is refused as a whole: every problem is logged and the rules in force stay, so a typo never silently drops a
 * legal duty.
 */
@Component(service = DutyRulesSource.class, configurationPid = DutyRulesSource.PID)
public class DutyRulesSource {
    public static final String PID = DutyRulebook.PID;
    private static final Logger LOG = LoggerFactory.getLogger(DutyRulesSource.class);

    private volatile DutyRulebook current = DutyRulebook.defaults();

    public DutyRulesSource() {
    }

    /** For tests: fixed rules. */
    public DutyRulesSource(DutyRulebook rules) {
        this.current = rules;
    }

    @Activate
    @Modified
    public void configure(Map<String, Object> properties) {
        boolean configured = properties.keySet().stream().anyMatch(k -> k.startsWith("duty.") || k.startsWith("level."));
        if (!configured) {
            current = DutyRulebook.defaults();
            return;
        }
        try {
            current = DutyRulebook.parse(properties);
            LOG.info("Duty rules of {} in force: {} duties", PID, current.rules().size());
        } catch (InvalidRulesException e) {
            LOG.error("The duty rules of {} are not valid and were not applied; the rules in force stay ({} duties). "
                + "Problems: {}", PID, current.rules().size(), String.join("; ", e.problems()));
        }
    }

    public DutyRulebook current() {
        return current;
    }
}
