package io.github.narrator.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.github.narrator.script.Script;
import io.github.narrator.script.Utterance;

/**
 * The fingerprint of what a narration says and how: every sentence of the script as written and as
 * spoken (not the page, whose ads and teasers change every hour) plus the voice and audio settings.
 * Equal hashes mean an equal narration; an edited article, a new disclosure label or a lexicon
 * entry that changes a sentence all change it.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** @param audioSettings voice, rate, bitrate...: whatever changes the sound of the same words */
    public static String of(Script script, String audioSettings) {
        MessageDigest digest = sha256();
        update(digest, audioSettings);
        for (Script.Chapter chapter : script.chapters()) {
            update(digest, chapter.title());
            for (Utterance utterance : chapter.utterances()) {
                update(digest, utterance.written());
                update(digest, utterance.spoken());
                update(digest, Integer.toString(utterance.pauseBeforeMillis()));
            }
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /** Hex SHA-256 of a string: stable short identifiers for URLs. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void update(MessageDigest digest, String field) {
        // Length-prefixed, so ("ab","c") and ("a","bc") differ.
        byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
        digest.update((field == null ? "-" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
