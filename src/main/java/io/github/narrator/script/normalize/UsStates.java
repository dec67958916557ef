package io.github.narrator.script.normalize;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** US states by postal code ("TX"), AP abbreviation ("Tex.", "N.Y.") and name, from {@code us-states.txt}. */
final class UsStates {

    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        Tables.pairs("us-states.txt").forEach((code, value) -> {
            String[] forms = value.split(" = ");
            NAMES.put(code, forms[1]);
            NAMES.put(forms[0], forms[1]);
            NAMES.put(forms[1], forms[1]);
        });
    }

    private UsStates() {
    }

    /** The state's name for a code, AP abbreviation or name; null when it is none of them. */
    static @Nullable String name(String written) {
        return NAMES.get(written);
    }

    /** An alternation of every code and AP abbreviation, longest first. */
    static String abbreviations() {
        return Tables.alternation(NAMES.keySet().stream().filter(form -> !NAMES.get(form).equals(form)).toList());
    }
}
