package io.github.narrator.script;

import io.github.narrator.extract.Article;

/** Writes what the narrator says about an article: intro, disclosure, body, outro. */
public class ScriptWriter {

    private final ScriptSettings settings;

    public ScriptWriter(ScriptSettings settings) {
        this.settings = settings;
    }

    public Script write(Article article) {
        throw new UnsupportedOperationException("TODO: script stage");
    }
}
