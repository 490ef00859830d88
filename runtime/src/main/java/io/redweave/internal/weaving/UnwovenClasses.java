package io.redweave.internal.weaving;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds annotated classes that were not woven. The processor lists every class carrying a Redweave
 * annotation in {@code META-INF/redweave/annotated-classes}; a class woven by ajc (at build time or
 * by the load-time agent) carries {@code ajc$} members for its advised join points.
 */
public final class UnwovenClasses {

    /** Where the processor lists the annotated classes, one binary name per line. */
    public static final String INDEX = "META-INF/redweave/annotated-classes";

    private UnwovenClasses() {}

    /** The annotated classes listed on the class path that carry no woven advice. */
    public static List<String> unwovenListed(ClassLoader loader) {
        List<String> unwoven = new ArrayList<>();
        for (String name : listed(loader)) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                if (!isWoven(type)) {
                    unwoven.add(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a stale index entry: the class is gone, so nothing runs unadvised
            }
        }
        return unwoven;
    }

    /** Whether ajc wove advice into {@code type}. */
    public static boolean isWoven(Class<?> type) {
        for (Field f : type.getDeclaredFields()) {
            if (f.getName().startsWith("ajc$")) {
                return true;
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().contains("_aroundBody") || m.getName().startsWith("ajc$")) {
                return true;
            }
        }
        return false;
    }

    private static TreeSet<String> listed(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> urls = loader.getResources(INDEX);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream();
                        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    r.lines()
                            .map(String::trim)
                            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            // an unreadable index checks nothing
        }
        return names;
    }
}
