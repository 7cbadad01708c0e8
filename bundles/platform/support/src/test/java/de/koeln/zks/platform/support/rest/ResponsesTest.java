package de.koeln.zks.platform.support.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.URI;

import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class ResponsesTest {

    private static UriInfo request(String absolutePath) {
        UriInfo uri = mock(UriInfo.class);
        when(uri.getAbsolutePath()).thenReturn(URI.create(absolutePath));
        return uri;
    }

    @Test
    void aNumericIdIsAppendedToTheRequestPath() {
        assertThat(Responses.location(request("http://localhost:8181/api/incidents"), 42L))
            .isEqualTo(URI.create("http://localhost:8181/api/incidents/42"));
        assertThat(Responses.location(request("http://localhost:8181/api/training/courses"), 7))
            .isEqualTo(URI.create("http://localhost:8181/api/training/courses/7"));
    }

    @Test
    void aTrailingSlashOfTheRequestIsNotDoubled() {
        assertThat(Responses.location(request("http://localhost:8181/api/incidents/"), 42L))
            .isEqualTo(URI.create("http://localhost:8181/api/incidents/42"));
    }

    @Test
    void anyOtherIdGoesThroughTheUriBuilder() {
        UriInfo uri = mock(UriInfo.class);
        UriBuilder builder = mock(UriBuilder.class);
        UriBuilder withName = mock(UriBuilder.class);
        when(uri.getAbsolutePathBuilder()).thenReturn(builder);
        when(builder.path("Eva Beispiel")).thenReturn(withName);
        when(withName.build()).thenReturn(URI.create("http://localhost:8181/api/platform/users/Eva%20Beispiel"));

        assertThat(Responses.location(uri, "Eva Beispiel"))
            .isEqualTo(URI.create("http://localhost:8181/api/platform/users/Eva%20Beispiel"));
    }
}
