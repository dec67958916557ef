package io.github.narrator.publish.artwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Apple Podcasts' rules for a show's cover, checked on the configured cover so that a directory does
 * not refuse the feed later: JPEG or PNG, square, 1400 to 3000 pixels a side.
 */
public final class CoverRules {

    public static final int MIN_SIDE = 1400;
    public static final int MAX_SIDE = 3000;

    private CoverRules() {
    }

    /** @throws IllegalArgumentException naming the file, its format and size, and the rule it breaks */
    public static void check(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cover image " + file + " cannot be read: " + e.getMessage(), e);
        }
        ImageFile image = ImageFile.of(bytes);
        if (!image.format().equals("JPEG") && !image.format().equals("PNG")) {
            throw new IllegalArgumentException("cover image " + file + " is " + image.format()
                    + ": Apple Podcasts accepts only JPEG or PNG covers");
        }
        String size = image.width() + "×" + image.height() + " pixels";
        if (image.width() != image.height()) {
            throw new IllegalArgumentException("cover image " + file + " is " + size
                    + ": Apple Podcasts requires a square cover (as wide as it is high)");
        }
        if (image.width() < MIN_SIDE || image.width() > MAX_SIDE) {
            throw new IllegalArgumentException("cover image " + file + " is " + size + ": Apple Podcasts requires "
                    + MIN_SIDE + " to " + MAX_SIDE + " pixels a side");
        }
    }
}
