package de.koeln.zks.alarm.api;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to reach responders, registered as an OSGi service (whiteboard): the module calls every channel
 * for every alarm event. The built-in channel is the Server-Sent Events stream; a plugin adds e-mail, SMS
 * or a phone gateway by registering another. The service property {@link #NAME} names it for operators.
 * <p>
 * {@link #deliver} is called on the module's delivery thread and must return at once (queue the work);
 * an exception or a slow channel is logged and never delays or breaks the alarm or other channels.
 */
@ConsumerType
public interface AlarmChannel {
    /** Service property: the channel's name, e.g. {@code sms}. */
    String NAME = "zks.alarm.channel";

    /**
     * @param event      what happened, with where to go
     * @param recipients the user names the event is for: the members of {@link AlarmEvent#groups} and the
     *                   person who raised the alarm
     */
    void deliver(AlarmEvent event, Set<String> recipients);
}
