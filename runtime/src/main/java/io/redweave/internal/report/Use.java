package io.redweave.internal.report;

/**
 * A method of one module that uses a key family, for messages.
 *
 * @param method the qualified method as the report names it, such as {@code
 *     shop.catalog.MusicService.find(long)}
 * @param module the jar or class directory whose report lists it
 */
public record Use(String method, String module) {

    /** {@code MusicService.find(long) in catalog.jar}. */
    public String display() {
        return shortName(method) + " in " + module;
    }

    /** {@code MusicService.find(long)}: the class's simple name, the method, simple parameter types. */
    static String shortName(String method) {
        int paren = method.indexOf('(');
        String head = paren < 0 ? method : method.substring(0, paren);
        int method1 = head.lastIndexOf('.');
        int type = method1 < 0 ? -1 : head.lastIndexOf('.', method1 - 1);
        String params = paren < 0 ? "" : method.substring(paren).replaceAll("[\\w$]+\\.", "");
        return head.substring(type + 1) + params;
    }
}
