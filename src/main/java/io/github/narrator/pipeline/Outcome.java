package io.github.narrator.pipeline;

/** How one input of a batch ended. Later values win when one article arrives by several sources. */
public enum Outcome {
    UNCHANGED, FAILED, NARRATED
}
