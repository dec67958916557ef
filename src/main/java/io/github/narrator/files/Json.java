package io.github.narrator.files;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration Narrator writes and reads its files with: ISO dates, indented, nulls left out. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    /** Writes {@code value} as JSON to {@code target}, atomically. */
    public static void write(Path target, Object value) throws IOException {
        AtomicFiles.write(target, out -> MAPPER.writeValue(out, value));
    }

    /**
     * Writes {@code value} as JSON to {@code target} as it is, not atomically: for a file in a staging
     * folder, which is synced and renamed into place whole, so a file of its own needs no sync or rename.
     */
    public static void writeStaged(Path target, Object value) throws IOException {
        MAPPER.writeValue(target.toFile(), value);
    }

    public static <T> T read(Path source, Class<T> type) throws IOException {
        return MAPPER.readValue(source.toFile(), type);
    }
}
