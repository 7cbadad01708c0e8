package de.koeln.zks.incidents.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.Roles;

/**
 * What the platform relies on: every endpoint declares its roles (the RolesFilter closes the others) and ids are
 * numeric. (The OSGi whiteboard annotations are not visible at run time; the bundle's component XML carries them.)
 */
class RestContractTest {
    private static final List<Class<?>> RESOURCES = List.of(IncidentResource.class, MeasuresResource.class,
        CommentsResource.class, StatisticsResource.class, ExportResource.class, NoticesResource.class);

    private static List<Method> endpoints(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
            .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
            .toList();
    }

    @Test
    void everyEndpointDeclaresItsRoles() {
        List<String> open = new ArrayList<>();
        for (Class<?> type : RESOURCES) {
            assertThat(type).hasAnnotations(Path.class);
            assertThat(endpoints(type)).as(type.getSimpleName()).isNotEmpty();
            for (Method m : endpoints(type)) {
                boolean declared = m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(PermitAll.class)
                    || type.isAnnotationPresent(RolesAllowed.class);
                if (!declared) {
                    open.add(type.getSimpleName() + "." + m.getName());
                }
                assertThat(m.isAnnotationPresent(PermitAll.class)).as("nothing here is public").isFalse();
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void idsInPathsAreNumericSoLiteralPathsWin() {
        for (Class<?> type : RESOURCES) {
            List<String> templates = new ArrayList<>();
            templates.add(type.getAnnotation(Path.class).value());
            endpoints(type).stream().filter(m -> m.isAnnotationPresent(Path.class))
                .forEach(m -> templates.add(m.getAnnotation(Path.class).value()));
            for (String template : templates) {
                assertThat(template.replaceAll("\\{[a-zA-Z]+: \\[0-9\\]\\+\\}", "N")).as(template).doesNotContain("{");
            }
        }
    }

    @Test
    void triageStatisticsExportAndNoticesAreForSecurityManagement() {
        List<String> managers = List.of(Roles.SECURITY_MANAGER, Roles.ADMIN);
        for (Class<?> type : List.of(MeasuresResource.class, CommentsResource.class, StatisticsResource.class,
                ExportResource.class, NoticesResource.class)) {
            assertThat(type.getAnnotation(RolesAllowed.class).value()).as(type.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(managers);
        }
        Method status = Arrays.stream(IncidentResource.class.getMethods()).filter(m -> m.getName().equals("changeStatus"))
            .findFirst().orElseThrow();
        assertThat(status.getAnnotation(RolesAllowed.class)).as("the service decides: managers move, a reporter submits a draft")
            .isNull();
        Method current = Arrays.stream(NoticesResource.class.getMethods()).filter(m -> m.getName().equals("current"))
            .findFirst().orElseThrow();
        assertThat(current.getAnnotation(RolesAllowed.class).value()).contains(Roles.EMPLOYEE);
        assertThat(IncidentResource.class.getAnnotation(RolesAllowed.class).value()).contains(Roles.EMPLOYEE);
    }

    @Test
    void pathParametersAreLongIds() {
        for (Class<?> type : RESOURCES) {
            for (Method m : endpoints(type)) {
                for (int i = 0; i < m.getParameterCount(); i++) {
                    if (Arrays.stream(m.getParameterAnnotations()[i]).anyMatch(a -> a instanceof PathParam)) {
                        assertThat(m.getParameterTypes()[i]).as(type.getSimpleName() + "." + m.getName()).isEqualTo(long.class);
                    }
                }
            }
        }
    }
}
