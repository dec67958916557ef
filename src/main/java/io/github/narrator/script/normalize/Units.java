package io.github.narrator.script.normalize;

import java.util.LinkedHashMap;
import java.util.Map;

/** Unit symbols and their names (from {@code units.txt}): "km" → kilometer / kilometers. */
final class Units {

    private record Names(String singular, String plural) {
    }

    /** The bundled units. */
    static final Units STANDARD = new Units("units.txt");

    private final Map<String, Names> names = new LinkedHashMap<>();

    Units(String resource) {
        Tables.pairs(resource).forEach((symbol, value) -> {
            String[] forms = value.split("\\|");
            if (forms.length != 2) {
                throw new IllegalStateException(resource + ": expected 'symbol = singular | plural' for " + symbol);
            }
            names.put(symbol, new Names(forms[0].strip(), forms[1].strip()));
        });
    }

    /** An alternation that matches any symbol, longest first. */
    String regex() {
        return Tables.alternation(names.keySet());
    }

    String singular(String symbol) {
        return names.get(symbol).singular();
    }

    String plural(String symbol) {
        return names.get(symbol).plural();
    }
}
