package io.github.narrator.pipeline;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Counts what a batch did. An article that several sources list (a feed and a drop folder, say)
 * counts once, under its best outcome; inputs are keyed by canonical URL once it is known. It also
 * knows which inputs are still in flight (found but neither finished nor handed to a queue another
 * process drains), so a batch ends only when each has an outcome, and a run that stops before then
 * can record the rest as failed.
 */
public class BatchTracker {

    /** What the batch did, for the summary line and the exit code. */
    public record Summary(int narrated, int unchanged, int failed, double audioSeconds, Duration elapsed) {

        /** 0 when every input was narrated or unchanged, 2 when some failed (1 and 64 are the command line's). */
        public int exitCode() {
            return failed == 0 ? 0 : 2;
        }

        @Override
        public String toString() {
            return String.format("narrated %d, unchanged %d, failed %d; %.1f min of audio in %.1f s",
                    narrated, unchanged, failed, audioSeconds / 60, elapsed.toMillis() / 1000.0);
        }
    }

    private final long startNanos = System.nanoTime();
    private final Map<String, Boolean> inputsSeen = new ConcurrentHashMap<>();
    private final Map<String, Boolean> inputsDone = new ConcurrentHashMap<>();
    /** Inputs found and not yet finished, with how many handlings of each are under way. */
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    private final Map<String, String> keyOfInput = new ConcurrentHashMap<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final DoubleAdder audioSeconds = new DoubleAdder();
    private final AtomicLong finishes = new AtomicLong();
    private final AtomicLong recordingNanos = new AtomicLong();
    private final AtomicLong lastActivityNanos = new AtomicLong(System.nanoTime());

    /** An input starts its way through the pipeline: it is in flight until {@link #finished} or {@link #handedOver}. */
    public void discovered(String input) {
        inputsSeen.put(input, Boolean.TRUE);
        inFlight.merge(input, 1, Integer::sum);
        touch();
    }

    /** An input went to a queue other processes drain too: this batch will not see how it ends. */
    public void handedOver(String input) {
        land(input);
        touch();
    }

    /** Inputs found and not finished: a batch is done when there are none. */
    public Set<String> inFlight() {
        return Set.copyOf(inFlight.keySet());
    }

    private void land(String input) {
        inFlight.computeIfPresent(input, (key, handlings) -> handlings > 1 ? handlings - 1 : null);
    }

    /** Ties an input to its article, so other inputs of the same article count with it. */
    public void identified(String input, String canonicalUrl) {
        keyOfInput.put(input, canonicalUrl);
    }

    public void finished(String input, Outcome outcome, double seconds) {
        // audio and outcome first: whoever sees the input done sees its audio and outcome counted too
        audioSeconds.add(seconds);
        String key = keyOfInput.getOrDefault(input, input);
        outcomes.merge(key, outcome, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        inputsDone.put(input, Boolean.TRUE);
        land(input);
        finishes.incrementAndGet();
        touch();
    }

    /** Adds the time a worker spent synthesising and encoding one narration. */
    public void recorded(Duration spent) {
        recordingNanos.addAndGet(spent.toNanos());
    }

    /** The time workers have spent synthesising and encoding, all of them together: how busy the voices were. */
    public Duration recordingTime() {
        return Duration.ofNanos(recordingNanos.get());
    }

    /** Outcomes counted so far, one per handling of an input (an input given twice counts twice). */
    public long finishes() {
        return finishes.get();
    }

    public int inputsDiscovered() {
        return inputsSeen.size();
    }

    public int inputsFinished() {
        return inputsDone.size();
    }

    public double audioSeconds() {
        return audioSeconds.sum();
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Time since anything was discovered or finished. */
    public Duration idle() {
        return Duration.ofNanos(System.nanoTime() - lastActivityNanos.get());
    }

    public Summary summary() {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : outcomes.values()) {
            counts.merge(outcome, 1, Integer::sum);
        }
        return new Summary(counts.getOrDefault(Outcome.NARRATED, 0), counts.getOrDefault(Outcome.UNCHANGED, 0),
                counts.getOrDefault(Outcome.FAILED, 0), audioSeconds(), elapsed());
    }

    private void touch() {
        lastActivityNanos.set(System.nanoTime());
    }
}
