package io.github.narrator.audio;

import io.github.narrator.testing.Prerequisites;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.mpatric.mp3agic.AbstractID3v2Tag;
import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2Frame;
import com.mpatric.mp3agic.ID3v2TextFrameData;
import com.mpatric.mp3agic.Mp3File;

import io.github.narrator.speech.Timeline;

class Id3TaggerTest {

    private static final String LABEL = "This audio is created with AI assistance";

    @TempDir
    Path dir;
    private Path untagged;
    private Path tagged;

    @BeforeEach
    void encodeThreeSeconds() throws IOException {
        untagged = dir.resolve("untagged.mp3");
        tagged = dir.resolve("narration.mp3");
        Files.write(untagged, Mp3EncoderTest.encode(Mp3EncoderTest.sine(440, 48_000), 48));
    }

    @Test
    void writesEveryFrameAndMp3agicReadsThemBack() throws Exception {
        byte[] cover = png();
        new Id3Tagger().tag(untagged, tagged, tags(List.of(
                new Timeline.ChapterMark("Intro", 0, 1200),
                new Timeline.ChapterMark("What changed", 1200, 3000)), cover));

        Mp3File mp3 = new Mp3File(tagged.toString());
        assertTrue(mp3.hasId3v2Tag());
        ID3v2 tag = mp3.getId3v2Tag();
        assertEquals("4.0", tag.getVersion());
        assertEquals("Harbour bridge reopens after repairs", tag.getTitle());
        assertEquals("Narrator synthetic voice (FreeTTS kevin16)", tag.getArtist());
        assertEquals("The Example Gazette", tag.getAlbum());
        assertEquals(LABEL, tag.getComment());
        assertEquals("https://news.example/bridge", tag.getAudioSourceUrl());
        assertEquals("2025-06-02T00:31:00", text(tag, "TDRL"));
        assertEquals("Narrator/0.1.0", text(tag, "TSSE"));
        assertEquals(Map.of(
                "AI_DISCLOSURE", LABEL,
                "DIGITAL_SOURCE_TYPE", AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA,
                "SOURCE_URL", "https://news.example/bridge",
                "TTS_ENGINE", "FreeTTS 1.2.2",
                "TTS_VOICE", "kevin16"), userTexts(tag));

        List<ID3v2ChapterFrameData> chapters = tag.getChapters();
        assertEquals(2, chapters.size());
        assertEquals("chp1", chapters.get(1).getId());
        assertEquals(1200, chapters.get(1).getStartTime());
        assertEquals(3000, chapters.get(1).getEndTime());
        assertEquals("What changed", new ID3v2TextFrameData(false,
                chapters.get(1).getSubframes().get(0).getData()).getText().toString());
        ID3v2ChapterTOCFrameData toc = tag.getChapterTOC().get(0);
        assertTrue(toc.isRoot() && toc.isOrdered());
        assertArrayEquals(new String[] {"chp0", "chp1"}, toc.getChildren());

        assertArrayEquals(cover, tag.getAlbumImage());
        assertEquals("image/png", tag.getAlbumImageMimeType());
        assertEquals(3, mp3.getLengthInSeconds());
    }

    @Test
    void ffprobeReadsTheTagsAndChapters() throws Exception {
        Prerequisites.tool("ffprobe", "-version");
        String longHeading = "Négociations à Istanbul — ".repeat(8);
        new Id3Tagger().tag(untagged, tagged, tags(List.of(
                new Timeline.ChapterMark("Intro", 0, 1200),
                new Timeline.ChapterMark(longHeading, 1200, 3000)), null));

        JsonNode probe = Ffprobe.probe(tagged);
        JsonNode chapters = probe.get("chapters");
        assertEquals(2, chapters.size());
        assertEquals("Intro", chapters.get(0).at("/tags/title").asText());
        assertEquals(NarrationTag.fitted(longHeading), chapters.get(1).at("/tags/title").asText());
        assertEquals(1.2, chapters.get(1).get("start_time").asDouble(), 1e-6);
        assertEquals(3.0, chapters.get(1).get("end_time").asDouble(), 1e-6);

        JsonNode format = probe.at("/format/tags");
        assertEquals("Harbour bridge reopens after repairs", format.get("title").asText());
        assertEquals("Narrator synthetic voice (FreeTTS kevin16)", format.get("artist").asText());
        assertEquals("The Example Gazette", format.get("album").asText());
        assertEquals("2025-06-02T00:31:00", format.get("date").asText());
        assertEquals(LABEL, format.get("comment").asText());
        assertEquals("Narrator/0.1.0", format.get("encoder").asText());
        assertEquals(LABEL, format.get("AI_DISCLOSURE").asText());
        assertEquals(AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA, format.get("DIGITAL_SOURCE_TYPE").asText());
        assertEquals("https://news.example/bridge", format.get("SOURCE_URL").asText());
        assertEquals("FreeTTS 1.2.2", format.get("TTS_ENGINE").asText());
        assertEquals("kevin16", format.get("TTS_VOICE").asText());
    }

