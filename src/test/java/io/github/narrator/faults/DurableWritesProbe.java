package io.github.narrator.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.narrator.audio.AudioTags;
import io.github.narrator.audio.Provenance;
import io.github.narrator.audio.Recording;
import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;
import io.github.narrator.files.AtomicFiles;
import io.github.narrator.publish.Publisher;
import io.github.narrator.publish.PublishRequest;
import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;
import io.github.narrator.speech.Timeline;

/** Writes a file atomically and publishes a narration into {@code args[0]}, for a system-call trace to watch. */
final class DurableWritesProbe {

    private DurableWritesProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        AtomicFiles.writeString(out.resolve("feed.xml"), "<rss/>");

        String url = "https://news.test/story";
        Article article = new Article(url, url, "A story", null, null, null, "en", "News Test", null, null,
                List.of(new Section(null, List.of("A sentence."))));
        Script script = new Script(List.of(new Script.Chapter("Introduction",
                List.of(new Utterance("A story", "A story", 0, Utterance.Role.TITLE)))), List.of());
        Timeline timeline = new Timeline(List.of(new Timeline.Cue("A story", "A story", 0, 1_000)),
                List.of(new Timeline.ChapterMark("Introduction", 0, 1_000)), 16_000);
        Publisher publisher = new Publisher(out);
        Path staging = publisher.newStagingDir("a-story");
        Path mp3 = Files.writeString(staging.resolve("narration.mp3"), "audio");
        publisher.publish(new PublishRequest(url, "probe", article, script, new Recording(mp3, null, timeline), staging,
                "sha256:probe", new Provenance("Narrator/test", "FreeTTS 1.2.2", "kevin16", "AI label",
                        AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA)));
        System.out.println("done");
    }
}
