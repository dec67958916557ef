package io.github.narrator.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.narrator.dedupe.NarrationLedger;
import io.github.narrator.testing.Prerequisites;
import io.github.narrator.testing.Slow;

/**
 * Writes that survive a power cut, not only kill -9: a file reaches the disk before it is renamed
 * over the old one, and the folder after the rename (watched as system calls, with strace); and an
 * article is claimed by one process only, however many decide at once.
 */
@Slow
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DurableWritesTest {

    /** An strace line: the call, its arguments (file descriptors shown with their paths, -y). */
    private static final Pattern CALL = Pattern.compile("^(?:\\d+ +)?(fsync|fdatasync|rename|renameat2?)\\((.*)\\) += 0$");
    private static final Pattern FD_PATH = Pattern.compile("<([^>]*)>");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    @TempDir
    Path work;

    @Test
    void eachFileIsSyncedBeforeItsRenameAndItsFolderAfter() throws Exception {
        Prerequisites.tool("strace", "-V");
        Path out = Files.createDirectories(work.resolve("out"));
        Path trace = work.resolve("trace.log");
        Process probe = new ProcessBuilder("strace", "-f", "-qq", "-y", "-e", "trace=fsync,fdatasync,rename,renameat,renameat2",
                "-o", trace.toString(), Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DurableWritesProbe.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes());
        assertEquals(0, probe.waitFor(), output);

        List<String[]> calls = new ArrayList<>(); // {call, first path, second path}
        for (String line : Files.readAllLines(trace)) {
            Matcher call = CALL.matcher(line.strip());
            if (!call.matches()) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            Matcher path = (call.group(1).startsWith("rename") ? QUOTED : FD_PATH).matcher(call.group(2));
            while (path.find()) {
                paths.add(path.group(1));
            }
            calls.add(new String[] {call.group(1).startsWith("rename") ? "rename" : "sync", paths.get(0),
                    paths.size() > 1 ? paths.get(1) : ""});
        }
        String real = out.toRealPath().toString();
        // feed.xml: its temporary file synced, renamed to feed.xml, out/ synced
        int feed = renameTo(calls, real + "/feed.xml");
        assertTrue(syncedBefore(calls, feed, calls.get(feed)[1]), "the temporary feed is synced before its rename: " + show(calls));
        assertTrue(syncedAfter(calls, feed, real), "out/ is synced after the rename: " + show(calls));
        // the narration: each staged file and the staging folder synced, renamed into articles/, articles/ synced
        int narration = renameTo(calls, real + "/articles/");
        String staging = calls.get(narration)[1];
        for (String name : List.of("narration.mp3", "narration.vtt", "script.txt", "chapters.json", "metadata.json")) {
            assertTrue(syncedBefore(calls, narration, staging + "/" + name), name + " synced before the rename: " + show(calls));
        }
        assertTrue(syncedBefore(calls, narration, staging), "the staging folder is synced: " + show(calls));
        assertTrue(syncedAfter(calls, narration, real + "/articles"), "articles/ is synced after the rename: " + show(calls));
    }

    @Test
    void ofManyProcessesDecidingAtOnceOnlyOneClaimsAnArticle() throws Exception {
        int deciders = 8;
        ExecutorService threads = Executors.newFixedThreadPool(deciders);
        try {
            for (int article = 0; article < 40; article++) {
                String url = "https://news.test/story-" + article;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<NarrationLedger.Decision>> decisions = new ArrayList<>();
                for (int i = 0; i < deciders; i++) {
                    NarrationLedger ledger = new NarrationLedger(work.resolve("state")); // one per process
                    Callable<NarrationLedger.Decision> decide = () -> {
                        start.await();
                        return ledger.decide(url, "sha256:v1");
                    };
                    decisions.add(threads.submit(decide));
                }
                start.countDown();
                int won = 0;
                for (Future<NarrationLedger.Decision> decision : decisions) {
                    won += decision.get() == NarrationLedger.Decision.NEW ? 1 : 0;
                }
                assertEquals(1, won, url + ": claimed by " + won);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static int renameTo(List<String[]> calls, String targetPrefix) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i)[0].equals("rename") && calls.get(i)[2].startsWith(targetPrefix)) {
                return i;
            }
        }
        throw new AssertionError("no rename to " + targetPrefix + ": " + show(calls));
    }

    private static boolean syncedBefore(List<String[]> calls, int index, String path) {
        return calls.subList(0, index).stream().anyMatch(c -> c[0].equals("sync") && c[1].equals(path));
    }

    private static boolean syncedAfter(List<String[]> calls, int index, String path) {
        return calls.subList(index + 1, calls.size()).stream().anyMatch(c -> c[0].equals("sync") && c[1].equals(path));
    }

    private static String show(List<String[]> calls) {
        return calls.stream().map(c -> c[0] + " " + c[1] + (c[2].isEmpty() ? "" : " -> " + c[2])).toList().toString();
    }
}
