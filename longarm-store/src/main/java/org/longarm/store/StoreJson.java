package org.longarm.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.longarm.model.ArticleIncident;
import org.longarm.model.Incident;

/**
 * The JSON kept in the store's text columns: model records by their components, dates as ISO strings, map keys
 * sorted so that the same record always gives the same text.
 */
final class StoreJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("iso-dates")
                    .addSerializer(LocalDate.class, new IsoDateSerializer())
                    .addDeserializer(LocalDate.class, new IsoDateDeserializer()))
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private StoreJson() {}

    /** The part of an article's result that has no column of its own. */
    record ResultBody(List<ArticleIncident> incidents, List<String> cites) {
        ResultBody {
            incidents = incidents == null ? List.of() : List.copyOf(incidents);
            cites = cites == null ? List.of() : List.copyOf(cites);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    static ResultBody resultBody(String json) {
        return read(json, ResultBody.class);
    }

    static Incident incident(String json) {
        return read(json, Incident.class);
    }

    static List<String> strings(String json) {
        try {
            return List.copyOf(MAPPER.readValue(json, STRINGS));
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON list is unreadable: " + json, e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored " + type.getSimpleName() + " JSON is unreadable", e);
        }
    }

    private static final class IsoDateSerializer extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class IsoDateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return LocalDate.parse(p.getValueAsString());
        }
    }
}
