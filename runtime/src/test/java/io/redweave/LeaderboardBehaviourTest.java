package io.redweave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.testing.AllTopologies;
import io.redweave.testing.RedisServer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;

/**
 * {@code @Ranked} and the {@link Leaderboard} handle, compared with what {@code redis-cli} shows for
 * the same commands, against a single node and a cluster.
 */
@ParameterizedClass
@AllTopologies
class LeaderboardBehaviourTest {

    /** The tutorial's votes, with ties: a 3, b 2, c 2, d 1, e 2. */
    private static final List<String> VOTES = List.of("a", "b", "a", "c", "d", "e", "a", "b", "c", "e");

    @Parameter
    RedisServer redis;

    private Redweave redweave;
    private final Pages pages = new Pages();
    private String cliKey;

    @BeforeEach
    void start() {
        redweave = TestRedweave.start(redis);
        cliKey = redweave.config().keyPrefix() + ":cli-vote";
    }

    @AfterEach
    void stop() {
        TestRedweave.cleanUpAndClose(redweave);
    }

    @Test
    void top_sameVotesAsRedisCli_sameOrderTiesAndScores() {
        vote();

        List<String> cli = RedisCli.run(redis, "zrevrange", cliKey, "0", "-1", "withscores");
        List<Leaderboard.Entry> expected = new ArrayList<>();
        for (int i = 0; i < cli.size(); i += 2) {
            expected.add(new Leaderboard.Entry(cli.get(i), Double.parseDouble(cli.get(i + 1))));
        }

        assertThat(redweave.leaderboard("vote").top(10)).containsExactlyElementsOf(expected);
        assertThat(expected).extracting(Leaderboard.Entry::member).containsExactly("a", "e", "c", "b", "d");
    }

    @Test
    void rankAndScore_eachMember_matchRedisCli() {
        vote();
        Leaderboard board = redweave.leaderboard("vote");

        for (String member : List.of("a", "b", "c", "d", "e")) {
            long cliRank = Long.parseLong(
                    RedisCli.run(redis, "zrevrank", cliKey, member).get(0));
            double cliScore = Double.parseDouble(
                    RedisCli.run(redis, "zscore", cliKey, member).get(0));
            assertThat(board.rank(member)).as(member).hasValue(cliRank);
            assertThat(board.score(member)).as(member).hasValue(cliScore);
        }
    }

    @Test
    void top_fewerThanN_returnsWholeBoardHighestFirst() {
        vote();

        assertThat(redweave.leaderboard("vote").top(2))
                .containsExactly(new Leaderboard.Entry("a", 3), new Leaderboard.Entry("e", 2));
        assertThat(redweave.leaderboard("vote").top(0)).isEmpty();
        assertThat(redweave.leaderboard("missing").top(10)).isEmpty();
    }

    @Test
    void removeAndSize_afterVotes_shrinkTheBoard() {
        vote();
        Leaderboard board = redweave.leaderboard("vote");

        assertThat(board.size()).isEqualTo(5);
        assertThat(board.remove("a")).isTrue();
        assertThat(board.remove("a")).isFalse();
        assertThat(board.size()).isEqualTo(4);
        assertThat(board.rank("a")).isEqualTo(OptionalLong.empty());
        assertThat(board.score("a")).isEqualTo(OptionalDouble.empty());
        assertThat(board.rank("e")).hasValue(0);
    }

    @Test
    void rank_memberFromResult_ranksByResultProperty() {
        pages.show(1);
        pages.show(2);
        pages.show(2);

        assertThat(redweave.leaderboard("images").top(10))
                .containsExactly(new Leaderboard.Entry("/images/2/", 2), new Leaderboard.Entry("/images/1/", 1));
    }

    @Test
    void rank_counterAndRankedOnOneMethod_bothCount() {
        pages.both("x");
        pages.both("x");

        assertThat(redweave.counter("views-and-votes").get()).isEqualTo(2);
        assertThat(redweave.leaderboard("choices").score("x")).hasValue(4);
    }

    @Test
    void rank_nullMember_failsNamingTheMethodAndMember() {
        assertThatThrownBy(() -> pages.show(0))
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("@Ranked(board=\"images\") on Pages.show(long)")
                .hasMessageContaining("{result.url} is null");
    }

    @Test
    void rank_memberWithoutOwnText_failsNamingTheMethod() {
        assertThatThrownBy(() -> pages.rankOpaque(new Pages.Opaque()))
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("Pages.rankOpaque(Opaque)")
                .hasMessageContaining("has no toString() of its own");
    }

    @Test
    void clear_board_removesIt() {
        vote();
        assertThat(redweave.leaderboard("vote").clear()).isTrue();
        assertThat(redweave.leaderboard("vote").size()).isZero();
    }

    /** The same votes through the annotation and through redis-cli on a key of its own. */
    private void vote() {
        for (String v : VOTES) {
            pages.vote(v);
            RedisCli.run(redis, "zincrby", cliKey, "1", v);
        }
    }
}
