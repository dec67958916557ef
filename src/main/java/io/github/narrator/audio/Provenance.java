package io.github.narrator.audio;

/**
 * Who and what made a narration, as written into its tags, metadata and feed entry.
 *
 * @param generator         Narrator and its version
 * @param ttsEngine         e.g. "FreeTTS 1.2.2"
 * @param voice             e.g. "kevin16"
 * @param disclosureLabel   the AI-disclosure label, as spoken and tagged
 * @param digitalSourceType IPTC digital source type URI
 */
public record Provenance(String generator, String ttsEngine, String voice, String disclosureLabel, String digitalSourceType) {

    /** TPE1: the artist is the synthetic voice, never the journalist. */
    String voiceArtist() {
        return "Synthetic voice " + voice + " (" + ttsEngine + ")";
    }
}
