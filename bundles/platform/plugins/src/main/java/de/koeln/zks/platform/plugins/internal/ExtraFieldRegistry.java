package de.koeln.zks.platform.plugins.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.koeln.zks.platform.api.problem.FieldError;
import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.spi.DeclaredField;
import de.koeln.zks.platform.spi.ExtraField;
import de.koeln.zks.platform.spi.ExtraFieldProvider;
import de.koeln.zks.platform.spi.ExtraFieldType;
import de.koeln.zks.platform.spi.ExtraFields;

/**
 * The extra fields of the installed plugins. A provider's fields are read once when it comes; a field with a bad
 * declaration, or one whose name another plugin of the same module already uses, is left out and reported as a
 * problem of its plugin. Fields apply to the plugin's units ({@code ZKS-Plugin-Units}; none: every unit).
 */
@Component(service = ExtraFields.class, immediate = true)
public class ExtraFieldRegistry implements ExtraFields {
    static final int DEFAULT_MAX_LENGTH = 500;
    static final int MAX_LENGTH = 4_000;
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    private static final Logger LOG = LoggerFactory.getLogger(ExtraFieldRegistry.class);

    /** One provider's accepted fields; ordered by registration so that the first plugin keeps a contested name. */
    private record Provided(long order, long bundleId, String plugin, List<String> units, String module,
            List<ExtraField> fields) {
    }

    private final PluginHealth health;
    private final Map<Object, Provided> provided = new LinkedHashMap<>();
    private final Map<Long, Object> byOrder = new ConcurrentSkipListMap<>();
    private long nextOrder;

