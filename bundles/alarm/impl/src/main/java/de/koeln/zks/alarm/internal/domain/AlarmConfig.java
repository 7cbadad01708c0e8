package de.koeln.zks.alarm.internal.domain;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "ZKS silent alarm", description = "Escalation, grace period and delivery of the silent alarm")
public @interface AlarmConfig {

    @AttributeDefinition(description = "Seconds without acknowledgement before the next responder group is alarmed "
        + "(a point's own escalationSeconds and the unit's setting take precedence)")
    int escalationSeconds() default 30;

    @AttributeDefinition(description = "Escalation seconds per organisational unit, as unit=seconds")
    String[] unitEscalationSeconds() default {};

    @AttributeDefinition(description = "Seconds in which the person who raised an alarm may cancel it as a false alarm "
        + "(never for a rampage alarm)")
    int cancelGraceSeconds() default 20;

    @AttributeDefinition(description = "Seconds between heartbeats on an idle responder stream (keeps proxies from "
        + "cutting it and reveals clients that vanished)")
    int streamHeartbeatSeconds() default 15;

    @AttributeDefinition(description = "A stream whose client has not taken an event for this many seconds is cut "
        + "off (it reconnects and gets what it missed)")
    int streamStallSeconds() default 10;

    @AttributeDefinition(description = "Most events waiting for one stream before it is cut off")
    int streamMaxPending() default 1000;

    @AttributeDefinition(description = "Minutes after an alarm point's last heartbeat from which it counts as silent")
    int silentPointMinutes() default 5;
}
