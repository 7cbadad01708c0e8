package de.koeln.zks.platform.rest.internal.ext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import javax.ws.rs.ClientErrorException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.ServerErrorException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import de.koeln.zks.platform.api.problem.FieldError;
import de.koeln.zks.platform.api.problem.ValidationException;

class WebApplicationExceptionMapperTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) {
        return (Map<String, Object>) response.getEntity();
    }

    private static HttpHeaders sent(String name, String value) {
        HttpHeaders headers = mock(HttpHeaders.class);
        when(headers.getHeaderString(name)).thenReturn(value);
        return headers;
    }

    /** CXF throws these when no resource method matches: plain ClientErrorExceptions, not the subclasses. */
    private static WebApplicationException cxfRefusal(int status) {
        Response response = Response.status(status).build();
        return status >= 500 ? new ServerErrorException(response) : new ClientErrorException(response);
    }

    @Test
    void aRefusedContentTypeIsNamedAsTheOffendingFieldWithWhatWasSent() {
        Response response = WebApplicationExceptionMapper.problem(cxfRefusal(415), sent(HttpHeaders.CONTENT_TYPE, "text/plain"));

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(body(response)).containsEntry("title", "Unsupported Media Type")
            .containsEntry("detail", "Content-Type: 'text/plain' is not accepted here; send application/json");
        assertThat((List<?>) body(response).get("errors")).singleElement().isInstanceOfSatisfying(FieldError.class, error -> {
            assertThat(error.field).isEqualTo("Content-Type");
            assertThat(error.message).isEqualTo("'text/plain' is not accepted here; send application/json");
        });
        // the subclass, as a resource might throw it, gets the same answer
        assertThat(body(WebApplicationExceptionMapper.problem(new NotSupportedException(), sent(HttpHeaders.CONTENT_TYPE, "text/plain"))))
            .containsEntry("detail", body(response).get("detail"));
    }

    @Test
    void aMissingContentTypeIsSaidToBeMissing() {
        Response response = WebApplicationExceptionMapper.problem(cxfRefusal(415), sent(HttpHeaders.CONTENT_TYPE, null));

        assertThat(body(response)).containsEntry("detail", "Content-Type: (missing) is not accepted here; send application/json");
    }

    @Test
    void anAcceptHeaderThatCannotBeMetIsNamed() {
        Response response = WebApplicationExceptionMapper.problem(cxfRefusal(406), sent(HttpHeaders.ACCEPT, "text/html"));

        assertThat(response.getStatus()).isEqualTo(406);
        assertThat(body(response)).containsEntry("detail",
            "Accept: 'text/html' names no media type that can be produced here; accept application/json");
    }

    @Test
    void aWrongMethodNamesTheAllowedOnesAndKeepsTheAllowHeader() {
        ClientErrorException refusal = new ClientErrorException(Response.status(405).header(HttpHeaders.ALLOW, "GET, PUT").build());

        Response response = WebApplicationExceptionMapper.problem(refusal, null);

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeaderString(HttpHeaders.ALLOW)).isEqualTo("GET, PUT");
        assertThat(body(response)).containsEntry("detail", "This method is not allowed here; allowed: GET, PUT");
    }

    @Test
    void everyRefusalHasADetail() {
        for (int status : new int[] {400, 404, 405, 406, 409, 410, 415, 500, 503}) {
            Response response = WebApplicationExceptionMapper.problem(cxfRefusal(status), null);

            assertThat(response.getStatus()).isEqualTo(status);
            assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
            assertThat(body(response)).containsEntry("status", status).containsKey("title");
            assertThat((String) body(response).get("detail")).as("detail of %d", status).isNotBlank();
        }
    }

    @Test
    void aProblemOfOursWrappedByJaxRsIsAnsweredAsItself() {
        ClientErrorException wrapped = new ClientErrorException(Response.status(400).build(),
            new ValidationException("level", "must be between 0 and 3 (got 4)"));

        Response response = WebApplicationExceptionMapper.problem(wrapped, null);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body(response)).containsEntry("detail", "level: must be between 0 and 3 (got 4)");
    }
}
