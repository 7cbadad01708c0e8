package de.koeln.zks.platform.rest.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.annotation.security.PermitAll;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.Page;
import de.koeln.zks.platform.rest.internal.openapi.OpenApiBuilder.Mounted;
import de.koeln.zks.platform.support.rest.ApiDoc;

class OpenApiBuilderTest {

    public enum Colour { RED, GREEN }

    public static class Thing {
        public Long id;
        public String name;
        public Colour colour;
        public OffsetDateTime at;
        public List<String> tags;
        public Map<String, Object> extra;
        @com.fasterxml.jackson.annotation.JsonProperty("class")
        public String kindOfThing;
    }

    @Path("things")
    @RolesAllowed("employee")
    public static class ThingResource {
        @GET
        @ApiDoc(summary = "Things", queryParams = {"colour"})
        public Page<Thing> list(@QueryParam("limit") Integer limit) {
            return null;
        }

        @GET
        @Path("{id: [0-9]+}")
        @PermitAll
        public Thing get(@PathParam("id") long id) {
            return null;
        }

        @POST
        @ApiDoc(summary = "Create a thing", returns = Thing.class, status = 201)
        public Response create(Thing thing, @HeaderParam("Idempotency-Key") String key) {
            return null;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void describesPathsMethodsParametersBodiesRolesAndSchemas() {
        Map<String, Object> doc = OpenApiBuilder.build(List.of(new Mounted("things", "/api/things", ThingResource.class)), "1.0");

        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        assertThat(paths).containsOnlyKeys("/api/things/things", "/api/things/things/{id}");
        Map<String, Object> collection = (Map<String, Object>) paths.get("/api/things/things");
        assertThat(collection).containsOnlyKeys("get", "post");

        assertThat(collection.get("get").toString()).contains("name=limit", "name=colour");
        Map<String, Object> post = (Map<String, Object>) collection.get("post");
        assertThat(post).containsEntry("summary", "Create a thing").containsKey("requestBody");
        assertThat((Map<String, Object>) post.get("responses")).containsKeys("201", "default");
        assertThat(post.get("description")).isEqualTo("Roles: employee.");

        Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/things/things/{id}")).get("get");
        assertThat(get.get("security")).isEqualTo(List.of());
        assertThat(get.get("parameters").toString()).contains("name=id", "in=path", "required=true");

        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertThat(schemas).containsKeys("Thing", "Problem");
        assertThat(schemas.get("Thing").toString()).contains("colour", "enum=[RED, GREEN]", "format=date-time", "tags", "class=")
            .doesNotContain("kindOfThing");
    }

    @Test
    void normalisesTemplatesAndSlashes() {
        assertThat(OpenApiBuilder.normalise("/api/x//{id: [0-9]+}/")).isEqualTo("/api/x/{id}");
        assertThat(OpenApiBuilder.normalise("api/x/")).isEqualTo("/api/x");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExtraObjectOfAModulesRecordsShowsThePluginDeclaredFields() {
        Map<String, Object> declared = Map.of("type", "object", "properties", Map.of("counterNumber", Map.of("type", "number")));
        Map<String, Object> doc = OpenApiBuilder.build(List.of(new Mounted("things", "/api/things", ThingResource.class)), "1.0",
            module -> module.equals("platform") ? declared : null);
        Map<String, Object> thing = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) doc.get("components"))
            .get("schemas")).get("Thing");
        assertThat(((Map<String, Object>) thing.get("properties")).get("extra")).isEqualTo(declared);

        Map<String, Object> plain = OpenApiBuilder.build(List.of(new Mounted("things", "/api/things", ThingResource.class)), "1.0");
        Map<String, Object> plainThing = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) plain.get("components"))
            .get("schemas")).get("Thing");
        assertThat(((Map<String, Object>) plainThing.get("properties")).get("extra")).isNotEqualTo(declared);
    }
}
