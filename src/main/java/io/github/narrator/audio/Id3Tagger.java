package io.github.narrator.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mpatric.mp3agic.AbstractID3v2Tag;
import com.mpatric.mp3agic.NotSupportedException;

import io.github.narrator.speech.Timeline;

/**
 * Writes ID3v2.4 tags in front of an MP3 stream: what the narration is, that a synthetic voice speaks
 * it, and that it was made with AI assistance (COMM and TXXX:AI_DISCLOSURE), plus chapters and cover;
 * then the Xing/LAME Info frame ({@link XingHeader}), so players know the exact duration and can seek.
 */
class Id3Tagger {

    private static final String DEFAULT_CHAPTER_TITLE = "Chapter ";

    /**
     * Reads the untagged {@code source}, writes it tagged to {@code target}. The audio is copied as it
     * is, a buffer at a time.
     *
     * @throws IllegalArgumentException if the tags lack the disclosure, or a value cannot be tagged
     * @throws IOException              if {@code source} is not an untagged MP3 stream, or on I/O failure
     */
    public void tag(Path source, Path target, AudioTags tags) throws IOException {
        tag(source, target, tags, 0);
    }

    /**
     * {@link #tag(Path, Path, AudioTags)}, with the number of PCM samples encoded, so that the Info
     * frame also carries the encoder delay and padding (players then trim them: exact, gapless duration).
     */
    public void tag(Path source, Path target, AudioTags tags, long pcmSamples) throws IOException {
        byte[] tag = toBytes(build(tags));
        try (InputStream audio = Files.newInputStream(source)) {
            byte[] head = audio.readNBytes(3);
            checkUntaggedMp3(source, head);
            byte[] info = XingHeader.of(source, pcmSamples);
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write(tag);
                out.write(info);
                out.write(head);
                audio.transferTo(out);
            }
        }
    }

    private static NarrationTag build(AudioTags tags) {
        require(tags.disclosureLabel(), "disclosureLabel");
        require(tags.digitalSourceType(), "digitalSourceType");
        NarrationTag tag = new NarrationTag();
        setTextIfPresent(tag, AbstractID3v2Tag.ID_TITLE, tags.title());
        setTextIfPresent(tag, AbstractID3v2Tag.ID_ARTIST, tags.voiceArtist());
        setTextIfPresent(tag, AbstractID3v2Tag.ID_ALBUM, tags.publication());
        if (present(tags.releaseDate())) {
            tag.setText("TDRL", Id3Timestamps.of(tags.releaseDate()));
        }
        if (present(tags.articleUrl())) {
            // URL frames are ISO-8859-1: percent-encode anything beyond ASCII
            tag.setAudioSourceUrl(asciiUrl(tags.articleUrl()));
            tag.addUserText("SOURCE_URL", tags.articleUrl());
        }
        tag.setComment(tags.disclosureLabel());
        tag.addUserText("AI_DISCLOSURE", tags.disclosureLabel());
        tag.addUserText("DIGITAL_SOURCE_TYPE", tags.digitalSourceType());
        addUserTextIfPresent(tag, "TTS_ENGINE", tags.ttsEngine());
        addUserTextIfPresent(tag, "TTS_VOICE", tags.ttsVoice());
        setTextIfPresent(tag, "TSSE", tags.encodedBy());
        if (tags.chapters() != null && !tags.chapters().isEmpty()) {
            tag.setChapterMarks(titled(tags.chapters()));
        }
        if (tags.coverImage() != null) {
            tag.setAlbumImage(tags.coverImage(), imageMimeType(tags.coverImage()),
                    AbstractID3v2Tag.PICTURETYPE_FRONTCOVER, "Cover");
        }
        return tag;
    }

    /** Podcast apps list chapters by title: an untitled one gets its number. */
    private static List<Timeline.ChapterMark> titled(List<Timeline.ChapterMark> chapters) {
        List<Timeline.ChapterMark> titled = new ArrayList<>();
        for (Timeline.ChapterMark chapter : chapters) {
            titled.add(present(chapter.title()) ? chapter : new Timeline.ChapterMark(
                    DEFAULT_CHAPTER_TITLE + (titled.size() + 1), chapter.startMillis(), chapter.endMillis()));
        }
        return titled;
    }

    private static String imageMimeType(byte[] image) {
        if (image.length >= 8 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return "image/png";
        }
        if (image.length >= 3 && (image[0] & 0xff) == 0xFF && (image[1] & 0xff) == 0xD8 && (image[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        throw new IllegalArgumentException("cover image is neither PNG nor JPEG (" + image.length + " bytes)");
    }

    private static String asciiUrl(String url) {
        try {
            return URI.create(url.strip()).toASCIIString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("article URL '" + url + "' is not a valid URL", e);
        }
    }

    private static void checkUntaggedMp3(Path source, byte[] head) throws IOException {
        if (head.length >= 3 && head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
            throw new IOException(source + " already has an ID3v2 tag; Id3Tagger writes the only one");
        }
        // every MPEG audio frame starts with 11 set bits
        if (head.length < 2 || (head[0] & 0xff) != 0xFF || (head[1] & 0xE0) != 0xE0) {
            throw new IOException(source + " does not start with an MPEG audio frame");
        }
    }

    private static byte[] toBytes(NarrationTag tag) {
        try {
            return tag.toBytes();
        } catch (NotSupportedException e) {
            throw new IllegalStateException("mp3agic could not write the ID3v2.4 tag", e);
        }
    }

    private static void setTextIfPresent(NarrationTag tag, String frameId, String text) {
        if (present(text)) {
            tag.setText(frameId, text);
        }
    }

    private static void addUserTextIfPresent(NarrationTag tag, String description, String value) {
        if (present(value)) {
            tag.addUserText(description, value);
        }
    }

    private static void require(String value, String field) {
        if (!present(value)) {
            throw new IllegalArgumentException("AudioTags." + field + " is blank: every narration must carry it");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
