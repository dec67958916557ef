package io.github.narrator.extract;

import java.util.List;

/** A run of paragraphs, optionally under a heading (the first section of most articles has none). */
public record Section(String heading, List<String> paragraphs) {

    public Section {
        paragraphs = List.copyOf(paragraphs);
    }
}
