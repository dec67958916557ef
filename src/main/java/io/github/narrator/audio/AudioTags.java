package io.github.narrator.audio;

import java.util.List;

import io.github.narrator.speech.Timeline;

import org.jspecify.annotations.Nullable;

/**
 * The ID3v2.4 tags of a narration. The artist is the synthetic voice, never the journalist.
 *
 * @param title             TIT2: the headline
 * @param voiceArtist       TPE1: e.g. "Narrator synthetic voice (FreeTTS kevin16)"
 * @param publication       TALB: the site that published the article
 * @param releaseDate       TDRL: ISO 8601 date or date-time; null leaves the frame out
 * @param articleUrl        WOAS and TXXX:SOURCE_URL
 * @param disclosureLabel   COMM and TXXX:AI_DISCLOSURE
 * @param digitalSourceType TXXX:DIGITAL_SOURCE_TYPE (an IPTC digital source type URI)
 * @param ttsEngine         TXXX:TTS_ENGINE
 * @param ttsVoice          TXXX:TTS_VOICE
 * @param encodedBy         TSSE: Narrator and its version
 * @param chapters          CHAP frames (with a CTOC) when not empty
 * @param coverImage        APIC (JPEG or PNG bytes); null leaves the frame out
 */
public record AudioTags(
        String title,
        String voiceArtist,
        String publication,
        @Nullable String releaseDate,
        String articleUrl,
        String disclosureLabel,
        String digitalSourceType,
        String ttsEngine,
        String ttsVoice,
        String encodedBy,
        List<Timeline.ChapterMark> chapters,
        byte @Nullable [] coverImage) {

    public static final String IPTC_TRAINED_ALGORITHMIC_MEDIA =
            "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
}
