package de.koeln.zks.inspections.api;

import java.time.OffsetDateTime;

/** A photo (or PDF) taken for an item of an inspection; its content is fetched on its own. */
public class Photo {
    public Long id;
    public Long inspection;
    /** The item it shows. */
    public String item;
    /** The checked, cleaned file name (for display and download only). */
    public String fileName;
    /** As detected from the content: image/jpeg, image/png, image/heic or application/pdf. */
    public String contentType;
    public long size;
    public String uploadedBy;
    public OffsetDateTime uploadedAt;
}
