package io.github.narrator.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** FFmpeg's ffprobe, when installed: a second, independent reader of what Narrator writes. */
final class Ffprobe {

    private Ffprobe() {
    }

    /** ffprobe's JSON view of the file's format (with tags), streams and chapters. */
    static JsonNode probe(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-show_format", "-show_streams",
                "-show_chapters", "-of", "json", file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] json = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("ffprobe failed on " + file);
        }
        return new ObjectMapper().readTree(json);
    }
}
