package io.github.narrator.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import io.github.narrator.files.MediaTypes;

/**
 * Which files of {@code out/} the server may hand out: the published artefacts only, whatever else a
 * folder shared by several processes holds. Published: files of a type Narrator publishes (pages,
 * styles, scripts, feeds, playlists, audio, transcripts, chapters, metadata, pictures: the types
 * {@link MediaTypes} names) at the top of {@code out/} or in one of its {@link #PUBLISHED_FOLDERS}.
 * Never: anything hidden (a name starting with a dot, such as {@code .staging/}, {@code .retired/},
 * lock and temporary files), any other folder ({@code state/}, {@code failed/}, a broker's journal,
 * a backup someone left), files of any other type, nor anything a symbolic link leads to outside
 * {@code out/}.
 */
final class ServedFiles {

    /** The folders of out/ that hold published files: narrations, the player's assets, feeds per source, feed archive pages. */
    static final Set<String> PUBLISHED_FOLDERS = Set.of("articles", "assets", "feeds", "archive");

    private final Path root;

    ServedFiles(Path outDir) throws IOException {
        this.root = outDir.toRealPath();
    }

    Path root() {
        return root;
    }

    /**
     * Whether a decoded request path may name a public file at all, judged before the disk is
     * touched: no hidden segment, no backslash, no control character, and a folder only when it is
     * published.
     */
    static boolean isPublicPath(String path) {
        if (path == null) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        String[] segments = path.split("/", -1);
        String first = null;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith(".")) {
                return false;
            }
            if (first == null && !segment.isEmpty()) {
                first = segment;
                boolean isFolder = i < segments.length - 1;
                if (isFolder && !PUBLISHED_FOLDERS.contains(segment)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a file's type is one Narrator publishes. */
    static boolean isPublishedType(String fileName) {
        return !MediaTypes.contentType(fileName).equals(MediaTypes.UNKNOWN);
    }

    /**
     * Whether a file the HTTP library resolved may be served: once every symbolic link is followed
     * it is still inside {@code out/}, its real path is a public one, and it is of a published type.
     */
    boolean isPublicFile(Path file) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                return false;
            }
            String relative = root.relativize(real).toString().replace(File.separatorChar, '/');
            if (Files.isDirectory(real)) {
                return isPublicPath("/" + relative + "/"); // for its welcome page: listings are off
            }
            // the type of the name asked for and of the file sent (a link's target) are both published ones
            return Files.isRegularFile(real) && isPublishedType(file.getFileName().toString())
                    && isPublishedType(real.getFileName().toString()) && isPublicPath("/" + relative);
        } catch (IOException | SecurityException gone) {
            return false;
        }
    }
}
