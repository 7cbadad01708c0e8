package de.koeln.zks.incidents.internal.testing;

import java.lang.reflect.Proxy;
import java.util.Map;

import de.koeln.zks.incidents.internal.retention.IncidentsConfig;

/** Configurations as DS gives them: the defaults of the annotation, with some values set. */
public final class Configs {

    private Configs() {
    }

    public static IncidentsConfig incidents(Map<String, Object> values) {
        return (IncidentsConfig) Proxy.newProxyInstance(IncidentsConfig.class.getClassLoader(),
            new Class<?>[] {IncidentsConfig.class}, (proxy, method, args) -> {
                if (method.getName().equals("annotationType")) {
                    return IncidentsConfig.class;
                }
                if (values.containsKey(method.getName())) {
                    return values.get(method.getName());
                }
                Object value = method.getDefaultValue();
                if (value == null) {
                    throw new UnsupportedOperationException(method.getName());
                }
                return value;
            });
    }
}
