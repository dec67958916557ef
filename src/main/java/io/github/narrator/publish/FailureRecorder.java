package io.github.narrator.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.github.narrator.files.Json;

/**
 * Keeps one {@code failed/<slug>.json} per input that could not be narrated, with the stage, the
 * reason and how many attempts were made; removes it once the input is narrated.
 */
public class FailureRecorder {

    /** One failure, as written to disk. */
    public record Failure(String input, String stage, String reason, boolean retryable, Instant time, int attempts) {
    }

    private final Path failedDir;

    public FailureRecorder(Path failedDir) {
        this.failedDir = failedDir;
    }

    /** Records a failure; an input that failed before keeps counting its attempts. */
    public Failure record(String input, String stage, String reason, boolean retryable) throws IOException {
        Path file = fileFor(input);
        int attempts = 1;
        if (Files.exists(file)) {
            try {
                attempts += Json.read(file, Failure.class).attempts();
            } catch (IOException unreadable) {
                // A damaged record is replaced; the count restarts.
            }
        }
        Failure failure = new Failure(input, stage, reason, retryable, Instant.now(), attempts);
        Json.write(file, failure);
        return failure;
    }

    /** Forgets an input's failure once it has been narrated (or found unchanged). */
    public void clear(String input) throws IOException {
        Files.deleteIfExists(fileFor(input));
    }

    public Path fileFor(String input) {
        return failedDir.resolve(ArticleSlug.of(input) + ".json");
    }
}
