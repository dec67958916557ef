package io.github.narrator.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.camel.CamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.ToDefinition;
import org.jspecify.annotations.Nullable;

/**
 * Checks the routes before they start, so that a source that can never deliver stops the run with
 * a clear line instead of doing nothing quietly: a route that reads a folder that does not exist
 * (Camel would create it, empty, and the run would find "nothing new"), and a route that sends to a
 * {@code direct:} or {@code seda:} endpoint no route reads from (a misspelt entry point, whose
 * messages would go nowhere).
 */
final class RouteCheck {

    private RouteCheck() {
    }

    /** @throws IllegalArgumentException naming each problem, one a line */
    static void check(CamelContext context) {
        List<RouteDefinition> routes = context.getCamelContextExtension().getContextPlugin(Model.class).getRouteDefinitions();
        Set<String> consumed = new TreeSet<>();
        for (RouteDefinition route : routes) {
            String key = inMemoryEndpoint(resolved(context, route.getInput().getEndpointUri()));
            if (key != null) {
                consumed.add(key);
            }
        }
        List<String> problems = new ArrayList<>();
        for (RouteDefinition route : routes) {
            String from = resolved(context, route.getInput().getEndpointUri());
            // a drop-folder template checks its path when it is made (its URI is still a template here)
            if (from.startsWith("file:") && !route.isCreatedFromTemplate()) {
                Path folder = Path.of(withoutOptions(from.substring("file:".length()).replaceFirst("^//", "")));
                if (!Files.isDirectory(folder)) {
                    problems.add("route " + route.getRouteId() + " reads the folder " + folder.toAbsolutePath()
                            + ", which does not exist (create it, or correct the route)");
                }
            }
            for (ToDefinition to : ProcessorDefinitionHelper.filterTypeInOutputs(route.getOutputs(), ToDefinition.class)) {
                String uri = resolved(context, to.getUri());
                String key = inMemoryEndpoint(uri);
                if (key != null && !consumed.contains(key)) {
                    problems.add("route " + route.getRouteId() + " sends to " + withoutOptions(uri)
                            + ", which no route reads from (routes read from: " + String.join(", ", consumed) + ")");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
    }

    /** "direct:name" or "seda:name" for an endpoint only a route of this process can read; null for any other. */
    private static @Nullable String inMemoryEndpoint(String uri) {
        for (String scheme : List.of("direct:", "seda:")) {
            if (uri.startsWith(scheme)) {
                return scheme + withoutOptions(uri.substring(scheme.length()).replaceFirst("^//", ""));
            }
        }
        return null;
    }

    private static String withoutOptions(String uri) {
        int options = uri.indexOf('?');
        return options < 0 ? uri : uri.substring(0, options);
    }

    private static String resolved(CamelContext context, String uri) {
        if (uri == null) {
            return "";
        }
        try {
            return context.resolvePropertyPlaceholders(uri);
        } catch (RuntimeException templateOnly) {
            return uri; // a template's own parameter: resolved when the route is made
        }
    }
}
