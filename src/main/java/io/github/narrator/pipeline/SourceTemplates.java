package io.github.narrator.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.RouteTemplateDefinition;
import org.apache.camel.model.RouteTemplateParameterDefinition;
import org.apache.camel.util.StringHelper;

import io.github.narrator.fetch.FetchException;

/**
 * The route templates a source in {@code routes/*.yaml} is an instance of: a feed, a sitemap, a URL
 * list, or a drop folder. A source is then a few lines naming the template and its parameters:
 * <pre>
 * - templatedRoute:
 *     routeTemplateRef: feed
 *     routeId: example-news
 *     parameters:
 *       - {name: url, value: "https://news.example/rss.xml"}
 * </pre>
 * The route id names the source (in metadata.json and the per-source feeds). Each route polls on a
 * timer of its own, so one slow site never holds up the others.
 */
final class SourceTemplates extends RouteBuilder {

    static final String FEED = "feed";
    static final String SITEMAP = "sitemap";
    static final String URL_LIST = "url-list";
    static final String DROP_FOLDER = "drop-folder";

    /** A template parameter the templates fill in themselves, never the user. */
    private static final String TIMER = "timer";

    private final AtomicInteger timers = new AtomicInteger();

    @Override
    public void configure() {
        polled(FEED, NarratorRoutes.FEED, "an RSS 2.0 or Atom feed");
        polled(SITEMAP, NarratorRoutes.SITEMAP, "an XML sitemap or sitemap index (.xml.gz too)");
        polled(URL_LIST, NarratorRoutes.URL_LIST, "a list of article URLs or paths, one a line, # for comments");

        routeTemplate(DROP_FOLDER)
                .templateParameter("path", null, "the folder whose article files are narrated")
                .templateParameter("include", "(?i).*\\.html?", "the file names taken (a regular expression)")
                .templateParameter("period", "1s", "how often the folder is looked at")
                // noop: the user's files stay where they are; a changed file (new modification time) is taken again
                .from("file:{{path}}?include=RAW({{include}})&noop=true&idempotentKey=${file:name}-${file:modified}"
                        + "&initialDelay=0&delay={{period}}&repeatCount={{narrator.poll.repeat}}")
                .to(NarratorRoutes.FILE);

        Model model = getCamelContext().getCamelContextExtension().getContextPlugin(Model.class);
        for (String template : List.of(FEED, SITEMAP, URL_LIST, DROP_FOLDER)) {
            model.addRouteTemplateDefinitionConverter(template, this::instantiate);
        }
    }

    /** A document read every {@code period} ({@code run --once}: once) for the article links it lists. */
    private void polled(String id, String entryPoint, String what) {
        routeTemplate(id)
                .templateParameter("url", null, "the URL or path of " + what)
                .templateParameter("allowHosts", "", "hosts besides the document's own that its links may point to "
                        + "(comma-separated, * for any public host)")
                .templateParameter("period", "{{narrator.poll.period}}", "how often the document is read")
                .templateBean("document", Processor.class, rtc -> document(rtc.getProperty("url", String.class),
                        rtc.getProperty("allowHosts", String.class)))
                .from("timer:{{" + TIMER + "}}?delay=0&period={{period}}&repeatCount={{narrator.poll.repeat}}")
                .process("{{document}}")
                .to(entryPoint);
    }

    /** Checked when the route is created, so that a source with a bad URL stops the run before it starts. */
    private static Processor document(String url, String allowHosts) {
        SourceDocument document;
        try {
            document = SourceDocument.named(url, allowHosts);
        } catch (FetchException | IllegalArgumentException e) {
            throw new IllegalArgumentException("a source's url: " + e.getMessage(), e);
        }
        return exchange -> exchange.getIn().setBody(document);
    }

    /**
     * Makes one route of a template: refuses parameters the template does not have (a misspelt
     * {@code allowHosts} would otherwise be ignored without a word), and gives the route a timer of its own.
     */
    private RouteDefinition instantiate(RouteTemplateDefinition template, Map<String, Object> parameters) {
        Set<String> known = template.getTemplateParameters().stream()
                .map(RouteTemplateParameterDefinition::getName).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String name : parameters.keySet()) {
            if (!known.contains(StringHelper.dashToCamelCase(name))) {
                throw new IllegalArgumentException("the " + template.getId() + " source template has no parameter '" + name
                        + "' (it has " + String.join(", ", known) + "), in the source of " + location(parameters));
            }
        }
        if (template.getId().equals(DROP_FOLDER)) {
            requireFolder(parameters.get("path"));
        }
        parameters.put(TIMER, "narrator-source-" + timers.incrementAndGet());
        return template.asRouteDefinition();
    }

    /** A drop folder must exist: Camel would create it, and the run would quietly find nothing to narrate. */
    private static void requireFolder(Object path) {
        String folder = path == null ? "" : path.toString();
        if (!folder.isBlank() && !folder.contains("{{") && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(folder))) {
            throw new IllegalArgumentException("the drop-folder source's folder " + java.nio.file.Path.of(folder).toAbsolutePath()
                    + " does not exist (create it, or correct its path)");
        }
    }

    /** What names a source before it has its route id: its url or path. */
    private static Object location(Map<String, Object> parameters) {
        return parameters.getOrDefault("url", parameters.getOrDefault("path", "(none given)"));
    }
}
