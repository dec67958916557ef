package io.github.narrator.publish.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import io.github.narrator.files.AtomicFiles;

/**
 * The channels' {@code podcast:guid}s. The Podcasting 2.0 namespace assigns a podcast its GUID once,
 * and the GUID follows the podcast when its feed moves: so the main channel's is the configured one,
 * or else one made at random the first time an output folder is published and kept in
 * {@code state/podcast-guid} (never derived from the base URL, which changes when the feed moves,
 * nor shared by every default install). A source route's feed gets a UUIDv5 of its route id in the
 * main channel's GUID.
 */
final class PodcastIds {

    static final String STATE_FILE = "podcast-guid";

    /** The "podcast" namespace UUID of the Podcasting 2.0 {@code <podcast:guid>} element. */
    static final UUID PODCAST_NAMESPACE = UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

    private PodcastIds() {
    }

    /** The podcast GUID of a feed URL as the namespace derives one (scheme and trailing slashes stripped). */
    public static UUID channelGuid(String feedUrl) {
        String name = feedUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceAll("/+$", "");
        return uuidV5(PODCAST_NAMESPACE, name);
    }

    /**
     * The main channel's GUID: {@code configured} when set, else the one stored in {@code stateDir},
     * made and stored now if there is none yet (callers hold the site lock, so two processes agree).
     */
    static String forOutput(Path stateDir, String configured) throws IOException {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        Path file = stateDir.resolve(STATE_FILE);
        if (Files.isRegularFile(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            try {
                return UUID.fromString(stored).toString();
            } catch (IllegalArgumentException e) {
                throw new IOException(file + " does not hold a UUID ('" + stored + "'): restore it, or set narrator.feed.guid", e);
            }
        }
        String made = UUID.randomUUID().toString();
        AtomicFiles.writeString(file, made + "\n");
        return made;
    }

    /** A source route's feed GUID: stable for the route, distinct from every other channel's. */
    static String forRoute(String channelGuid, String routeId) {
        return uuidV5(UUID.fromString(channelGuid), "route:" + routeId).toString();
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
