package io.github.narrator.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run of paragraphs, optionally under a heading.
 *
 * @param heading the heading above the paragraphs; null when they have none (the first section of most articles)
 */
public record Section(@Nullable String heading, List<String> paragraphs) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
