package de.koeln.zks.alarm.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import de.koeln.zks.alarm.api.Alarm;
import de.koeln.zks.alarm.api.AlarmService;
import de.koeln.zks.alarm.api.AlarmStep;
import de.koeln.zks.platform.support.console.ConsoleCaller;

/** {@code alarm:show <id>}: one alarm with its place and timeline. */
@Service
@Command(scope = "alarm", name = "show", description = "Shows an alarm with its place and timeline")
public class ShowCommand implements Action {

    @Reference
    AlarmService alarms;

    @Argument(index = 0, name = "id", description = "The alarm id", required = true)
    @Completion(AlarmIdCompleter.class)
    long id;

    @Override
    public Object execute() {
        Alarm a = alarms.get(ConsoleCaller.current(), id);
        System.out.println("Alarm " + a.id + (a.drill ? " (DRILL)" : "") + ": " + a.state + ", class " + a.alarmClass
            + (a.callPolice ? ", central desk calls the police" : ""));
        System.out.println("  Point      " + a.point.id + ", " + a.point.building + ", floor " + Format.text(a.point.floor)
            + ", room " + Format.text(a.point.room) + " (" + Format.text(a.point.unit) + ")");
        if (a.point.directions != null) {
            System.out.println("  Directions " + a.point.directions);
        }
        if (a.note != null) {
            System.out.println("  Note       " + a.note);
        }
        System.out.println("  Raised     " + Format.time(a.raisedAt) + " by " + a.raisedBy + " (" + a.triggers + " trigger(s))");
        System.out.println("  Alarmed    " + String.join(", ", a.alarmedGroups) + " (step " + a.escalationStep + ")"
            + (a.nextEscalationAt == null ? "" : ", next group at " + Format.time(a.nextEscalationAt)));
        if (a.acknowledgedBy != null) {
            System.out.println("  On the way " + a.acknowledgedBy + " at " + Format.time(a.acknowledgedAt)
                + " (" + a.secondsToAcknowledge + " s)");
        }
        if (a.closedAt != null) {
            System.out.println("  Ended      " + Format.time(a.closedAt) + " by " + a.closedBy + " (" + a.secondsToClose + " s)"
                + (a.outcome == null ? "" : ": " + a.outcome + ", level " + a.level)
                + (a.cancelReason == null ? "" : ": cancelled, " + a.cancelReason));
        }
        if (a.incidentId != null) {
            System.out.println("  Incident   " + a.incidentId);
        }
        System.out.println("  Timeline");
        for (AlarmStep s : a.timeline) {
            System.out.println("    " + Format.time(s.at) + "  " + s.type + "  " + s.actor
                + (s.groups.isEmpty() ? "" : "  -> " + String.join(", ", s.groups))
                + (s.detail == null ? "" : "  " + s.detail));
        }
        return null;
    }
}
