package de.koeln.zks.platform.security.internal;

/** Makes client-supplied text safe for one log line: no line breaks or control characters, bounded length. */
final class LogSafe {
    private static final int MAX = 128;

    private LogSafe() {
    }

    static String text(String value) {
        if (value == null) {
            return "<none>";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX));
        for (int i = 0; i < value.length() && out.length() < MAX; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return value.length() > MAX ? out + "…" : out.toString();
    }
}
