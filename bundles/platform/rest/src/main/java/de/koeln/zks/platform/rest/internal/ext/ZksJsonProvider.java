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

/**
 * Jackson for every ZKS application. Reading keeps hold of the parser so that any failure, also a
 * string over the length limit, becomes a 400 problem naming the field ({@link JsonProblems}).
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class ZksJsonProvider extends JacksonJsonProvider {

    public ZksJsonProvider() {
        super(JsonMapper.create());
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        ObjectMapper mapper = locateMapper(type, mediaType);
        try (JsonParser parser = mapper.getFactory().createParser(entityStream)) {
            try {
                if (parser.nextToken() == null) {
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
