/**
 * The silent alarm: alarm points (workstations and rooms) and responder groups, alarms raised at a point
 * with their state, escalation and timeline, the events responders receive, the {@link AlarmChannel}
 * delivery SPI through which plugins add further channels (e-mail, SMS, phone gateways), and the EventAdmin
 * topics the module posts.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package de.koeln.zks.alarm.api;
