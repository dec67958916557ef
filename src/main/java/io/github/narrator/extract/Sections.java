package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.List;

/** Groups body blocks into sections: each heading inside the body starts a new one. */
final class Sections {

    private Sections() {
    }

    static List<Section> of(List<TextBlock> blocks) {
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (block.isHeading()) {
                if (heading != null || !paragraphs.isEmpty()) {
                    sections.add(new Section(heading, paragraphs));
                }
                heading = block.text;
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(block.text);
            }
        }
        if (heading != null || !paragraphs.isEmpty()) {
            sections.add(new Section(heading, paragraphs));
        }
        return sections;
    }
}
