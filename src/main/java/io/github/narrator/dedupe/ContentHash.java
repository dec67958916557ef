package io.github.narrator.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.github.narrator.extract.Article;
import io.github.narrator.extract.Section;

/**
 * The fingerprint of what a narration says and how: the article's words (not its page, whose ads
 * and teasers change every hour) plus the settings that change the audio. Equal hashes mean an
 * equal narration.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** @param settingsFingerprint voice, rate, label, bitrate...: anything that changes what is heard */
    public static String of(Article article, String settingsFingerprint) {
        MessageDigest digest = sha256();
        update(digest, settingsFingerprint);
        update(digest, article.title());
        update(digest, article.byline());
        update(digest, article.publishedAt() == null ? null : article.publishedAt().toString());
        update(digest, article.siteName());
        for (Section section : article.sections()) {
            update(digest, section.heading());
            section.paragraphs().forEach(paragraph -> update(digest, paragraph));
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
