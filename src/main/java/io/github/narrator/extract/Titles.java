package io.github.narrator.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Picks the headline and strips the " | Site name" that pages append to their titles. */
final class Titles {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|·|»|/)\\s+");

    private Titles() {
    }

    /**
     * The headline from the first source that has one (JSON-LD, og:title, twitter:title, h1,
     * {@code <title>}), without the site's name; a JSON-LD headline cut short is replaced by the
     * og:title it is a prefix of. Any source may be null when the page lacks it; the result is null when
     * none of them holds text.
     */
    static @Nullable String choose(@Nullable String jsonLd, @Nullable String og, @Nullable String twitter,
                                   @Nullable String h1, String documentTitle, @Nullable String siteName,
                                   @Nullable String host) {
        String ld = MetadataReader.clean(jsonLd);
        String ogTitle = strip(MetadataReader.clean(og), siteName, host);
        String title = ld != null ? strip(ld, siteName, host) : null;
        if (title != null && ogTitle != null) {
            String prefix = BoilerplateFilter.key(title.replaceAll("(\\.\\.\\.|…)$", ""));
            if (ogTitle.length() > title.length() && BoilerplateFilter.key(ogTitle).startsWith(prefix)) {
                title = ogTitle;
            }
        }
        for (String candidate : Arrays.asList(ogTitle, MetadataReader.clean(twitter), MetadataReader.clean(h1),
                MetadataReader.clean(documentTitle))) {
            if (title == null && candidate != null) {
                title = strip(candidate, siteName, host);
            }
        }
        String heading = MetadataReader.clean(h1);
        if (title != null && heading != null && heading.length() < title.length() && heading.split(" ").length >= 3
                && BoilerplateFilter.key(title).startsWith(BoilerplateFilter.key(heading))) {
            title = heading;
        }
        return title;
    }

    /**
     * Removes leading or trailing segments that name the site ("Title | Site", "Site - Title"); a null title, or
     * a null site name or host (not known), is taken as it is.
     */
    static @Nullable String strip(@Nullable String title, @Nullable String siteName, @Nullable String host) {
        if (title == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(title)));
        while (parts.size() > 1) {
            if (namesSite(parts.get(parts.size() - 1), siteName, host)) {
                parts.remove(parts.size() - 1);
            } else if (namesSite(parts.get(0), siteName, host)) {
                parts.remove(0);
            } else {
                break;
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        // rebuild from the original text so the separators inside the headline survive
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        int start = title.indexOf(first);
        int end = title.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? title.substring(start, end) : title;
    }

    private static boolean namesSite(String segment, @Nullable String siteName, @Nullable String host) {
        String key = BoilerplateFilter.key(segment);
        if (key.isEmpty()) {
            return true;
        }
        if (siteName != null) {
            String site = BoilerplateFilter.key(siteName);
            if (key.equals(site) || key.equals("the" + site) || site.equals("the" + key)) {
                return true;
            }
        }
        if (host != null) {
            String hostKey = BoilerplateFilter.key(host.replaceFirst("^www\\.", ""));
            String hostName = BoilerplateFilter.key(host.replaceFirst("^www\\.", "").replaceFirst("\\.[a-z.]+$", ""));
            return key.equals(hostKey) || key.equals(hostName);
        }
        return false;
    }
}
