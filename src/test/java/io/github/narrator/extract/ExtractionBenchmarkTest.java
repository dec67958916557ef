package io.github.narrator.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchmarkTest {

    @Test
    void writesOneTextFilePerPageAndAnEmptyOneForARefusedPage(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("plain.html"), Pages.article(Pages.STORY));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("zipped.html.gz")))) {
            gz.write(Pages.article(Pages.STORY).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(in.resolve("empty.html"), "<html><body><nav><a href=/>Home</a></nav></body></html>");
        Files.writeString(in.resolve("notes.txt"), "not a page");
        Path out = dir.resolve("out");

        ExtractionBenchmark.Result result = Pages.benchmark().run(in, out, 1);

        assertEquals(3, result.pages());
        assertEquals(1, result.refused());
        assertTrue(result.refusals().get(0).startsWith("empty: no article text found"), result.refusals().toString());
        String plain = Files.readString(out.resolve("plain.txt"));
        assertTrue(plain.startsWith("The city council voted on Tuesday"), plain);
        assertEquals(plain, Files.readString(out.resolve("zipped.txt")));
        assertEquals("", Files.readString(out.resolve("empty.txt")));
        assertTrue(result.pagesPerSecond() > 0);
    }

    @Test
    void aMissingFolderIsAClearError(@TempDir Path dir) {
        IOException error = assertThrows(IOException.class,
                () -> Pages.benchmark().run(dir.resolve("nowhere"), dir.resolve("out"), 0));
        assertTrue(error.getMessage().startsWith("not a folder of pages: "), error.getMessage());
    }
}
