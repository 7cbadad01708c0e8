package de.koeln.zks.inspections.internal.jpa;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import de.koeln.zks.inspections.api.ChecklistItem;
import de.koeln.zks.inspections.api.ItemCategory;

/** A check item as a row of its template's item table. */
@Embeddable
public class ItemColumns {
    @Column(name = "ITEM_KEY", length = 60, nullable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 20, nullable = false)
    private ItemCategory category;

    @Column(name = "QUESTION", length = 500, nullable = false)
    private String question;

    @Column(name = "FROM_LEVEL", nullable = false)
    private int fromLevel;

    @Column(name = "HINT", length = 1000)
    private String hint;

    protected ItemColumns() {
    }

    public ItemColumns(ChecklistItem clean) {
        this.key = clean.key;
        this.category = clean.category;
        this.question = clean.question;
        this.fromLevel = clean.fromLevel;
        this.hint = clean.hint;
    }

    public String key() {
        return key;
    }

    public ItemCategory category() {
        return category;
    }

    public String question() {
        return question;
    }

    public int fromLevel() {
        return fromLevel;
    }

    public ChecklistItem toDto() {
        ChecklistItem i = new ChecklistItem();
        i.key = key;
        i.category = category;
        i.question = question;
        i.fromLevel = fromLevel;
        i.hint = hint;
        return i;
    }
}
