package de.koeln.zks.alarm.internal.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import de.koeln.zks.alarm.api.AlarmClass;
import de.koeln.zks.alarm.api.GroupKind;

/**
 * Who an alarm reaches, step by step. {@code DEESCALATION} and every drill reach the first group only and
 * never escalate; {@code HELP} reaches the first group and widens one group per missed acknowledgement, in the
 * point's order; {@code RAMPAGE} reaches every group of the building and every central desk at once. A
 * central desk that is reached is told to call the police.
 */
public final class Escalation {

    /** Who is alarmed after a step, and whether another step may follow. */
    public record Plan(List<String> alarmed, List<String> added, int step, boolean escalates, boolean callPolice) {
    }

    private Escalation() {
    }

    /**
     * @param pointGroups    the point's groups in escalation order
     * @param buildingGroups every group named by a point of the same building (for a rampage alarm)
     */
    public static Plan initial(AlarmClass alarmClass, boolean drill, List<String> pointGroups, Set<String> buildingGroups,
                               Groups groups) {
        if (pointGroups.isEmpty()) {
            return new Plan(List.of(), List.of(), 0, false, false);
        }
        if (alarmClass == AlarmClass.RAMPAGE && !drill) {
            Set<String> all = new LinkedHashSet<>(pointGroups);
            all.addAll(buildingGroups);
            all.addAll(groups.centralDesks());
            List<String> alarmed = new ArrayList<>(all);
            return new Plan(alarmed, alarmed, pointGroups.size() - 1, false, true);
        }
        List<String> first = List.of(pointGroups.get(0));
        boolean escalates = alarmClass == AlarmClass.HELP && !drill && pointGroups.size() > 1;
        boolean police = !drill && groups.kind(pointGroups.get(0)) == GroupKind.CENTRAL_DESK;
        return new Plan(first, first, 0, escalates, police);
    }

    /** The step after {@code step} when nobody acknowledged: the next group of the point joins the alarmed ones. */
    public static Plan next(List<String> alreadyAlarmed, int step, List<String> pointGroups, Groups groups) {
        int nextStep = step + 1;
        if (nextStep >= pointGroups.size()) {
            return new Plan(alreadyAlarmed, List.of(), step, false, false);
        }
        String added = pointGroups.get(nextStep);
        Set<String> alarmed = new LinkedHashSet<>(alreadyAlarmed);
        alarmed.add(added);
        return new Plan(new ArrayList<>(alarmed), List.of(added), nextStep, nextStep + 1 < pointGroups.size(),
            groups.kind(added) == GroupKind.CENTRAL_DESK);
    }

    /** The plan when a joining trigger raises the class (e.g. HELP to RAMPAGE): everyone already alarmed stays alarmed. */
    public static Plan upgrade(AlarmClass newClass, boolean drill, List<String> alreadyAlarmed, int step,
                               List<String> pointGroups, Set<String> buildingGroups, Groups groups) {
        Plan fresh = initial(newClass, drill, pointGroups, buildingGroups, groups);
        Set<String> alarmed = new LinkedHashSet<>(alreadyAlarmed);
        List<String> added = new ArrayList<>();
        for (String g : fresh.alarmed()) {
            if (alarmed.add(g)) {
                added.add(g);
            }
        }
        int newStep = Math.max(step, fresh.step());
        boolean escalates = newClass == AlarmClass.HELP && !drill && newStep + 1 < pointGroups.size();
        return new Plan(new ArrayList<>(alarmed), added, newStep, escalates, fresh.callPolice());
    }
}
