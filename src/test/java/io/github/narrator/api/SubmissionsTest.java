package io.github.narrator.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionsTest {

    @TempDir
    Path work;

    @Test
    void statusesSurviveARestartAndUnfinishedOnesFail() throws Exception {
        Path file = work.resolve("state/api-submissions.json");
        Submissions first = Submissions.stored(file, 100);
        String done = first.accept(List.of("https://news.example/a")).submission().id();
        String pending = first.accept(List.of("https://news.example/b")).submission().id();
        first.done("https://news.example/a", "a");
        first.narrating("https://news.example/b");

        Submissions restarted = Submissions.stored(file, 100);
        assertEquals(Submissions.State.DONE, restarted.get(done).orElseThrow().state());
        Submissions.Item interrupted = restarted.get(pending).orElseThrow().items().get(0);
        assertEquals(Submissions.State.FAILED, interrupted.state());
        assertEquals(Submissions.INTERRUPTED, interrupted.reason());
    }

    @Test
    void oldestFinishedAreForgottenFirst() {
        Submissions submissions = new Submissions(10, null, Clock.systemUTC());
        String unfinished = submissions.accept(List.of("https://news.example/waiting")).submission().id();
        String oldestDone = submissions.accept(List.of("https://news.example/0")).submission().id();
        submissions.done("https://news.example/0", "0");
        for (int i = 1; i < 10; i++) {
            submissions.accept(List.of("https://news.example/" + i));
        }
        assertTrue(submissions.get(unfinished).isPresent(), "an unfinished submission outlives finished ones");
        assertTrue(submissions.get(oldestDone).isEmpty());
    }

    @Test
    void idsAreLongAndDistinct() {
        Submissions submissions = new Submissions(100);
        String a = submissions.accept(List.of("https://news.example/a")).submission().id();
        String b = submissions.accept(List.of("https://news.example/a")).submission().id();
        assertTrue(a.length() >= 22 && !a.equals(b), a + " " + b);
        assertTrue(a.matches("[A-Za-z0-9_-]+"));
    }
}
