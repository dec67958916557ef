package io.github.narrator.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the extractor decides what is an article it may hand on.
 *
 * @param minBodyWords fewer body words than this and the page is refused (a paywall stub, a teaser)
 * @param languages    primary language subtags the narrating voice can read ("en"); empty accepts any
 *                     language, which is what a benchmark over multilingual pages wants
 * @param voice        the voice named in the refusal of an unsupported language
 * @param siteRules    per-host include/exclude selectors, keyed by lower-case host name
 *                     ("www.example.com" and "example.com" are different keys)
 */
public record ExtractorSettings(int minBodyWords, Set<String> languages, String voice, Map<String, SiteRule> siteRules) {

    /** The property prefix read by {@link #fromProperties(Properties)}. */
    public static final String PREFIX = "narrator.extract.";

    public ExtractorSettings {
        if (minBodyWords < 1) {
            throw new IllegalArgumentException("minBodyWords must be at least 1, was " + minBodyWords);
        }
        languages = Set.copyOf(languages);
        siteRules = Map.copyOf(siteRules);
    }

    /** English only (the kevin16 voice), at least 50 words of body, no site rules. */
    public static ExtractorSettings defaults() {
        return new ExtractorSettings(50, Set.of("en"), "kevin16", Map.of());
    }

    /** The same settings accepting pages in any language. */
    public ExtractorSettings withAnyLanguage() {
        return new ExtractorSettings(minBodyWords, Set.of(), voice, siteRules);
    }

    /** The same settings with another minimum body length. */
    public ExtractorSettings withMinBodyWords(int words) {
        return new ExtractorSettings(words, languages, voice, siteRules);
    }

    /**
     * The same settings as the extraction benchmark applies them: any language, any length. What
     * the benchmark measures is extraction; which languages a voice reads and how short an article
     * may be are the pipeline's policy.
     */
    public ExtractorSettings forBenchmark() {
        return new ExtractorSettings(1, Set.of(), voice, siteRules);
    }

    public ExtractorSettings withSiteRule(String host, SiteRule rule) {
        Map<String, SiteRule> rules = new LinkedHashMap<>(siteRules);
        rules.put(host.toLowerCase(Locale.ROOT), rule);
        return new ExtractorSettings(minBodyWords, languages, voice, rules);
    }

    /** The rule for a page's host, or null. */
    SiteRule ruleFor(String host) {
        return host == null ? null : siteRules.get(host.toLowerCase(Locale.ROOT));
    }

    boolean acceptsLanguage(String languageTag) {
        if (languages.isEmpty()) {
            return true;
        }
        String primary = languageTag.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return languages.contains(primary);
    }

    /**
     * Reads settings from properties, defaults for what is missing:
     * <pre>
     * narrator.extract.min-body-words = 50
     * narrator.extract.languages = en          (comma separated; "*" accepts any)
     * narrator.extract.voice = kevin16
     * narrator.extract.site.www.example.com.include = div.story-text
     * narrator.extract.site.www.example.com.exclude = .promo, .inline-related
     * </pre>
     * Selector lists are comma separated, as in CSS.
     */
    public static ExtractorSettings fromProperties(Properties properties) {
        ExtractorSettings defaults = defaults();
        int minWords = defaults.minBodyWords();
        String minText = properties.getProperty(PREFIX + "min-body-words");
        if (minText != null) {
            try {
                minWords = Integer.parseInt(minText.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + "min-body-words is not a number: " + minText);
            }
        }
        Set<String> languages = defaults.languages();
        String languageText = properties.getProperty(PREFIX + "languages");
        if (languageText != null) {
            languages = new TreeSet<>();
            for (String language : languageText.split(",")) {
                String tag = language.strip().toLowerCase(Locale.ROOT);
                if (tag.equals("*")) {
                    languages.clear();
                    break;
                }
                if (!tag.isEmpty()) {
                    languages.add(tag);
                }
            }
        }
        String voice = properties.getProperty(PREFIX + "voice", defaults.voice()).strip();
        return new ExtractorSettings(minWords, languages, voice, siteRules(properties));
    }

    private static Map<String, SiteRule> siteRules(Properties properties) {
        String sitePrefix = PREFIX + "site.";
        Map<String, List<String>> includes = new LinkedHashMap<>();
        Map<String, List<String>> excludes = new LinkedHashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!key.startsWith(sitePrefix)) {
                continue;
            }
            String rest = key.substring(sitePrefix.length());
            int dot = rest.lastIndexOf('.');
            String host = dot > 0 ? rest.substring(0, dot).toLowerCase(Locale.ROOT) : "";
            String kind = dot > 0 ? rest.substring(dot + 1) : rest;
            List<String> selectors = List.of(properties.getProperty(key).strip());
            switch (kind) {
                case "include" -> includes.put(host, selectors);
                case "exclude" -> excludes.put(host, selectors);
                default -> throw new IllegalArgumentException(
                        "unknown site rule " + key + ": expected " + sitePrefix + "<host>.include or .exclude");
            }
            if (host.isEmpty()) {
                throw new IllegalArgumentException("site rule " + key + " names no host");
            }
        }
        Map<String, SiteRule> rules = new LinkedHashMap<>();
        Set<String> hosts = new TreeSet<>(includes.keySet());
        hosts.addAll(excludes.keySet());
        for (String host : hosts) {
            rules.put(host, new SiteRule(includes.getOrDefault(host, List.of()), excludes.getOrDefault(host, List.of())));
        }
        return rules;
    }
}
