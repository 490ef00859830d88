package io.redweave.spring.proxied;

/**
 * The interface a JDK proxy implements. Its parameter names differ from the implementation's on
 * purpose: key templates name the annotated (implementation) method's parameters.
 */
public interface Catalog {

    String find(String itemId);

    String rename(String itemId, String newName);

    void remove(String itemId);

    String view(String itemId);

    String popular(String itemId);

    int loads();
}
