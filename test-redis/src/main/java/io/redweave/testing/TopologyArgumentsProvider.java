package io.redweave.testing;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Supplies one argument per {@link RedisTopology} for {@link AllTopologies}. The stream is lazy,
 * so the cluster is started only when its invocation is reached.
 */
final class TopologyArgumentsProvider implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        boolean wantsTopology = parameters
                .getFirst()
                .map(first -> first.getParameterType() == RedisTopology.class)
                .orElse(false);
        return Arrays.stream(RedisTopology.values())
                .map(topology ->
                        Arguments.argumentSet(topology.displayName(), wantsTopology ? topology : topology.server()));
    }
}
