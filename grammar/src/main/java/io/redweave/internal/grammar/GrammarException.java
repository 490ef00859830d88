package io.redweave.internal.grammar;

/**
 * Text that is not a duration or a key template. The message says what is wrong and how to fix it,
 * without the text itself and without naming where it was written: the processor and the runtime
 * put it after the annotation, the attribute, the text and the method, so that both say the same.
 */
public final class GrammarException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int position;

    GrammarException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The zero-based index in the text at which the problem was found; -1 for the whole text. */
    public int position() {
        return position;
    }
}
