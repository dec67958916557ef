package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Overlapping runs of four words: how much of one text another one holds, word order kept. */
final class Shingles {

    private static final int SIZE = 4;

    private final Set<String> shingles = new HashSet<>();

    Shingles(String text) {
        shingles.addAll(of(text));
    }

    int size() {
        return shingles.size();
    }

    /** The share of this text's shingles that the blocks hold. */
    double coverage(List<TextBlock> blocks) {
        if (shingles.isEmpty()) {
            return 0;
        }
        Set<String> found = new HashSet<>();
        for (TextBlock block : blocks) {
            for (String shingle : of(block.text)) {
                if (shingles.contains(shingle)) {
                    found.add(shingle);
                }
            }
        }
        return (double) found.size() / shingles.size();
    }

    /** The share of a block's shingles that this text holds; short blocks compare word by word. */
    double contains(TextBlock block) {
        List<String> own = of(block.text);
        if (own.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String shingle : own) {
            if (shingles.contains(shingle)) {
                hits++;
            }
        }
        return (double) hits / own.size();
    }

    /** The text's shingles as hashes: cheap to compare, for telling whether a block repeats another. */
    static long[] hashes(String text) {
        long[] words = new long[16];
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = hash * 31 + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord) {
                if (count == words.length) {
                    words = java.util.Arrays.copyOf(words, count * 2);
                }
                words[count++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        if (count < SIZE) {
            return new long[0];
        }
        long[] shingles = new long[count - SIZE + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 17;
            for (int j = 0; j < SIZE; j++) {
                h = h * 1_000_003 + words[i + j];
            }
            shingles[i] = h;
        }
        return shingles;
    }

    private static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i + SIZE <= words.size(); i++) {
            result.add(String.join(" ", words.subList(i, i + SIZE)));
        }
        return result;
    }
}
