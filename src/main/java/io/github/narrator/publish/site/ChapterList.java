package io.github.narrator.publish.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.narrator.files.Json;
import io.github.narrator.files.NarrationFiles;
import io.github.narrator.publish.JsonChapters;
import io.github.narrator.publish.NarrationMetadata;
import io.github.narrator.speech.Timeline;

/** The chapters a player page lists: from {@code chapters.json} when there is one, else from the metadata. */
final class ChapterList {

    /** A chapter and when it starts, in seconds. */
    record Chapter(String title, double start) {
    }

    private ChapterList() {
    }

    /** The chapters as the synthesis timed them. */
    static List<Chapter> of(List<Timeline.ChapterMark> marks) {
        return marks.stream().filter(mark -> mark.title() != null && !mark.title().isBlank())
                .map(mark -> new Chapter(mark.title(), mark.startMillis() / 1000.0)).toList();
    }

    static List<Chapter> of(PublishedNarration narration) throws IOException {
        Path file = narration.dir().resolve(NarrationFiles.CHAPTERS);
        if (narration.chapters() && Files.isRegularFile(file)) {
            JsonChapters.Document document = Json.MAPPER.readValue(Files.readAllBytes(file), JsonChapters.Document.class);
            return document.chapters().stream()
                    .filter(entry -> entry.title() != null && !entry.title().isBlank())
                    .map(entry -> new Chapter(entry.title(), entry.startTime()))
                    .toList();
        }
        List<NarrationMetadata.Chapter> chapters = narration.metadata().chapters();
        return chapters == null ? List.of()
                : chapters.stream().map(c -> new Chapter(c.title(), c.startSeconds())).toList();
    }
}
