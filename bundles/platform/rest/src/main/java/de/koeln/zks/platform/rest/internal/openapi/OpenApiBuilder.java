package de.koeln.zks.platform.rest.internal.openapi;

import static de.koeln.zks.platform.rest.internal.openapi.SchemaBuilder.map;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import java.util.TreeMap;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import de.koeln.zks.platform.api.ZksApi;
import de.koeln.zks.platform.support.rest.ApiDoc;

/**
 * Builds one OpenAPI 3.0 document from the JAX-RS annotations of the resources that are registered
 * right now, so the document is true for whatever modules are installed.
 */
public final class OpenApiBuilder {

    /** A resource class served under an application base path (e.g. {@code /api/incidents}). */
    public record Mounted(String module, String base, Class<?> resource) {
    }

    private final SchemaBuilder schemas;

    private OpenApiBuilder(Function<String, Map<String, Object>> extraFields) {
        this.schemas = new SchemaBuilder(extraFields);
    }
    private final Map<String, Map<String, Object>> paths = new TreeMap<>();

    public static Map<String, Object> build(List<Mounted> mounted, String version) {
        return build(mounted, version, null);
    }

    /**
     * @param extraFields for a module name, the schema of its records' {@code extra} object as the installed plugins
     *        declare it (null: a plain object)
     */
    public static Map<String, Object> build(List<Mounted> mounted, String version, Function<String, Map<String, Object>> extraFields) {
        OpenApiBuilder builder = new OpenApiBuilder(extraFields);
        mounted.stream().sorted(Comparator.comparing(Mounted::base).thenComparing(m -> m.resource().getName()))
            .forEach(builder::add);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", map("title", "ZKS Case Platform API", "version", version,
            "description", "Every module of the platform that is installed right now. Errors are "
                + "application/problem+json (RFC 9457); lists are pages with offset, limit and total."));
        doc.put("servers", List.of(map("url", "/")));
        doc.put("paths", builder.paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("securitySchemes", map("basic", map("type", "http", "scheme", "basic")));
        Map<String, Object> all = new TreeMap<>(builder.schemas.components());
        all.put("Problem", problemSchema());
        components.put("schemas", all);
        doc.put("components", components);
        return doc;
    }

    private void add(Mounted m) {
        Class<?> type = m.resource();
        String classPath = pathOf(type.getAnnotation(Path.class));
        for (Method method : sortedMethods(type)) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            String full = normalise(m.base() + "/" + classPath + "/" + pathOf(method.getAnnotation(Path.class)));
            paths.computeIfAbsent(full, k -> new TreeMap<>()).put(httpMethod.toLowerCase(), operation(m, type, method));
        }
    }

    private Map<String, Object> operation(Mounted m, Class<?> type, Method method) {
        Map<String, Object> op = new LinkedHashMap<>();
        ApiDoc doc = method.getAnnotation(ApiDoc.class);
        op.put("tags", List.of(m.module()));
        op.put("operationId", type.getSimpleName() + "_" + method.getName());
        if (doc != null && !doc.summary().isEmpty()) {
            op.put("summary", doc.summary());
        }
        List<Object> parameters = new ArrayList<>();
        Map<String, Object> body = null;
        for (Parameter p : method.getParameters()) {
            Object param = parameter(p);
            if (param != null) {
                parameters.add(param);
            } else if (isEntity(p)) {
                body = map("required", true, "content", content(consumes(type, method), schemas.schema(p.getParameterizedType())));
            }
        }
        if (doc != null) {
            for (String name : doc.queryParams()) {
                parameters.add(map("name", name, "in", "query", "schema", map("type", "string")));
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        if (body != null) {
            op.put("requestBody", body);
        }
        op.put("responses", responses(type, method, doc));
        String[] roles = roles(type, method);
        if (roles == null) {
            op.put("security", List.of());
            op.put("description", "Open to everyone.");
        } else {
            op.put("security", List.of(map("basic", List.of())));
            op.put("description", "Roles: " + String.join(", ", roles) + ".");
        }
        return op;
    }

    private Map<String, Object> responses(Class<?> type, Method method, ApiDoc doc) {
        Map<String, Object> responses = new LinkedHashMap<>();
        int status = doc == null ? (method.getReturnType() == void.class ? 204 : 200) : doc.status();
        Type returned = method.getGenericReturnType();
        Map<String, Object> schema = null;
        if (doc != null && doc.returns() != Void.class) {
            schema = doc.of() == Void.class ? schemas.schema(doc.returns())
                : doc.returns().getSimpleName().equals("Page") ? schemas.page(doc.of())
                : map("type", "array", "items", schemas.schema(doc.of()));
        } else if (method.getReturnType() != void.class && method.getReturnType() != Response.class) {
            schema = schemas.schema(returned);
        }
        Map<String, Object> ok = map("description", status == 201 ? "Created" : status == 204 ? "No content" : "OK");
        if (schema != null) {
            ok.put("content", content(produces(type, method), schema));
        }
        responses.put(String.valueOf(status), ok);
        Map<String, Object> problem = content(new String[] {ZksApi.PROBLEM_JSON}, map("$ref", "#/components/schemas/Problem"));
        responses.put("default", map("description", "A problem (400 invalid input naming the fields, 401, 403, 404, 409, 412, 413, 415)",
            "content", problem));
        return responses;
    }

    private static Map<String, Object> content(String[] mediaTypes, Map<String, Object> schema) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String mediaType : mediaTypes) {
            content.put(mediaType, map("schema", schema));
        }
        return content;
    }

    private Object parameter(Parameter p) {
        String in = null;
        String name = null;
        for (Annotation a : p.getAnnotations()) {
            if (a instanceof PathParam pp) {
                in = "path";
                name = pp.value();
            } else if (a instanceof QueryParam qp) {
                in = "query";
                name = qp.value();
            } else if (a instanceof HeaderParam hp) {
                in = "header";
                name = hp.value();
            } else if (a instanceof CookieParam cp) {
                in = "cookie";
                name = cp.value();
            }
        }
        if (in == null) {
            return null;
        }
        Map<String, Object> param = map("name", name, "in", in, "schema", schemas.schema(p.getParameterizedType()));
        if ("path".equals(in)) {
            param.put("required", true);
        }
        return param;
    }

    private static boolean isEntity(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a instanceof Context || a instanceof FormParam || a instanceof MatrixParam || a instanceof BeanParam) {
                return false;
            }
        }
        return true;
    }

    private static String[] roles(Class<?> type, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles == null && type.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        return roles == null ? new String[0] : roles.value();
    }

    private static String[] consumes(Class<?> type, Method method) {
        Consumes c = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
        return c == null ? new String[] {MediaType.APPLICATION_JSON} : c.value();
    }

    private static String[] produces(Class<?> type, Method method) {
        Produces p = method.getAnnotation(Produces.class) != null ? method.getAnnotation(Produces.class) : type.getAnnotation(Produces.class);
        return p == null ? new String[] {MediaType.APPLICATION_JSON} : p.value();
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static List<Method> sortedMethods(Class<?> type) {
        List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
        methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount));
        return methods;
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    /** Joins segments, and drops regular expressions from templates ({@code {id: [0-9]+}} → {@code {id}}). */
    static String normalise(String path) {
        String p = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        if (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> error = map("type", "object", "properties",
            map("field", map("type", "string"), "message", map("type", "string")));
        return map("type", "object", "properties", map(
            "type", map("type", "string"),
            "title", map("type", "string"),
            "status", map("type", "integer"),
            "detail", map("type", "string"),
            "errors", map("type", "array", "items", error)));
    }
}
