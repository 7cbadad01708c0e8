package de.koeln.zks.incidents.internal.duties;

import de.koeln.zks.incidents.api.DutyOwner;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;

/**
 * The rules in force: the level suggested per kind of incident and the duties that follow a report. They are
 * configuration (PID {@value #PID}, a Karaf {@code etc/*.cfg} file) so that the city can adapt them to its
 * service agreements without a new release.
 *
 * <p>The built-in defaults are the very file shipped to operators, packaged at the root of the jar: there is
 * one source of truth, and the documentation in that file is the documentation of the keys. A configuration
 * replaces the default duties as a whole (a duty missing from it does not exist), but a kind without a
 * {@code level.<KIND>} entry keeps its shipped level; a kind named nowhere (added to the API later) is treated
 * like {@code OTHER}.
 *
 * <p>Instances are immutable.
 */
public final class DutyRulebook {

    /** The configuration PID, also the name of the shipped file without {@code .cfg}. */
    public static final String PID = "de.koeln.zks.incidents.duties";

    static final String DEFAULTS_RESOURCE = "/" + PID + ".cfg";

    private static final String LEVEL = "level.";
    private static final String DUTY = "duty.";
    private static final int MAX_LEVEL = 3;
    private static final int DEFAULT_ORDER = 100;
    private static final List<String> ATTRIBUTES = List.of("title", "description", "when", "owner", "due",
            "dueFrom", "doneWhen", "remindBefore", "order");
    private static final Comparator<DutyRule> BY_ORDER = Comparator.comparingInt(DutyRule::order)
            .thenComparing(DutyRule::code);

    private static volatile DutyRulebook defaults;

    private final Map<IncidentKind, Integer> levels;
    private final List<DutyRule> rules;

    private DutyRulebook(Map<IncidentKind, Integer> levels, List<DutyRule> rules) {
        this.levels = levels;
        this.rules = rules;
    }

    /**
     * Reads rules from configuration properties. Keys outside {@code level.*} and {@code duty.*} (such as
     * {@code service.pid} or {@code felix.fileinstall.filename}) are ignored; values are trimmed, and a blank
     * value counts as absent.
     *
     * @throws InvalidRulesException listing every problem found, not just the first
     */
    public static DutyRulebook parse(Map<String, ?> properties) {
        return parse(properties, defaults().levels);
    }

    /**
     * The shipped rules, read from {@code de.koeln.zks.incidents.duties.cfg} at the root of the jar.
     *
     * @throws IllegalStateException if that file is missing or invalid (a broken build)
     */
    public static DutyRulebook defaults() {
        DutyRulebook d = defaults;
        if (d == null) {
            d = loadDefaults();
            defaults = d;
        }
        return d;
    }

    /** The level suggested for a kind of incident (0 to 3). */
    public int suggestedLevel(IncidentKind kind) {
        return levels.get(Objects.requireNonNull(kind, "kind"));
    }

    /** The suggested level of every kind, as a fresh map. */
    public Map<IncidentKind, Integer> suggestedLevels() {
        return new EnumMap<>(levels);
    }

    /** All duty rules, sorted by order, then code. */
    public List<DutyRule> rules() {
        return rules;
    }

    /**
     * The rules whose condition the incident meets, in rule order, including those the report already shows
     * done (see {@link DutyRule#doneBy}).
     */
    public List<DutyRule> applicable(IncidentInput incident) {
        Objects.requireNonNull(incident, "incident");
        return rules.stream().filter(r -> r.appliesTo(incident)).toList();
    }

    // ------------------------------------------------------------------------------------------- parsing

