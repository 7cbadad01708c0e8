package de.koeln.zks.incidents.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules in force, as configured: the level suggested per kind of incident and the duties each report gets.
 * Staff see them so that a form can suggest the level and say what follows.
 */
public class DutyRules {
    public Map<IncidentKind, Integer> suggestedLevels = new EnumMap<>(IncidentKind.class);
    public List<Rule> duties = new ArrayList<>();

    /** One duty rule. */
    public static class Rule {
        public String code;
        public String title;
        public String description;
        /** The condition, e.g. {@code level>=2 & kind=INSULT,PROPERTY_DAMAGE}. */
        public String when;
        public DutyOwner owner;
        /** ISO-8601 duration or period, e.g. {@code PT48H}, {@code P3M}. */
        public String due;
        /** {@code OCCURRED} or {@code REPORTED}: what {@link #due} counts from. */
        public String dueFrom;
        /** The report's yes/no field that marks the duty done, e.g. {@code criminalComplaintFiled}. */
        public String doneWhen;
        public String remindBefore;
    }
}
