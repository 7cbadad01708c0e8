package de.koeln.zks.inspections.api;

/** A photo with its bytes. */
public record PhotoContent(Photo photo, byte[] content) {
}
