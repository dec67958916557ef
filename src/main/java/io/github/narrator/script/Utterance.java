package io.github.narrator.script;

/**
 * One sentence of the script.
 *
 * @param written           the sentence as the article wrote it (the transcript shows this)
 * @param spoken            what the voice is given to say (numbers, dates, abbreviations expanded)
 * @param pauseBeforeMillis silence before the sentence: 0 inside a paragraph, longer at paragraph
 *                          and section starts
 * @param role              which part of the script the sentence belongs to
 */
public record Utterance(String written, String spoken, int pauseBeforeMillis, Role role) {

    public static final int PARAGRAPH_PAUSE_MILLIS = 500;
    public static final int SECTION_PAUSE_MILLIS = 1000;

    public enum Role { TITLE, BYLINE, DATE, DISCLOSURE, HEADING, BODY, OUTRO }
}
