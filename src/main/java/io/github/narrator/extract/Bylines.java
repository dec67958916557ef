package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Who wrote the article: people's names from the metadata, never "Staff" or the publication. */
final class Bylines {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:written|posted|reported|words|story|text|analysis|opinion|review|interview|photos?)\\s+)?by[:\\s]+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "\\b(staff|desk|team|newsroom|editors?|editorial|admin|administrator|contributors?|wires?|agency"
                    + "|press|reuters|afp|bloomberg|news service|bureau|reports?|newsletter|correspondents?|digital"
                    + "|online|media|news|group|network|partners?|sponsored|guest|anonymous|unknown|writers?|sport|sports"
                    + "|business|insider|magazine|blog|podcast|monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\|)\\s*");

    private Bylines() {
    }

    /** The first source with people in it, names joined as "A, B and C"; null when there are none. */
    static @Nullable String choose(List<String> jsonLdNames, List<? extends @Nullable String> metaValues,
                                   @Nullable String domByline, @Nullable String siteName) {
        List<String> names = people(jsonLdNames, siteName);
        for (String value : metaValues) {
            if (names.isEmpty() && value != null) {
                names = people(List.of(value), siteName);
            }
        }
        if (names.isEmpty() && domByline != null) {
            names = people(List.of(domByline), siteName);
        }
        return join(names);
    }

    private static List<String> people(List<? extends @Nullable String> values, @Nullable String siteName) {
        Set<String> names = new LinkedHashSet<>();
        String site = siteName == null ? "" : BoilerplateFilter.key(siteName);
        for (String value : values) {
            String cleaned = MetadataReader.clean(value);
            if (cleaned == null) {
                continue;
            }
            for (String part : LIST_SEPARATOR.split(PREFIX.matcher(cleaned).replaceFirst(""))) {
                String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
                if (isPerson(name, site)) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static boolean isPerson(String name, String siteKey) {
        if (name.isEmpty() || name.length() > 60 || NOT_A_PERSON.matcher(name).find() || isAcronym(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '/' || c == ':' || c == '.' && i + 1 < name.length()
                    && Character.isLetter(name.charAt(i + 1))) {
                return false;
            }
        }
        int words = name.split("\\s+").length;
        String key = BoilerplateFilter.key(name);
        String site = siteKey.startsWith("the") ? siteKey.substring(3) : siteKey;
        boolean namesSite = !site.isEmpty() && (key.contains(site) || site.contains(key));
        return words <= 5 && !namesSite && Character.isLetter(name.charAt(0));
    }

    /** "AP", "PTI", "CNN", "MS": agencies and credentials, not names. */
    private static boolean isAcronym(String name) {
        if (name.length() > 5 || name.contains(" ")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable String join(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