    private static DutyRulebook loadDefaults() {
        Properties properties = new Properties();
        try (InputStream in = DutyRulebook.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default duty rules " + DEFAULTS_RESOURCE + " not on the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        properties.forEach((k, v) -> map.put((String) k, v));
        try {
            return parse(map, null);
        } catch (InvalidRulesException e) {
            throw new IllegalStateException("the shipped " + DEFAULTS_RESOURCE + " is invalid: " + e.getMessage(), e);
        }
    }

    /** @param base levels for kinds the properties do not name; null when reading the shipped file itself */
    private static DutyRulebook parse(Map<String, ?> properties, Map<IncidentKind, Integer> base) {
        Objects.requireNonNull(properties, "properties");
        List<String> problems = new ArrayList<>();
        Map<IncidentKind, Integer> levels = new EnumMap<>(IncidentKind.class);
        Map<String, Map<String, String>> duties = new TreeMap<>();

        for (Map.Entry<String, String> e : sorted(properties).entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            if (key.startsWith(LEVEL)) {
                level(key, value, levels, problems);
            } else if (key.startsWith(DUTY)) {
                String rest = key.substring(DUTY.length());
                int dot = rest.indexOf('.');
                String code = dot < 0 ? rest : rest.substring(0, dot);
                String attribute = dot < 0 ? null : rest.substring(dot + 1);
                if (!DutyRule.CODE.matcher(code).matches()) {
                    problems.add(key + ": invalid code '" + code + "' (must match " + DutyRule.CODE + ")");
                } else if (attribute == null || !ATTRIBUTES.contains(attribute)) {
                    problems.add(key + ": unknown key (expected duty." + code + ".<one of "
                            + String.join(", ", ATTRIBUTES) + ">)");
                } else if (value != null) {
                    duties.computeIfAbsent(code, c -> new TreeMap<>()).put(attribute, value);
                }
            }
        }

        if (base != null) {
            base.forEach(levels::putIfAbsent);
        } else if (!levels.containsKey(IncidentKind.OTHER)) {
            problems.add(LEVEL + IncidentKind.OTHER + ": missing (the shipped defaults must name it)");
        }

        List<DutyRule> rules = new ArrayList<>();
        duties.forEach((code, attributes) -> {
            DutyRule rule = rule(code, attributes, problems);
            if (rule != null) {
                rules.add(rule);
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(null); // each starts with its key
            throw new InvalidRulesException(problems);
        }
        for (IncidentKind kind : IncidentKind.values()) { // a kind newer than the shipped file
            levels.putIfAbsent(kind, levels.get(IncidentKind.OTHER));
        }
        rules.sort(BY_ORDER);
        return new DutyRulebook(new EnumMap<>(levels), List.copyOf(rules));
    }

    /** The relevant entries as trimmed strings, blank values as null, sorted by key so problems come in order. */
    private static Map<String, String> sorted(Map<String, ?> properties) {
        Map<String, String> result = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (k != null && (k.startsWith(LEVEL) || k.startsWith(DUTY))) {
                String s = v == null ? null : v.toString().trim();
                result.put(k, s == null || s.isEmpty() ? null : s);
            }
        });
        return result;
    }

    private static void level(String key, String value, Map<IncidentKind, Integer> levels, List<String> problems) {
        String name = key.substring(LEVEL.length());
        IncidentKind kind = enumValue(IncidentKind.class, name);
        if (kind == null) {
            problems.add(key + ": unknown incident kind '" + name + "' (expected one of " + names(IncidentKind.class)
                    + ")");
            return;
        }
        Integer level = integer(value);
        if (level == null || level < 0 || level > MAX_LEVEL) {
            problems.add(key + ": must be a level from 0 to " + MAX_LEVEL + " but is '" + value + "'");
            return;
        }
        levels.put(kind, level);
    }

    /** Builds one rule, adding a problem per bad attribute; null if there was any. */
    private static DutyRule rule(String code, Map<String, String> a, List<String> problems) {
        String prefix = DUTY + code + ".";
        int before = problems.size();

        String title = a.get("title");
        if (title == null) {
            problems.add(prefix + "title: missing (required)");
        }
        Condition when = null;
        if (a.get("when") == null) {
            problems.add(prefix + "when: missing (required)");
        } else {
            try {
                when = Condition.parse(a.get("when"));
            } catch (IllegalArgumentException e) {
                problems.add(prefix + "when: " + e.getMessage());
            }
        }
        DutyOwner owner = choice(prefix, "owner", a.get("owner"), DutyOwner.class, DutyOwner.SECURITY_MANAGEMENT,
                problems);
        String due = a.get("due");
        if (due == null) {
            problems.add(prefix + "due: missing (required, " + Amount.EXAMPLES + ")");
        } else {
            amount(prefix + "due", due, false, problems);
        }
        DueFrom dueFrom = choice(prefix, "dueFrom", a.get("dueFrom"), DueFrom.class, DueFrom.REPORTED, problems);
        String doneWhen = a.get("doneWhen");
        if (doneWhen != null && !Condition.isFlag(doneWhen)) {
            problems.add(prefix + "doneWhen: unknown flag '" + doneWhen + "' (expected one of "
                    + String.join(", ", Condition.flags()) + ")");
        }
        String remindBefore = a.get("remindBefore");
        if (remindBefore != null) {
            amount(prefix + "remindBefore", remindBefore, true, problems);
        }
        int order = DEFAULT_ORDER;
        if (a.get("order") != null) {
            Integer o = integer(a.get("order"));
            if (o == null) {
                problems.add(prefix + "order: not a whole number: '" + a.get("order") + "'");
            } else {
                order = o;
            }
        }

        if (problems.size() > before) {
            return null;
        }
        try {
            return new DutyRule(code, order, title, a.get("description"), when, owner, due, dueFrom, doneWhen,
                    remindBefore);
        } catch (IllegalArgumentException e) { // not expected: the checks above are stricter
            problems.add(prefix + "*: " + e.getMessage());
            return null;
        }
    }

    private static void amount(String key, String text, boolean positive, List<String> problems) {
        try {
            if (Amount.parse(text).isZero() && positive) {
                problems.add(key + ": must be longer than zero: '" + text + "'");
            }
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E choice(String prefix, String attribute, String text, Class<E> type,
            E fallback, List<String> problems) {
        if (text == null) {
            return fallback;
        }
        E value = enumValue(type, text);
        if (value == null) {
            problems.add(prefix + attribute + ": unknown " + attribute + " '" + text + "' (expected one of "
                    + names(type) + ")");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "DutyRulebook" + rules.stream().map(DutyRule::code).collect(Collectors.toList()) + " levels " + levels;
    }
}
