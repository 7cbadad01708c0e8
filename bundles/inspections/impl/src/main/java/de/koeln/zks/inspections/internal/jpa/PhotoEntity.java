package de.koeln.zks.inspections.internal.jpa;

import java.time.LocalDateTime;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;

import de.koeln.zks.inspections.api.Photo;
import de.koeln.zks.platform.support.UtcTimes;

/** A photo or PDF of an inspection item, kept in the database with the inspection (one backup for all). */
@Entity
@Table(name = "INSPECTIONS_PHOTO", indexes = @Index(name = "INSPECTIONS_PHOTO_INSPECTION", columnList = "INSPECTION_ID"))
public class PhotoEntity {
    /** The largest photo the column holds; the service's limit is below it. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "INSPECTION_ID", nullable = false)
    private long inspectionId;

    @Column(name = "ITEM_KEY", length = 60, nullable = false)
    private String itemKey;

    @Column(name = "FILE_NAME", length = 200, nullable = false)
    private String fileName;

    @Column(name = "CONTENT_TYPE", length = 40, nullable = false)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", length = MAX_BYTES, nullable = false)
    private byte[] content;

    @Column(name = "UPLOADED_BY", length = 128, nullable = false)
    private String uploadedBy;

    @Column(name = "UPLOADED_UTC", nullable = false)
    private LocalDateTime uploadedUtc;

    protected PhotoEntity() {
    }

    public PhotoEntity(long inspectionId, String itemKey, String fileName, String contentType, byte[] content, String by,
            LocalDateTime now) {
        this.inspectionId = inspectionId;
        this.itemKey = itemKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedBy = by;
        this.uploadedUtc = now;
    }

    public Long id() {
        return id;
    }

    public long inspectionId() {
        return inspectionId;
    }

    public byte[] content() {
        return content;
    }

    public Photo toDto() {
        Photo p = new Photo();
        p.id = id;
        p.inspection = inspectionId;
        p.item = itemKey;
        p.fileName = fileName;
        p.contentType = contentType;
        p.size = size;
        p.uploadedBy = uploadedBy;
        p.uploadedAt = UtcTimes.offset(uploadedUtc);
        return p;
    }
}
