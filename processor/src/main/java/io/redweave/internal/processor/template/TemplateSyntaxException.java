package io.redweave.internal.processor.template;

/** A key template that cannot be parsed; the message says what is wrong and how to fix it. */
public final class TemplateSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;

    TemplateSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The zero-based index in the template at which the problem was found. */
    public int position() {
        return position;
    }
}
