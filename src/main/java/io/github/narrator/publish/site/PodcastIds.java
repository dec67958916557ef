package io.github.narrator.publish.site;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/** The channel's {@code podcast:guid}: a UUIDv5 of the feed URL, as the Podcasting 2.0 namespace defines it. */
public final class PodcastIds {

    /** The "podcast" namespace UUID of the Podcasting 2.0 {@code <podcast:guid>} element. */
    static final UUID PODCAST_NAMESPACE = UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

    private PodcastIds() {
    }

    /** The podcast GUID of a feed: its URL with the scheme and trailing slashes stripped, hashed into the namespace. */
    public static UUID channelGuid(String feedUrl) {
        String name = feedUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceAll("/+$", "");
        return uuidV5(PODCAST_NAMESPACE, name);
    }

    /** RFC 4122 name-based UUID, version 5 (SHA-1). The JDK only has version 3. */
    static UUID uuidV5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
