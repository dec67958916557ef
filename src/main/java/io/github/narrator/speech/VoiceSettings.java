package io.github.narrator.speech;

/**
 * Which voice speaks and how.
 *
 * @param voiceName FreeTTS voice name ("kevin16")
 * @param wordsPerMinute speaking rate
 */
public record VoiceSettings(String voiceName, float wordsPerMinute) {

    public static VoiceSettings defaults() {
        return new VoiceSettings("kevin16", 150f);
    }
}
