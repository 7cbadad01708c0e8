package de.koeln.zks.platform.rest.internal.ext;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import de.koeln.zks.platform.api.problem.ValidationException;
import de.koeln.zks.platform.support.rest.OptionalBody;
import de.koeln.zks.platform.support.rest.ReadOnlyFields;

/**
 * Jackson for every ZKS application. Reading keeps hold of the parser so that any failure, also a
 * string over the length limit, becomes a 400 problem naming the field ({@link JsonProblems}). A parameter marked
 * {@link OptionalBody} may also come without a body and without a Content-Type (which CXF reads as
 * {@code application/octet-stream}): then it is {@code null}. A parameter marked {@link ReadOnlyFields} drops the
 * named fields of a record sent back as it was answered.
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
        return annotation(annotations, OptionalBody.class) != null;
    }

    private static <A extends Annotation> A annotation(Annotation[] annotations, Class<A> type) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a.annotationType() == type) {
                    return type.cast(a);
                }
            }
        }
        return null;
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
                ObjectReader reader = mapper.readerFor(mapper.getTypeFactory().constructType(genericType));
                ReadOnlyFields readOnly = annotation(annotations, ReadOnlyFields.class);
                if (readOnly != null) {
                    reader = reader.withHandler(new DropReadOnly(type, Set.of(readOnly.value())));
                }
                Object value = reader.readValue(parser);
                if (parser.nextToken() != null) {
                    throw new ValidationException(JsonProblems.BODY, "has content after the JSON document");
                }
                return value;
            } catch (JsonProcessingException e) {
                throw JsonProblems.toValidation(e, parser.getParsingContext());
            }
        }
    }

    /** Drops the named fields of the entity itself (not of objects inside it) that the entity does not know. */
    private static final class DropReadOnly extends DeserializationProblemHandler {
        private final Class<?> entity;
        private final Set<String> names;

        DropReadOnly(Class<?> entity, Set<String> names) {
            this.entity = entity;
            this.names = names;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            Class<?> owner = beanOrClass instanceof Class<?> c ? c : beanOrClass == null ? null : beanOrClass.getClass();
            if (owner != entity || !names.contains(propertyName)) {
                return false;
            }
            parser.skipChildren();
            return true;
        }
    }
}
