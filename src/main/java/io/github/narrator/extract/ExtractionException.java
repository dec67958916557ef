package io.github.narrator.extract;

/** The page could not be turned into an article: not an article, no body text, unsupported language... */
public class ExtractionException extends Exception {

    public ExtractionException(String message) {
        super(message);
    }
}
