package de.koeln.zks.inspections.api;

/** One check item: {@code key} (stable within a template's versions), category, question, and from which level it is required. */
public class ChecklistItem {
    public String key;
    public ItemCategory category;
    public String question;
    /** The Aachener risk level of the workplace (0-3) from which the item is required. */
    public Integer fromLevel;
    /** What to look at. */
    public String hint;
}
