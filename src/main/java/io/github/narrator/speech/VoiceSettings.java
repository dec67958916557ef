package io.github.narrator.speech;

/**
 * Which voice speaks and how. A change to any field changes the audio, so the whole record is part of
 * what decides whether an article must be narrated again.
 *
 * @param voiceName      FreeTTS voice name
 * @param wordsPerMinute speaking rate
 * @param pitchHz        baseline pitch; kevin16's own is 100 Hz
 * @param volume         gain applied to every sample, 1 = as the voice made it (FreeTTS ignores its
 *                       own volume setting, so Narrator applies this itself)
 */
public record VoiceSettings(String voiceName, float wordsPerMinute, float pitchHz, float volume) {

    public static final float DEFAULT_PITCH_HZ = 100f;

    public VoiceSettings {
        if (voiceName == null || voiceName.isBlank()) {
            throw new IllegalArgumentException("voice name is blank");
        }
        // FreeTTS stays intelligible roughly between these; outside them it garbles or drags.
        if (!(wordsPerMinute >= 50f && wordsPerMinute <= 400f)) {
            throw new IllegalArgumentException("words per minute must be 50 to 400, not " + wordsPerMinute);
        }
        if (!(pitchHz >= 40f && pitchHz <= 400f)) {
            throw new IllegalArgumentException("pitch must be 40 to 400 Hz, not " + pitchHz);
        }
        if (!(volume > 0f && volume <= 4f)) {
            throw new IllegalArgumentException("volume must be above 0 and at most 4, not " + volume);
        }
    }

    /** The voice's own pitch, at full volume. */
    public VoiceSettings(String voiceName, float wordsPerMinute) {
        this(voiceName, wordsPerMinute, DEFAULT_PITCH_HZ, 1f);
    }
}
