package de.koeln.zks.alarm.internal.domain;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The module's configuration, checked: unreadable unit entries are logged and skipped, times at least 1 s. */
public record AlarmSettings(Duration escalation, Map<String, Duration> unitEscalation, Duration cancelGrace,
                            Duration streamHeartbeat, Duration streamStall, int streamMaxPending,
                            Duration silentPoint) {
    private static final Logger LOG = LoggerFactory.getLogger(AlarmSettings.class);

    public static final AlarmSettings DEFAULTS = new AlarmSettings(Duration.ofSeconds(30), Map.of(),
        Duration.ofSeconds(20), Duration.ofSeconds(15), Duration.ofSeconds(10), 1000, Duration.ofMinutes(5));

    public static AlarmSettings of(AlarmConfig c) {
        Map<String, Duration> units = new HashMap<>();
        for (String entry : c.unitEscalationSeconds()) {
            int eq = entry.lastIndexOf('=');
            try {
                if (eq <= 0) {
                    throw new NumberFormatException("no '='");
                }
                units.put(entry.substring(0, eq).trim(), seconds(Integer.parseInt(entry.substring(eq + 1).trim())));
            } catch (NumberFormatException e) {
                LOG.warn("unitEscalationSeconds: ignored '{}' (expected unit=seconds)", entry);
            }
        }
        return new AlarmSettings(seconds(c.escalationSeconds()), Map.copyOf(units), Duration.ofSeconds(Math.max(0, c.cancelGraceSeconds())),
            seconds(c.streamHeartbeatSeconds()), seconds(c.streamStallSeconds()), Math.max(10, c.streamMaxPending()),
            Duration.ofMinutes(Math.max(1, c.silentPointMinutes())));
    }

    /** The escalation time of a point: its own, else its unit's, else the default. */
    public Duration escalationFor(Integer pointSeconds, String unit) {
        if (pointSeconds != null) {
            return seconds(pointSeconds);
        }
        return unit == null ? escalation : unitEscalation.getOrDefault(unit, escalation);
    }

    private static Duration seconds(int s) {
        return Duration.ofSeconds(Math.max(1, s));
    }
}
