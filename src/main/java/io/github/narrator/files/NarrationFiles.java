package io.github.narrator.files;

/** The names of the files of one narration, in {@code out/articles/<slug>/}: recorded, published, listed and served by them. */
public final class NarrationFiles {

    public static final String MP3 = "narration.mp3";
    public static final String WAV = "narration.wav";
    public static final String VTT = "narration.vtt";
    public static final String SCRIPT = "script.txt";
    public static final String CHAPTERS = "chapters.json";
    /** The sentences with their times (Podcasting 2.0 JSON transcript), for read-along. */
    public static final String TRANSCRIPT = "transcript.json";
    /** The episode's own picture, when the article's lead image was usable. */
    public static final String COVER = "cover.jpg";
    public static final String METADATA = "metadata.json";

    private NarrationFiles() {
    }
}
