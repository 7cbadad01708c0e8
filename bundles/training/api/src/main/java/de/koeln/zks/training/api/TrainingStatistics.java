package de.koeln.zks.training.api;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Participation in a period: per course and per unit, and the coverage of staff at risk workplaces. */
public class TrainingStatistics {
    public OffsetDateTime from;
    public OffsetDateTime to;
    public List<Row> byCourse = new ArrayList<>();
    public List<Row> byUnit = new ArrayList<>();
    public List<Coverage> coverage = new ArrayList<>();

    /** Registrations of held sessions and what became of them; rates are 0-1, null without records. */
    public static class Row {
        public String key;
        public long registered;
        public long attended;
        public long noShow;
        public long cancelled;
        public Double participationRate;
        public Double noShowRate;
    }

    /** Staff of a unit at risk level ≥ 1 and how many of them hold a valid (not overdue) training record. */
    public static class Coverage {
        public String unit;
        public int riskLevel;
        public long staff;
        public long trained;
        public Double rate;
    }
}
