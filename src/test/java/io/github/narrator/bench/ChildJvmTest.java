package io.github.narrator.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTest {

    @Test
    void childrenGetTheLaunchersHeapAndSharingOptionsOnly() {
        assertTrue(ChildJvm.isLauncherOption("-Xmx128m"));
        assertTrue(ChildJvm.isLauncherOption("-XX:+UseSerialGC"));
        assertTrue(ChildJvm.isLauncherOption("-XX:SharedArchiveFile=target/narrator.jsa"));
        assertFalse(ChildJvm.isLauncherOption("-XX:StartFlightRecording=filename=x.jfr"));
        assertFalse(ChildJvm.isLauncherOption("-Dfile.encoding=UTF-8"));
    }

    @Test
    void anotherHeapKeepsClassDataSharing() {
        ChildJvm launcher = new ChildJvm(List.of("-Xmx128m", "-XX:SharedArchiveFile=a.jsa", "-Xshare:auto"));
        assertEquals(List.of("-Xmx128m"), ChildJvm.heapOnly(launcher.jvmOptions()));
        assertEquals(List.of("-Xmx512m", "-XX:SharedArchiveFile=a.jsa", "-Xshare:auto"),
                launcher.withHeap(List.of("-Xmx512m")).jvmOptions());
    }

    @Test
    void commandRunsNarratorsClassesInThisJava() {
        List<String> command = new ChildJvm(List.of("-Xmx64m")).command("a.Main", List.of("x")).command();
        assertTrue(command.get(0).endsWith("java"), command.get(0));
        assertEquals(List.of("-Xmx64m", "-cp", System.getProperty("java.class.path"), "a.Main", "x"),
                command.subList(1, command.size()));
    }

    @Test
    void thePeerIsSkippedWithoutItsPackages(@TempDir Path dir) throws Exception {
        assertTrue(PeerPipeline.find(dir.resolve("no-such-home"), dir).isEmpty());
        assertTrue(PeerPipeline.NOT_AVAILABLE.startsWith("peer: not available (install espeak-ng, lame, node"));
    }
}