    @Test
    void longChapterTitlesAreShortenedToWhatEveryReaderParses() {
        assertEquals("What changed", NarrationTag.fitted("What changed"));
        String fitted = NarrationTag.fitted("Négociations à Istanbul — ".repeat(8));
        assertTrue(fitted.endsWith("\u2026"), fitted);
        assertTrue(fitted.getBytes(StandardCharsets.UTF_8).length <= 126, fitted);
        assertTrue(fitted.getBytes(StandardCharsets.UTF_8).length > 120, fitted);
    }

    @Test
    void copiesTheAudioUnchangedAfterTheTag() throws IOException {
        new Id3Tagger().tag(untagged, tagged, tags(List.of(), null));
        byte[] source = Files.readAllBytes(untagged);
        byte[] target = Files.readAllBytes(tagged);
        int tagLength = MpegFrames.id3v2Length(target);
        List<MpegFrames.Frame> frames = MpegFrames.of(target);
        assertEquals("Info", new String(target, frames.get(0).offset() + 13, 4, StandardCharsets.US_ASCII),
                "the Xing/LAME Info frame comes first");
        int audioStart = tagLength + frames.get(0).length();
        assertArrayEquals(source, Arrays.copyOfRange(target, audioStart, target.length));
        assertEquals(MpegFrames.of(source).size() + 1, frames.size());
    }

    @Test
    void leavesOutOptionalFramesThatHaveNoValue() throws Exception {
        AudioTags minimal = new AudioTags("Title", "Voice", null, null, null, LABEL,
                AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA, "FreeTTS 1.2.2", "kevin16", "Narrator/0.1.0", List.of(), null);
        new Id3Tagger().tag(untagged, tagged, minimal);
        AbstractID3v2Tag tag = (AbstractID3v2Tag) new Mp3File(tagged.toString()).getId3v2Tag();
        assertNull(tag.getAlbum());
        assertNull(tag.getAudioSourceUrl());
        assertFalse(tag.getFrameSets().containsKey("TDRL"));
        assertFalse(tag.getFrameSets().containsKey("CHAP"));
        assertFalse(tag.getFrameSets().containsKey("CTOC"));
        assertFalse(tag.getFrameSets().containsKey("APIC"));
        assertEquals(4, userTexts(tag).size());
    }

    @Test
    void refusesANarrationWithoutTheDisclosure() {
        AudioTags unmarked = new AudioTags("Title", "Voice", null, null, null, " ",
                AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA, null, null, null, List.of(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Id3Tagger().tag(untagged, tagged, unmarked));
        assertTrue(e.getMessage().contains("disclosureLabel"), e.getMessage());
        assertFalse(Files.exists(tagged));
    }

    @Test
    void refusesSourcesThatAreNotUntaggedMp3() throws IOException {
        Path text = Files.writeString(dir.resolve("page.html"), "<html>");
        IOException notMp3 = assertThrows(IOException.class, () -> new Id3Tagger().tag(text, tagged, tags(List.of(), null)));
        assertTrue(notMp3.getMessage().contains("page.html"), notMp3.getMessage());

        new Id3Tagger().tag(untagged, tagged, tags(List.of(), null));
        Path again = dir.resolve("again.mp3");
        IOException twice = assertThrows(IOException.class, () -> new Id3Tagger().tag(tagged, again, tags(List.of(), null)));
        assertTrue(twice.getMessage().contains("already has an ID3v2 tag"), twice.getMessage());
    }

    @Test
    void refusesACoverThatIsNotAnImage() {
        byte[] notAnImage = "GIF89a".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IllegalArgumentException.class, () -> new Id3Tagger().tag(untagged, tagged, tags(List.of(), notAnImage)));
    }

    static AudioTags tags(List<Timeline.ChapterMark> chapters, byte[] cover) {
        return new AudioTags(
                "Harbour bridge reopens after repairs",
                "Narrator synthetic voice (FreeTTS kevin16)",
                "The Example Gazette",
                "2025-06-02T03:31:00+03:00",
                "https://news.example/bridge",
                LABEL,
                AudioTags.IPTC_TRAINED_ALGORITHMIC_MEDIA,
                "FreeTTS 1.2.2",
                "kevin16",
                "Narrator/0.1.0",
                chapters,
                cover);
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static String text(ID3v2 tag, String frameId) throws Exception {
        ID3v2Frame frame = tag.getFrameSets().get(frameId).getFrames().get(0);
        return new ID3v2TextFrameData(false, frame.getData()).getText().toString();
    }

    private static Map<String, String> userTexts(ID3v2 tag) throws Exception {
        Map<String, String> values = new HashMap<>();
        for (ID3v2Frame frame : tag.getFrameSets().get("TXXX").getFrames()) {
            UserTextFrameData data = UserTextFrameData.parse(frame.getData());
            values.put(data.description(), data.value());
        }
        return values;
    }
}
