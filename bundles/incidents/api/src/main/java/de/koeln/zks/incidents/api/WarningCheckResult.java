package de.koeln.zks.incidents.api;

/**
 * The whole answer to a pre-contact check: yes or no, and with a yes the level and how to behave; never who,
 * why or which incidents. {@code fuzzy} says that the name matched only by sound or spelling variants, so the
 * answer may concern someone else. Without a warning, the answer is {@code {"warning":false}} (null fields are
 * not written).
 */
public class WarningCheckResult {
    public boolean warning;
    public Integer level;
    public String advice;
    public Boolean fuzzy;

    public static WarningCheckResult none() {
        return new WarningCheckResult();
    }

    public static WarningCheckResult found(int level, String advice, boolean fuzzy) {
        WarningCheckResult result = new WarningCheckResult();
        result.warning = true;
        result.level = level;
        result.advice = advice;
        result.fuzzy = fuzzy;
        return result;
    }
}
