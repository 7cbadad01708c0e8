package de.koeln.zks.platform.rest.internal.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Operations are grouped by module; a plugin's own application by the plugin's name. */
class OpenApiTagTest {

    @Test
    void modulesPluginsAndTheRest() {
        assertThat(OpenApiResource.tag("incidents", "/api/incidents")).isEqualTo("incidents");
        assertThat(OpenApiResource.tag(null, "/api/plugins/citizens-office")).isEqualTo("plugin citizens-office");
        assertThat(OpenApiResource.tag(null, "api/plugins/citizens-office/v2")).isEqualTo("plugin citizens-office");
        assertThat(OpenApiResource.tag(null, "/api")).isEqualTo("api");
    }
}
