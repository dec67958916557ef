package io.github.narrator.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org article a page describes in its {@code <script type="application/ld+json">}
 * blocks: found through arrays and {@code @graph}, read leniently (pages ship trailing commas,
 * raw control characters and HTML comments around the JSON).
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "asknewsarticle", "askpublicnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report", "satiricalarticle",
            "advertisercontentarticle", "medicalscholarlyarticle", "review", "recipe", "howto");

    /** Page types that say "this is not one article". */
    private static final Set<String> LISTING_TYPES = Set.of(
            "collectionpage", "searchresultspage", "itemlist", "profilepage", "website");

    /** Types that never describe the article itself. */
    private static final Set<String> OTHER_TYPES = Set.of(
            "organization", "newsmediaorganization", "website", "breadcrumblist", "person", "imageobject",
            "videoobject", "searchaction", "sitenavigationelement", "wpheader", "wpfooter", "wpsidebar",
            "collectionpage", "searchresultspage", "itemlist", "listitem");

    /**
     * The article node (or, when no node is typed as an article, the page node with a headline or date); null when
     * the page has no such node.
     */
    final @Nullable JsonNode article;
    /** Whether {@link #article} is typed as an article. */
    final boolean typedArticle;
    /** Every typed node of the page, in order. */
    final List<JsonNode> nodes;

    private JsonLd(@Nullable JsonNode article, boolean typedArticle, List<JsonNode> nodes) {
        this.article = article;
        this.typedArticle = typedArticle;
        this.nodes = nodes;
    }

    static JsonLd read(Document document) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : document.getElementsByTag("script")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            String json = script.data().strip();
            if (json.startsWith("<!--")) {
                json = json.substring(4);
            }
            if (json.endsWith("-->")) {
                json = json.substring(0, json.length() - 3);
            }
            json = json.replace("<![CDATA[", "").replace("]]>", "").strip();
            try {
                collect(MAPPER.readTree(json), nodes, 0);
            } catch (JsonProcessingException e) {
                // a broken block says nothing; the page's other metadata still counts
            }
        }
        JsonNode best = null;
        for (JsonNode node : nodes) {
            if (hasType(node, ARTICLE_TYPES) && (best == null || weight(node) > weight(best))) {
                best = node;
            }
        }
        if (best != null) {
            return new JsonLd(best, true, nodes);
        }
        // a WebPage, MedicalWebPage or ClaimReview that carries the headline or the dates
        for (JsonNode node : nodes) {
            if (!hasType(node, OTHER_TYPES) && weight(node) >= 2 && (best == null || weight(node) > weight(best))) {
                best = node;
            }
        }
        return new JsonLd(best, false, nodes);
    }

    private static void collect(@Nullable JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                into.add(node);
            }
            collect(node.get("@graph"), into, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, into, depth + 1);
            }
        }
    }

    /** Prefers the node that says the most about an article. */
    private static int weight(JsonNode node) {
        int weight = 0;
        if (node.hasNonNull("headline")) {
            weight += 4;
        }
        if (node.hasNonNull("datePublished")) {
            weight += 2;
        }
        if (node.hasNonNull("articleBody")) {
            weight += 2;
        }
        if (node.hasNonNull("author")) {
            weight += 1;
        }
        return weight;
    }

    static boolean hasType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (types.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    /** True when the page calls itself a listing (collection, search results) and no article. */
    boolean isListing() {
        if (typedArticle) {
            return false;
        }
        for (JsonNode node : nodes) {
            if (hasType(node, LISTING_TYPES) && !hasType(node, Set.of("website"))) {
                return true;
            }
        }
        return false;
    }

    /** The article's field as {@link #text(JsonNode) text}; null when there is no article or no such field. */
    @Nullable String text(String field) {
        return article == null ? null : text(article.get(field));
    }

    /**
     * A field as text: a string, the first of an array, or an object's url / name / @id; null when the field is
     * absent, JSON null, blank or holds none of these.
     */
    static @Nullable String text(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                String text = text(item);
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        if (value.isObject()) {
            for (String key : List.of("url", "name", "@id", "contentUrl")) {
                String text = text(value.get(key));
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** Names of the article's authors that are people, not organisations. */
    List<String> authorNames() {
        List<String> names = new ArrayList<>();
        if (article == null) {
            return names;
        }
        JsonNode authors = article.get("author");
        if (authors == null) {
            authors = article.get("creator");
        }
        if (authors == null) {
            return names;
        }
        for (JsonNode author : authors.isArray() ? authors : List.of(authors)) {
            if (author.isTextual()) {
                names.add(author.asText());
            } else if (author.isObject() && !hasType(author, Set.of("organization", "newsmediaorganization"))) {
                String name = text(author.get("name"));
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** False only when the article says so ({@code isAccessibleForFree: false}). */
    boolean isFree() {
        if (article == null || !article.has("isAccessibleForFree")) {
            return true;
        }
        return !article.get("isAccessibleForFree").asText().equalsIgnoreCase("false");
    }
}
