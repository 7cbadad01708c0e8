package de.koeln.zks.inspections.api;

import java.time.OffsetDateTime;

/** An item of an inspection with its answer; clients send {@code result} and {@code note}. */
public class Answer {
    public String key;
    public ItemCategory category;
    public String question;
    /** Required at the inspected workplace's risk level. */
    public boolean required;
    public AnswerResult result;
    public String note;
    public String answeredBy;
    public OffsetDateTime answeredAt;
}
