package io.redweave.internal.processor.check;

import io.redweave.internal.processor.model.Site;
import java.util.Optional;
import javax.lang.model.type.TypeKind;

/**
 * Whether a template of an annotation is rendered after the method has returned a value, so that
 * {@code {result}} exists. The reason, when it does not, completes the error message.
 */
final class ResultAvailability {

    private ResultAvailability() {}

    /** Empty when {@code {result}} may be used, else why not. */
    static Optional<String> missingBecause(Site site) {
        if (site.method().getReturnType().getKind() == TypeKind.VOID) {
            return Optional.of("the method is void and has no result");
        }
        return switch (site.kind()) {
            case CACHED -> Optional.of("the key is rendered before the method runs");
            case LOCKED -> Optional.of("the lock is taken before the method runs");
            case CACHE_EVICT -> site.flag("beforeInvocation")
                    ? Optional.of("beforeInvocation = true evicts before the method runs")
                    : Optional.empty();
            case COUNTER, RANKED -> countedWithoutResult(site.constant("on"));
            default -> Optional.empty();
        };
    }

    private static Optional<String> countedWithoutResult(String on) {
        return switch (on) {
            case "FAILURE" -> Optional.of("on = FAILURE counts calls that threw, which have no result");
            case "ALWAYS" -> Optional.of("on = ALWAYS also counts calls that threw, which have no result");
            default -> Optional.empty();
        };
    }
}
