package de.koeln.zks.platform.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Writes the page's files: content type, validation by ETag, the security headers of every page. */
final class StaticFiles {
    /** Scripts, styles, fetches and pictures only from this origin; no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
        + "form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("html", "text/html; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"),
        Map.entry("mjs", "text/javascript; charset=utf-8"),
        Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("json", "application/json; charset=utf-8"),
        Map.entry("svg", "image/svg+xml"),
        Map.entry("png", "image/png"),
        Map.entry("ico", "image/x-icon"),
        Map.entry("woff2", "font/woff2"),
        Map.entry("txt", "text/plain; charset=utf-8"),
        Map.entry("webmanifest", "application/manifest+json"));

    private StaticFiles() {
    }

    /** The content type of a file by its ending; empty for endings the page does not serve. */
    static Optional<String> type(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        if (dot < 0 || dot < slash) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * A path below a prefix that may be looked up in a bundle: no empty, dot or dot-dot segment, no backslash, no
     * control character; null otherwise.
     */
    static String safe(String path) {
        if (path == null || path.isEmpty() || path.length() > 300 || path.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
                return null;
            }
        }
        return path;
    }

    static void headers(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    /**
     * Sends a file. {@code immutable}: the path names a version (a WebJar's), so the browser keeps it; otherwise it
     * asks again each time and gets 304 while the bundle has not changed.
     */
    static void send(HttpServletRequest request, HttpServletResponse response, URL file, String path, long lastModified,
            boolean immutable) throws IOException {
        Optional<String> type = type(path);
        if (file == null || type.isEmpty()) {
            notFound(response);
            return;
        }
        String etag = "\"" + Long.toHexString(lastModified) + "-" + Integer.toHexString(path.hashCode()) + "\"";
        headers(response);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(type.get());
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = file.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    static void json(HttpServletResponse response, String json) throws IOException {
        headers(response);
        response.setHeader("Cache-Control", "no-cache");
        response.setContentType("application/json; charset=utf-8");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    static void notFound(HttpServletResponse response) throws IOException {
        headers(response);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write("Nicht gefunden / Not found".getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
