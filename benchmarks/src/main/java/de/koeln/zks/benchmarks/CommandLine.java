package de.koeln.zks.benchmarks;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the drivers' command lines share: {@code --key=value} arguments and the server URL. */
public final class CommandLine {

    private CommandLine() {
    }

    /**
     * The arguments as a map of key to value; {@code --help} may stand alone.
     *
     * @throws IllegalArgumentException for an argument that is no {@code --key=value}, an unknown key, a key
     *                                  without value or a key given twice
     */
    public static Map<String, String> parse(String[] args, Set<String> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "' (expected --key=value)");
            }
            int eq = arg.indexOf('=');
            String key = (eq < 0 ? arg.substring(2) : arg.substring(2, eq)).toLowerCase(Locale.ROOT);
            if (!keys.contains(key)) {
                throw new IllegalArgumentException("unknown option --" + key);
            }
            if (eq < 0 && !key.equals("help")) {
                throw new IllegalArgumentException("option --" + key + " needs a value: --" + key + "=...");
            }
            if (values.put(key, eq < 0 ? "" : arg.substring(eq + 1)) != null) {
                throw new IllegalArgumentException("option --" + key + " given twice");
            }
        }
        return values;
    }

    /** The value of {@code --url}: an http(s) URL with a host, without a trailing slash. */
    /** The whole number given as {@code --key}, or the fallback; outside [min, max] or not a number: refused. */
    public static long number(Map<String, String> values, String key, long fallback, long min, long max) {
        String raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(raw.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a whole number: " + raw);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("--" + key + " must be between " + min + " and " + max + ": " + raw);
        }
        return n;
    }

    public static URI url(String raw) {
        String s = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        URI uri;
        try {
            uri = URI.create(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url is not a URL: " + raw);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("--url must be an http(s) URL with a host: " + raw);
        }
        return uri;
    }
}
