package io.github.narrator.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Which files of {@code out/} the server may hand out, and as what. Public: everything a listener
 * needs (pages, assets, feed, playlist, cover, each narration's files). Never: anything hidden (a
 * name starting with a dot, such as {@code .staging/}, {@code .retired/} or temporary files), the
 * idempotent store {@code state/}, and the failure records {@code failed/} (they name inputs and
 * errors a publisher may not want public), nor anything a symbolic link leads to outside {@code out/}.
 */
final class ServedFiles {

    static final Set<String> PRIVATE_FOLDERS = Set.of("state", "failed");

    private final Path root;

    ServedFiles(Path outDir) throws IOException {
        this.root = outDir.toRealPath();
    }

    Path root() {
        return root;
    }

    /**
     * Whether a decoded request path may name a public file at all, judged before the disk is
     * touched: no hidden or private segment, no backslash, no control character.
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
        String[] segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith(".")) {
                return false;
            }
            if (isFirstSegment(segments, i) && PRIVATE_FOLDERS.contains(segment)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFirstSegment(String[] segments, int index) {
        for (int i = 0; i < index; i++) {
            if (!segments[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a file the HTTP library resolved may be served: once every symbolic link is followed
     * it is still inside {@code out/}, and its real path is a public one.
     */
    boolean isPublicFile(Path file) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root)) {
                return false;
            }
            String relative = root.relativize(real).toString().replace(File.separatorChar, '/');
            return isPublicPath("/" + relative);
        } catch (IOException | SecurityException gone) {
            return false;
        }
    }
}
