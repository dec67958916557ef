package io.github.narrator.faults;

import static io.github.narrator.faults.FaultyServer.html;
import static io.github.narrator.faults.FaultyServer.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.files.Json;
import io.github.narrator.pipeline.BatchTracker;
import io.github.narrator.testing.ArticlePages;
import io.github.narrator.testing.Slow;

/**
 * An article's identity (the key its narration is filed and replaced under) is earned: a page cannot
 * take another site's story by naming it as its canonical URL, and one page reached by several
 * spellings of its address is one article.
 */
@Slow
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class IdentityTest {

    @TempDir
    Path work;

    @Test
    void aPageOnAnotherHostCannotReplaceAStoryByNamingItCanonical() throws Exception {
        try (FaultyServer victim = new FaultyServer(); FaultyServer attacker = new FaultyServer()) {
            String story = victim.url("/story");
            String amp = victim.url("/amp/story");
            // the attacker's server, reached by another name: another host
            String fake = attacker.url("/fake").replace("127.0.0.1", "localhost");
            victim.on("/story", html(ArticlePages.article(story, "The real story", "The real story begins here.")))
                  .on("/amp/story", html(ArticlePages.article(story, "The real story", "The real story begins here.")))
                  .on("/list.txt", status(200, String.join("\n", story, fake, amp) + "\n"));
            attacker.on("/fake", html(ArticlePages.article(story, "A fake story", "Something else entirely.")));
            PipelineRun run = new PipelineRun(work);

            BatchTracker.Summary first = run.once("url-list", victim.url("/list.txt"), "*");
            assertEquals(2, first.narrated(), first.toString()); // the story (its AMP copy says it is the story) and the fake
            Map<String, JsonNode> byKey = narrationsByKey(run);
            assertEquals(List.of(story, fake), List.copyOf(byKey.keySet()));
            assertEquals("The real story", byKey.get(story).get("title").asText());
            assertEquals("A fake story", byKey.get(fake).get("title").asText());

            BatchTracker.Summary second = run.once("url-list", victim.url("/list.txt"), "*");
            assertEquals(0, second.narrated(), "nothing flips between polls: " + second);
            assertEquals("The real story", narrationsByKey(run).get(story).get("title").asText());
        }
    }

    @Test
    void onePageUnderSeveralSpellingsOfItsAddressIsOneArticle() throws Exception {
        try (FaultyServer site = new FaultyServer()) {
            String page = """
                    <html><head><title>Harbour plan approved</title></head><body><article><h1>Harbour plan approved</h1>
                    <p>The city council voted on Tuesday to approve a new plan for the harbour district, ending months of
                    debate over how the waterfront should change in the coming decade.</p>
                    <p>Supporters said the plan would bring housing and jobs to an area that has stood half empty since the
                    old shipyard closed, while critics warned that rents nearby could rise quickly.</p>
                    </article></body></html>""";
            site.on("/a", html(page));
            String plain = site.url("/a");
            List<String> spellings = List.of(plain.replace("http://", "HTTP://") + "?x=1", plain, plain + "#top",
                    plain + "?utm_source=newsletter&fbclid=abc");
            site.on("/list.txt", status(200, String.join("\n", spellings) + "\n"));
            PipelineRun run = new PipelineRun(work);

            BatchTracker.Summary summary = run.once("url-list", site.url("/list.txt"));

            assertEquals(1, summary.narrated(), summary.toString());
            assertEquals(0, summary.failed(), summary.toString());
            assertEquals(1, run.narrations().size(), run.narrations().toString());
        }
    }

    private static Map<String, JsonNode> narrationsByKey(PipelineRun run) throws Exception {
        Map<String, JsonNode> byKey = new TreeMap<>();
        for (Path narration : run.narrations()) {
            JsonNode metadata = Json.MAPPER.readTree(narration.resolve("metadata.json").toFile());
            byKey.put(metadata.get("canonicalUrl").asText(), metadata);
        }
        return byKey;
    }
}
