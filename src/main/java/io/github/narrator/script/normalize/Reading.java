package io.github.narrator.script.normalize;

/** What a verbaliser says for the written text from the cursor up to {@code end}. */
record Reading(int end, String spoken, Token.Kind kind) {
}
