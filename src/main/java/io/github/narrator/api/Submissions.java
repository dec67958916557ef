package io.github.narrator.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonValue;

import io.github.narrator.files.Json;

/**
 * The status of every submission the API accepted, updated as the pipeline reports on each URL.
 * Kept in memory and, when given a file, written there after each change (atomically), so a
 * restarted server still answers for earlier submissions; those it was still working on are then
 * marked failed, to be submitted again. The oldest finished submissions are forgotten first once
 * more than {@code kept} are held.
 */
public final class Submissions implements NarrationProgress {

    private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);
    static final String INTERRUPTED = "the server stopped before this narration finished; submit it again";

    /** Where one URL is. */
    public enum State {
        QUEUED, NARRATING, DONE, FAILED;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /**
     * One URL of a submission.
     *
     * @param slug   its narration's folder under articles/, once done (null when not known)
     * @param step   where it failed; null unless failed
     * @param reason why it failed; null unless failed
     */
    public record Item(String url, State state, @Nullable String slug, @Nullable String step, @Nullable String reason) {

        Item with(State next, @Nullable String nextSlug, @Nullable String failedStep, @Nullable String why) {
            return new Item(url, next, nextSlug, failedStep, why);
        }
    }

    /** One accepted request: its URLs and when it came. */
    public record Submission(String id, Instant received, List<Item> items) {

        /**
         * The request's state: failed or done once every URL has finished (failed when any failed),
         * narrating once any URL has started, else queued.
         */
        public State state() {
            if (items.stream().allMatch(item -> item.state().finished())) {
                return items.stream().anyMatch(item -> item.state() == State.FAILED) ? State.FAILED : State.DONE;
            }
            return items.stream().anyMatch(item -> item.state() != State.QUEUED) ? State.NARRATING : State.QUEUED;
        }
    }

    /** What {@link #accept} did: the new submission, and which of its URLs the pipeline must be given. */
    public record Accepted(Submission submission, List<String> toSend) {
    }

    /** The file's form. */
    record Stored(@Nullable List<Submission> submissions) {
    }

    private final Map<String, Submission> byId = new LinkedHashMap<>();
    /** The submissions waiting for each URL: a URL already on its way is not sent twice. */
    private final Map<String, Set<String>> waiting = new LinkedHashMap<>();
    private final int kept;
    private final @Nullable Path file;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Kept in memory only. */
    public Submissions(int kept) {
        this(kept, null, Clock.systemUTC());
    }

    Submissions(int kept, @Nullable Path file, Clock clock) {
        this.kept = kept;
        this.file = file;
        this.clock = clock;
    }

    /**
     * Kept in {@code file} too, and read back from it: submissions left unfinished by the last
     * process are failed (nothing is working on them now).
     */
    public static Submissions stored(Path file, int kept) throws IOException {
        Submissions submissions = new Submissions(kept, file, Clock.systemUTC());
        if (Files.exists(file)) {
            Stored stored = Json.read(file, Stored.class);
            for (Submission submission : stored.submissions() == null ? List.<Submission>of() : stored.submissions()) {
                List<Item> items = submission.items().stream().map(item -> item.state().finished() ? item
                        : item.with(State.FAILED, null, "shutdown", INTERRUPTED)).toList();
                submissions.byId.put(submission.id(), new Submission(submission.id(), submission.received(), items));
            }
        }
        return submissions;
    }

    /** Records a new submission of {@code urls}, queued. */
    public synchronized Accepted accept(List<String> urls) {
        String id = newId();
        List<Item> items = urls.stream().map(url -> new Item(url, State.QUEUED, null, null, null)).toList();
        Submission submission = new Submission(id, clock.instant(), items);
        byId.put(id, submission);
        List<String> toSend = new ArrayList<>();
        for (String url : urls) {
            Set<String> waiters = waiting.computeIfAbsent(url, key -> new HashSet<>());
            if (waiters.isEmpty()) {
                toSend.add(url);
            }
            waiters.add(id);
        }
        forgetOldest();
        save();
        return new Accepted(submission, toSend);
    }

    public synchronized Optional<Submission> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void narrating(String input) {
        update(input, State.NARRATING, null, null, null);
    }

    @Override
    public void done(String input, @Nullable String slug) {
        update(input, State.DONE, slug, null, null);
    }

    @Override
    public void failed(String input, String step, String reason) {
        update(input, State.FAILED, null, step, reason);
    }

    private synchronized void update(String input, State state, @Nullable String slug, @Nullable String step,
                                     @Nullable String reason) {
        Set<String> ids = state.finished() ? waiting.remove(input) : waiting.get(input);
        if (ids == null) {
            return; // not submitted through the API (a source route's find)
        }
        for (String id : ids) {
            Submission submission = byId.get(id);
            if (submission != null) {
                List<Item> items = submission.items().stream()
                        .map(item -> item.url().equals(input) && !item.state().finished() ? item.with(state, slug, step, reason) : item)
                        .toList();
                byId.put(id, new Submission(id, submission.received(), items));
            }
        }
        save();
    }

    /** Drops the oldest finished submissions beyond {@link #kept} (unfinished ones too, should all be unfinished). */
    private void forgetOldest() {
        for (boolean finishedOnly : new boolean[] {true, false}) {
            for (Iterator<Submission> oldest = byId.values().iterator(); byId.size() > kept && oldest.hasNext(); ) {
                Submission submission = oldest.next();
                if (!finishedOnly || submission.state().finished()) {
                    oldest.remove();
                    waiting.values().forEach(ids -> ids.remove(submission.id()));
                }
            }
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Json.write(file, new Stored(List.copyOf(byId.values())));
        } catch (IOException e) {
            // the statuses in memory stay right; only a restart would lose them
            LOG.warn("could not save the submit API's statuses to {}: {}", file, e.toString());
        }
    }

    /** 128 random bits, URL-safe: a status URL cannot be guessed. */
    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
