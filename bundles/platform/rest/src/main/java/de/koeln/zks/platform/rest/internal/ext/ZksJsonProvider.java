package de.koeln.zks.platform.rest.internal.ext;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.rest.OptionalBody;

/**
 * Jackson for every ZKS application. Reading keeps hold of the parser so that any failure, also a
 * string over the length limit, becomes a 400 problem naming the field ({@link JsonProblems}). A parameter marked
 * {@link OptionalBody} may also come without a body and without a Content-Type (which CXF reads as
 * {@code application/octet-stream}): then it is {@code null}.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.APPLICATION_OCTET_STREAM})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class ZksJsonProvider extends JacksonJsonProvider {

    public ZksJsonProvider() {
        super(JsonMapper.create());
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        if (mediaType != null && "application".equals(mediaType.getType()) && "octet-stream".equals(mediaType.getSubtype())) {
            return optional(annotations);
        }
        return super.isReadable(type, genericType, annotations, mediaType);
    }

    private static boolean optional(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a.annotationType() == OptionalBody.class) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        ObjectMapper mapper = locateMapper(type, mediaType);
        try (JsonParser parser = mapper.getFactory().createParser(entityStream)) {
            try {
                if (parser.nextToken() == null) {
                    if (optional(annotations)) {
                        return null;
                    }
                    throw new ValidationException(JsonProblems.BODY, "is empty; a JSON document is required");
                }
                Object value = mapper.readerFor(mapper.getTypeFactory().constructType(genericType)).readValue(parser);
                if (parser.nextToken() != null) {
                    throw new ValidationException(JsonProblems.BODY, "has content after the JSON document");
                }
                return value;
            } catch (JsonProcessingException e) {
                throw JsonProblems.toValidation(e, parser.getParsingContext());
            }
        }
    }
}
