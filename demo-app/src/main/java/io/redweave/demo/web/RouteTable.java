package io.redweave.demo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every route of the demo, declared through one table so that each path answers the way HTTP says:
 * {@code HEAD} wherever {@code GET} is (with the status {@code GET} would give, never a bare 200),
 * {@code OPTIONS} with an {@code Allow} header, and a wrong method a 405 naming the right ones
 * (see {@link ErrorHandling}).
 */
public final class RouteTable {

    /** The order methods are listed in {@code Allow}. */
    static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final RoutesConfig routes;
    private final Map<String, Set<String>> methods = new LinkedHashMap<>();

    public RouteTable(RoutesConfig routes) {
        this.routes = routes;
    }

    /** A handler that runs before every route. */
    public RouteTable before(Handler handler) {
        routes.before(handler);
        return this;
    }

    /** A handler that runs before the routes under {@code path} (such as {@code /api/*}). */
    public RouteTable before(String path, Handler handler) {
        routes.before(path, handler);
        return this;
    }

    /** {@code GET path}, and {@code HEAD path} through the same handler (Jetty sends no body). */
    public RouteTable get(String path, Handler handler) {
        return get(path, handler, handler);
    }

    /** {@code GET path}, and {@code HEAD path} through {@code head}: for a page whose GET counts a view. */
    public RouteTable get(String path, Handler handler, Handler head) {
        add(HandlerType.GET, path, handler);
        return add(HandlerType.HEAD, path, head);
    }

    /** {@code POST path}. */
    public RouteTable post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    /** {@code PUT path}. */
    public RouteTable put(String path, Handler handler) {
        return add(HandlerType.PUT, path, handler);
    }

    /** {@code PATCH path}. */
    public RouteTable patch(String path, Handler handler) {
        return add(HandlerType.PATCH, path, handler);
    }

    /** {@code DELETE path}. */
    public RouteTable delete(String path, Handler handler) {
        return add(HandlerType.DELETE, path, handler);
    }

    /** Adds {@code OPTIONS} to every path declared so far: 204 with its {@code Allow}. */
    public void finish() {
        methods.forEach((path, declared) -> {
            declared.add("OPTIONS");
            String allow = allow(declared);
            routes.options(path, ctx -> ctx.header("Allow", allow).status(204));
        });
    }

    /** The methods of a comma-separated list, in the order of {@code Allow} (GET, HEAD, POST, ...). */
    static String allow(Set<String> names) {
        return names.stream()
                .sorted(Comparator.comparingInt((String m) -> ORDER.contains(m) ? ORDER.indexOf(m) : ORDER.size())
                        .thenComparing(Comparator.naturalOrder()))
                .collect(Collectors.joining(", "));
    }

    /** {@link #allow(Set)} of a list as Javalin reports it ("GET, POST, HEAD"). */
    static String allow(String list) {
        Set<String> names = new TreeSet<>();
        for (String m : list.split(",")) {
            if (!m.isBlank()) {
                names.add(m.strip());
            }
        }
        return allow(names);
    }

    private RouteTable add(HandlerType type, String path, Handler handler) {
        routes.addHttpHandler(type, path, handler);
        methods.computeIfAbsent(path, p -> new TreeSet<>()).add(type.name());
        return this;
    }
}
