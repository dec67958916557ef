package io.github.narrator.api;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.github.narrator.fetch.FetchException;
import io.github.narrator.fetch.PageFetcher;
import io.github.narrator.fetch.SourcePolicy;
import io.github.narrator.files.Json;

/**
 * Reads the body of {@code POST /api/narrations}: {@code {"url": "https://..."}} or
 * {@code {"urls": ["https://...", ...]}}, each an http(s) article URL the API's policy allows. Any
 * problem refuses the whole request, naming it, so that a CMS never has half a request accepted.
 */
final class SubmittedUrls {

    static final int BAD_REQUEST = 400;
    static final int TOO_LARGE = 413;
    static final int UNPROCESSABLE = 422;

    private SubmittedUrls() {
    }

    /** The URLs, normalised and without repeats, in the order given. */
    static List<String> parse(byte[] body, int maxUrls, SourcePolicy policy) throws ApiRefusal {
        JsonNode root = json(body);
        if (!root.isObject()) {
            throw new ApiRefusal(BAD_REQUEST, "the body must be a JSON object: {\"url\": \"https://...\"} or {\"urls\": [...]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("url") && !name.equals("urls")) {
                throw new ApiRefusal(BAD_REQUEST, "unknown field '" + name + "' (the body takes \"url\" or \"urls\")");
            }
        }
        List<String> given = given(root);
        if (given.size() > maxUrls) {
            throw new ApiRefusal(TOO_LARGE, given.size() + " URLs in one request; at most " + maxUrls
                    + " (narrator.api.max-urls): send the rest in another request");
        }
        Set<String> urls = new LinkedHashSet<>();
        List<ApiRefusal.RefusedUrl> refused = new ArrayList<>();
        for (String url : given) {
            try {
                urls.add(checked(url, policy));
            } catch (FetchException e) {
                refused.add(new ApiRefusal.RefusedUrl(url, reason(e)));
            }
        }
        if (!refused.isEmpty()) {
            throw new ApiRefusal(UNPROCESSABLE, refused.size() + " of " + given.size()
                    + " URLs refused by the source policy (narrator.api.allow-hosts); nothing was queued", refused);
        }
        return List.copyOf(urls);
    }

    private static JsonNode json(byte[] body) throws ApiRefusal {
        if (body.length == 0) {
            throw new ApiRefusal(BAD_REQUEST, "the body is empty: send {\"url\": \"https://...\"}");
        }
        try {
            JsonNode root = Json.MAPPER.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new ApiRefusal(BAD_REQUEST, "the body is empty: send {\"url\": \"https://...\"}");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ApiRefusal(BAD_REQUEST, "the body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiRefusal(BAD_REQUEST, "the body could not be read as JSON: " + e.getMessage());
        }
    }

    private static List<String> given(JsonNode root) throws ApiRefusal {
        JsonNode one = root.get("url");
        JsonNode many = root.get("urls");
        if ((one == null) == (many == null)) {
            throw new ApiRefusal(BAD_REQUEST, one == null ? "the body has neither \"url\" nor \"urls\""
                    : "the body has both \"url\" and \"urls\": send one of them");
        }
        if (one != null) {
            if (!one.isTextual()) {
                throw new ApiRefusal(BAD_REQUEST, "\"url\" must be a string, not " + kind(one));
            }
            return List.of(one.textValue());
        }
        if (!many.isArray() || many.isEmpty()) {
            throw new ApiRefusal(BAD_REQUEST, "\"urls\" must be a non-empty array of strings, not " + kind(many));
        }
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < many.size(); i++) {
            if (!many.get(i).isTextual()) {
                throw new ApiRefusal(BAD_REQUEST, "\"urls\"[" + i + "] must be a string, not " + kind(many.get(i)));
            }
            urls.add(many.get(i).textValue());
        }
        return urls;
    }

    /** An absolute http(s) URL the policy allows, as the pipeline will know it. */
    private static String checked(String url, SourcePolicy policy) throws FetchException {
        String trimmed = url.strip();
        if (!trimmed.toLowerCase(Locale.ROOT).matches("https?://.*")) {
            throw FetchException.permanent(url, "refused: not an absolute http(s) URL");
        }
        URI uri = PageFetcher.toUri(trimmed);
        policy.check(uri);
        return uri.toString();
    }

    /** The exception's reason without the URL it starts with (the URL is reported beside it). */
    private static String reason(FetchException e) {
        String message = e.getMessage();
        return e.url() != null && message.startsWith(e.url() + ": ") ? message.substring(e.url().length() + 2) : message;
    }

    private static String kind(JsonNode node) {
        return node.isArray() && node.isEmpty() ? "an empty array" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
