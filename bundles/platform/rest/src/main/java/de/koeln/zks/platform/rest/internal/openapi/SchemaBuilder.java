package de.koeln.zks.platform.rest.internal.openapi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON schemas of the DTOs as Jackson writes them: public fields (including inherited ones), java.time
 * as ISO-8601 strings, enums with their values. Named DTOs go to {@code components/schemas}.
 */
final class SchemaBuilder {
    private static final Pattern MODULE_PACKAGE = Pattern.compile("de\\.koeln\\.zks\\.([a-z]+)\\..*");
    private final Map<String, Object> components = new TreeMap<>();
    private final Function<String, Map<String, Object>> extraFields;

    /** @param extraFields the schema of a module's {@code extra} object (plugin-declared fields), or null for none */
    SchemaBuilder(Function<String, Map<String, Object>> extraFields) {
        this.extraFields = extraFields;
    }

    Map<String, Object> components() {
        return components;
    }

    Map<String, Object> schema(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return map("type", "array", "items", schema(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", schema(args[1]));
            }
            if (raw.getTypeParameters().length == 1 && raw.getName().endsWith(".Page")) {
                return page(args[0]);
            }
            if (raw == java.util.Optional.class) {
                return schema(args[0]);
            }
            return schema(raw);
        }
        if (type instanceof WildcardType w) {
            return schema(w.getUpperBounds()[0]);
        }
        if (!(type instanceof Class<?> c)) {
            return map("type", "object");
        }
        return classSchema(c);
    }

    Map<String, Object> page(Type element) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("items", map("type", "array", "items", schema(element)));
        properties.put("offset", map("type", "integer"));
        properties.put("limit", map("type", "integer"));
        properties.put("total", map("type", "integer", "format", "int64"));
        return map("type", "object", "properties", properties);
    }

    private Map<String, Object> classSchema(Class<?> c) {
        if (c == String.class || c == Character.class || c == char.class) {
            return map("type", "string");
        }
        if (c == Boolean.class || c == boolean.class) {
            return map("type", "boolean");
        }
        if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
            return map("type", "integer", "format", "int32");
        }
        if (c == Long.class || c == long.class) {
            return map("type", "integer", "format", "int64");
        }
        if (c == Double.class || c == double.class || c == Float.class || c == float.class || c == BigDecimal.class) {
            return map("type", "number");
        }
        if (c == OffsetDateTime.class || c == ZonedDateTime.class || c == Instant.class || c == LocalDateTime.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == LocalTime.class) {
            return map("type", "string", "format", "time");
        }
        if (c.isEnum()) {
            return map("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
        }
        if (c.isArray()) {
            return map("type", "array", "items", schema(c.getComponentType()));
        }
        if (c == Object.class || Map.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c)
                || c.getName().startsWith("java.")) {
            return map("type", "object");
        }
        String name = c.getSimpleName();
        if (!components.containsKey(name)) {
            components.put(name, map("type", "object")); // placeholder against cycles
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                Map<String, Object> own = new LinkedHashMap<>();
                for (Field f : k.getDeclaredFields()) {
                    int mod = f.getModifiers();
                    if (Modifier.isPublic(mod) && !Modifier.isStatic(mod) && !Modifier.isTransient(mod)) {
                        Map<String, Object> extra = "extra".equals(f.getName()) && Map.class.isAssignableFrom(f.getType())
                            ? extraOf(k) : null;
                        own.put(jsonName(f), extra != null ? extra : schema(f.getGenericType()));
                    }
                }
                Map<String, Object> merged = new LinkedHashMap<>(own);
                merged.putAll(properties);
                properties = merged;
            }
            components.put(name, map("type", "object", "properties", properties));
        }
        return map("$ref", "#/components/schemas/" + name);
    }

    /** The extra fields the plugins declare for the module a DTO belongs to (by its package), or null. */
    private Map<String, Object> extraOf(Class<?> dto) {
        Matcher m = MODULE_PACKAGE.matcher(dto.getName());
        return extraFields == null || !m.matches() ? null : extraFields.apply(m.group(1));
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /** The JSON name of a field: its {@code @JsonProperty} name where it has one (e.g. "class"), else its own. */
    private static String jsonName(Field f) {
        com.fasterxml.jackson.annotation.JsonProperty named = f.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return named != null && !named.value().isEmpty() ? named.value() : f.getName();
    }
}
