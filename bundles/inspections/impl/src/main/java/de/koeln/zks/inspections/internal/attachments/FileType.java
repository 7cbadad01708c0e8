package de.koeln.zks.inspections.internal.attachments;

import java.util.Set;

/** The file types an inspection attachment may have, recognised by their magic bytes only. */
enum FileType {

    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif"), Set.of("image/jpeg", "image/jpg", "image/pjpeg")),
    PNG("image/png", "png", Set.of("png"), Set.of("image/png")),
    PDF("application/pdf", "pdf", Set.of("pdf"), Set.of("application/pdf", "application/x-pdf")),
    HEIC("image/heic", "heic", Set.of("heic", "heif"), Set.of("image/heic", "image/heif"));

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final String mediaType;
    private final String canonicalExtension;
    private final Set<String> extensions;
    private final Set<String> claimableMediaTypes;

    FileType(String mediaType, String canonicalExtension, Set<String> extensions, Set<String> claimableMediaTypes) {
        this.mediaType = mediaType;
        this.canonicalExtension = canonicalExtension;
        this.extensions = extensions;
        this.claimableMediaTypes = claimableMediaTypes;
    }

    /** The canonical media type reported for this type. */
    String mediaType() {
        return mediaType;
    }

    /** The extension appended to names without one, without the dot. */
    String canonicalExtension() {
        return canonicalExtension;
    }

    /** @param lowerCaseExtension an extension without the dot, lower case */
    boolean allowsExtension(String lowerCaseExtension) {
        return extensions.contains(lowerCaseExtension);
    }

    /** @param mediaType essence of a claimed media type (no parameters), lower case */
    boolean allowsClaimedMediaType(String mediaType) {
        return claimableMediaTypes.contains(mediaType);
    }

    /** @return the type the content's magic bytes show, or {@code null} when it is none of the allowed types */
    static FileType detect(byte[] content) {
        if (startsWith(content, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (isHeic(content)) {
            return HEIC;
        }
        return null;
    }

    /**
     * HEIC as written by phones: an ISO-BMFF {@code ftyp} box at offset 0 whose major brand is {@code heic} or
     * {@code heix}, or whose major brand is the generic HEIF brand {@code mif1} and whose compatible brands name
     * {@code heic} or {@code heix}. Other HEIF flavours (AVIF, HEIF sequences, plain MP4/MOV video) are not accepted.
     */
    private static boolean isHeic(byte[] content) {
        if (content.length < 16 || !brandAt(content, 4, "ftyp")) {
            return false;
        }
        long boxSize = ((content[0] & 0xFFL) << 24) | ((content[1] & 0xFFL) << 16)
                | ((content[2] & 0xFFL) << 8) | (content[3] & 0xFFL);
        if (boxSize < 16 || boxSize % 4 != 0 || boxSize > content.length) {
            return false;
        }
        if (brandAt(content, 8, "heic") || brandAt(content, 8, "heix")) {
            return true;
        }
        if (!brandAt(content, 8, "mif1")) {
            return false;
        }
        // offset 12 holds the minor version; compatible brands follow up to the end of the box
        for (int offset = 16; offset + 4 <= boxSize; offset += 4) {
            if (brandAt(content, offset, "heic") || brandAt(content, offset, "heix")) {
                return true;
            }
        }
        return false;
    }

    private static boolean brandAt(byte[] content, int offset, String brand) {
        for (int i = 0; i < 4; i++) {
            if (content[offset + i] != (byte) brand.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