    @Activate
    public ExtraFieldRegistry(@Reference PluginHealth health) {
        this.health = health;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(ServiceReference<ExtraFieldProvider> ref, ExtraFieldProvider provider) {
        Bundle bundle = ref.getBundle();
        add(ref, provider, bundle == null ? -1 : bundle.getBundleId(), PluginBundles.name(bundle), PluginBundles.units(bundle));
    }

    void removeProvider(ServiceReference<ExtraFieldProvider> ref) {
        remove(ref);
    }

    synchronized void add(Object key, ExtraFieldProvider provider, long bundleId, String plugin, List<String> units) {
        String module;
        List<ExtraField> declared;
        try {
            module = provider.module();
            declared = provider.fields();
        } catch (RuntimeException e) {
            health.problem(bundleId, "extra fields could not be read: " + e);
            LOG.warn("Plugin {}: its extra fields could not be read", plugin, e);
            return;
        }
        if (module == null || module.isBlank() || declared == null) {
            health.problem(bundleId, "an extra field provider names no module or no fields");
            return;
        }
        Set<String> taken = new HashSet<>();
        provided.values().stream().filter(p -> p.module().equals(module)).forEach(p -> p.fields().forEach(f -> taken.add(f.name)));
        List<ExtraField> accepted = new ArrayList<>();
        for (ExtraField field : declared) {
            String problem = check(field);
            if (problem == null && !taken.add(field.name)) {
                problem = "another plugin of module " + module + " already declares it";
            }
            if (problem != null) {
                String name = field == null ? "null" : field.name;
                health.problem(bundleId, "extra field '" + name + "' of module " + module + " left out: " + problem);
                LOG.warn("Plugin {}: extra field '{}' of module {} left out: {}", plugin, name, module, problem);
            } else {
                accepted.add(copy(field));
            }
        }
        Provided p = new Provided(nextOrder++, bundleId, plugin, List.copyOf(units), module.strip(), List.copyOf(accepted));
        provided.put(key, p);
        byOrder.put(p.order(), key);
        health.of(bundleId).extraFields.addAndGet(accepted.size());
        LOG.info("Plugin {}: {} extra fields for {} ({})", plugin, accepted.size(), module,
            units.isEmpty() ? "every unit" : String.join(", ", units));
    }

    synchronized void remove(Object key) {
        Provided p = provided.remove(key);
        if (p != null) {
            byOrder.remove(p.order());
            health.of(p.bundleId()).extraFields.addAndGet(-p.fields().size());
            LOG.info("Plugin {}: its extra fields for {} are gone (stored values are kept)", p.plugin(), p.module());
        }
    }

    /** Why a declaration cannot be used, or null. */
    static String check(ExtraField f) {
        if (f == null) {
            return "it is null";
        }
        if (f.name == null || !FIELD_NAME.matcher(f.name).matches()) {
            return "the name must be lower camel case letters and digits (at most 40)";
        }
        if (f.type == null) {
            return "it has no type";
        }
        if (f.type == ExtraFieldType.CHOICE && (f.allowedValues == null || f.allowedValues.isEmpty())) {
            return "a choice needs allowed values";
        }
        if (f.maxLength != null && (f.maxLength < 1 || f.maxLength > MAX_LENGTH)) {
            return "maxLength must be 1 to " + MAX_LENGTH;
        }
        return null;
    }

    private static ExtraField copy(ExtraField f) {
        ExtraField c = new ExtraField(f.name, f.label == null || f.label.isBlank() ? f.name : f.label, f.type, f.required,
            f.allowedValues == null ? List.of() : f.allowedValues.stream().filter(Objects::nonNull).toList());
        c.maxLength = f.type == ExtraFieldType.TEXT ? (f.maxLength == null ? DEFAULT_MAX_LENGTH : f.maxLength) : null;
        return c;
    }

    @Override
    public synchronized List<DeclaredField> fieldsFor(String module, String unit) {
        return declared(module, unit, false);
    }

    @Override
    public synchronized List<DeclaredField> fieldsOf(String module) {
        return declared(module, null, true);
    }

    private List<DeclaredField> declared(String module, String unit, boolean all) {
        List<DeclaredField> out = new ArrayList<>();
        byOrder.values().stream().map(provided::get).filter(Objects::nonNull)
            .filter(p -> p.module().equals(module) && (all || p.units().isEmpty() || p.units().contains(unit)))
            .sorted(Comparator.comparingLong(Provided::order))
            .forEach(p -> p.fields().forEach(f -> {
                DeclaredField d = new DeclaredField();
                d.module = p.module();
                d.plugin = p.plugin();
                d.units = p.units();
                d.field = copy(f);
                out.add(d);
            }));
        return out;
    }

    @Override
    public Map<String, String> validate(String module, String unit, Map<String, Object> submitted, Map<String, String> kept) {
        Map<String, ExtraField> inForce = new LinkedHashMap<>();
        fieldsFor(module, unit).forEach(d -> inForce.put(d.field.name, d.field));
        Map<String, String> before = kept == null ? Map.of() : kept;
        Map<String, String> out = new LinkedHashMap<>(before);
        List<FieldError> errors = new ArrayList<>();
        if (submitted != null) {
            submitted.forEach((name, value) -> {
                String at = PROPERTY + "." + name;
                ExtraField field = inForce.get(name);
                if (field == null) {
                    if (!before.containsKey(name)) {
                        errors.add(new FieldError(at, "is no extra field of " + module
                            + (unit == null ? "" : " for unit " + unit)));
                    } else if (!Objects.equals(before.get(name), value == null ? null : String.valueOf(value))) {
                        errors.add(new FieldError(at, "is no longer declared; its stored value is kept and cannot be changed"));
                    }
                    return;
                }
                if (value == null) {
                    out.remove(name);
                    return;
                }
                String clean = convert(field, value, at, errors);
                if (clean != null) {
                    out.put(name, clean);
                }
            });
        }
        for (ExtraField field : inForce.values()) {
            if (field.required && !out.containsKey(field.name) && errors.stream().noneMatch(e -> e.field.equals(PROPERTY + "." + field.name))) {
                errors.add(new FieldError(PROPERTY + "." + field.name, "is required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    private static String convert(ExtraField field, Object value, String at, List<FieldError> errors) {
        switch (field.type) {
            case TEXT -> {
                if (!(value instanceof String s)) {
                    errors.add(new FieldError(at, "must be text"));
                    return null;
                }
                String clean = s.strip();
                if (clean.isEmpty()) {
                    if (field.required) {
                        errors.add(new FieldError(at, "is required"));
                    }
                    return null;
                }
                if (clean.length() > field.maxLength) {
                    errors.add(new FieldError(at, "must be at most " + field.maxLength + " characters"));
                    return null;
                }
                return clean;
            }
            case NUMBER -> {
                if (!(value instanceof Number n)) {
                    errors.add(new FieldError(at, "must be a number"));
                    return null;
                }
                try {
                    return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(at, "must be a finite number"));
                    return null;
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean b)) {
                    errors.add(new FieldError(at, "must be true or false"));
                    return null;
                }
                return b.toString();
            }
            case DATE -> {
                try {
                    return LocalDate.parse(String.valueOf(value)).toString();
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(at, "must be a date like 2027-01-20"));
                    return null;
                }
            }
            case CHOICE -> {
                if (!(value instanceof String s) || !field.allowedValues.contains(s)) {
                    errors.add(new FieldError(at, "must be one of " + String.join(", ", field.allowedValues)));
                    return null;
                }
                return s;
            }
            default -> throw new IllegalStateException("type " + field.type);
        }
    }

    @Override
    public Map<String, Object> present(String module, Map<String, String> stored) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (stored == null || stored.isEmpty()) {
            return out;
        }
        Map<String, ExtraFieldType> types = new LinkedHashMap<>();
        fieldsOf(module).forEach(d -> types.put(d.field.name, d.field.type));
        stored.forEach((name, value) -> {
            ExtraFieldType type = types.get(name);
            if (type == ExtraFieldType.NUMBER && value.matches("-?[0-9]+(\\.[0-9]+)?")) {
                out.put(name, new BigDecimal(value));
            } else if (type == ExtraFieldType.BOOLEAN) {
                out.put(name, Boolean.valueOf(value));
            } else {
                out.put(name, value);
            }
        });
        return out;
    }
}
