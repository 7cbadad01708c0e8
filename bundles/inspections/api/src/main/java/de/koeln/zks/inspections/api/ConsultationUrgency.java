package de.koeln.zks.inspections.api;

/**
 * How soon a unit needs advice, with the response target of the security management: the number of working days
 * (Monday to Friday) after the request by which someone takes it. Ordered from the least to the most urgent.
 */
public enum ConsultationUrgency {
    /** Within 10 working days. */
    ROUTINE(10),
    /** Within 5 working days. */
    SOON(5),
    /** Within 2 working days. */
    URGENT(2);

    private final int responseWorkingDays;

    ConsultationUrgency(int responseWorkingDays) {
        this.responseWorkingDays = responseWorkingDays;
    }

    /** The working days after the request by which the security management takes the consultation. */
    public int responseWorkingDays() {
        return responseWorkingDays;
    }
}
