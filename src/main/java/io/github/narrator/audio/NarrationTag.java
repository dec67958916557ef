package io.github.narrator.audio;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.mpatric.mp3agic.ID3v24Tag;
import com.mpatric.mp3agic.ID3v2ChapterFrameData;
import com.mpatric.mp3agic.ID3v2ChapterTOCFrameData;
import com.mpatric.mp3agic.ID3v2Frame;

import io.github.narrator.speech.Timeline;

/**
 * An ID3v2.4 tag with the frames mp3agic has no setter for: any text frame in UTF-8, TXXX, and
 * titled chapters with a table of contents.
 *
 * <p>A chapter's title is a frame inside the CHAP frame. ID3v2.4 gives its size syncsafe, as every
 * v2.4 frame; FFmpeg (and with it most players) and mp3agic read it as a plain integer. The two
 * encodings agree below 128, so titles are shortened to fit; the full heading is still spoken and
 * in the transcript.
 */
final class NarrationTag extends ID3v24Tag {

    /** CHAP offsets of all ones mean "use the times". */
    private static final int NO_BYTE_OFFSET = -1;
    /** A title frame's body is the encoding byte and the text: 127 bytes at most. */
    private static final int MAX_TITLE_BYTES = 126;
    private static final String ELLIPSIS = "\u2026";

    void setText(String frameId, String text) {
        addFrame(createFrame(frameId, new Utf8TextFrameData(text).bytes()), true);
    }

    void addUserText(String description, String value) {
        addFrame(createFrame("TXXX", new UserTextFrameData(description, value).bytes()), false);
    }

    /** One CHAP frame per chapter, titled, and a root CTOC listing them in order. */
    void setChapterMarks(List<Timeline.ChapterMark> chapters) {
        ArrayList<ID3v2ChapterFrameData> frames = new ArrayList<>();
        String[] ids = new String[chapters.size()];
        for (int i = 0; i < chapters.size(); i++) {
            Timeline.ChapterMark mark = chapters.get(i);
            ids[i] = "chp" + i;
            ID3v2ChapterFrameData chapter = new ID3v2ChapterFrameData(false, ids[i],
                    Math.toIntExact(mark.startMillis()), Math.toIntExact(mark.endMillis()), NO_BYTE_OFFSET, NO_BYTE_OFFSET);
            ArrayList<ID3v2Frame> title = new ArrayList<>();
            title.add(createFrame("TIT2", new Utf8TextFrameData(fitted(mark.title())).bytes()));
            chapter.setSubframes(title);
            frames.add(chapter);
        }
        setChapters(frames);
        ArrayList<ID3v2ChapterTOCFrameData> toc = new ArrayList<>();
        toc.add(new ID3v2ChapterTOCFrameData(false, true, true, "toc", ids));
        setChapterTOC(toc);
    }

    /** The title, cut at a character boundary with an ellipsis if its UTF-8 form is too long. */
    static String fitted(String title) {
        if (utf8Length(title) <= MAX_TITLE_BYTES) {
            return title;
        }
        int budget = MAX_TITLE_BYTES - utf8Length(ELLIPSIS);
        int end = 0;
        while (end < title.length()) {
            int codePoint = title.codePointAt(end);
            budget -= utf8Length(Character.toString(codePoint));
            if (budget < 0) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return title.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
