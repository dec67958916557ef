package io.github.narrator.faults;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.narrator.files.FolderWriters;
import io.github.narrator.publish.Publisher;

/**
 * A stand-in for a narration worker of another process on a shared output folder (a worker taking
 * items from a broker): it joins the folder's writers as every narrating process does, stages a
 * narration in progress, says {@code staging <folder>} on its output, and works until it is killed.
 */
final class SharedFolderWorker {

    private SharedFolderWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        try (FolderWriters writers = FolderWriters.join(out, alone -> { })) {
            Path staging = new Publisher(out).newStagingDir("a-story-in-progress");
            Files.writeString(staging.resolve("narration.mp3"), "audio being encoded");
            System.out.println("staging " + staging);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
