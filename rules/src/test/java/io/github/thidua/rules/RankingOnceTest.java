package io.github.thidua.rules;

import io.github.thidua.fixtures.Reviews;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.profile.Parameter;
import io.github.thidua.core.profile.ParameterType;
import io.github.thidua.core.profile.ParameterValue;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.Profiles;
import io.github.thidua.core.rank.Ranker;
import io.github.thidua.core.rank.RankingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine ranks a bloc once, before the rules run and outside an external pack's budget: a profile that does not
 * fit the bloc is the caller's {@link RankingException} (bad input), never a rule pack failure.
 */
class RankingOnceTest {
    @Test
    void aProfileThatCannotRankTheBlocIsARankingExceptionNotAPackFailure() {
        Profile bad = new Profile("bad-ties", "", Profiles.resolve("national", null), Map.of(Ranker.TIE_BREAK,
                new Parameter(Ranker.TIE_BREAK, "Test parameter", ParameterType.TEXT, List.of(new ParameterValue(
                        LocalDate.of(2017, 10, 1), "NO_SUCH_TIE_BREAK", null, "Test", Certainty.ASSUMPTION)))));
        Engine bundled = TestEngine.get();
        assertThatThrownBy(() -> bundled.review(Reviews.bloc(2024, 3).build(), bad))
                .isInstanceOf(RankingException.class).hasMessageContaining("NO_SUCH_TIE_BREAK");
        // an engine on a pack compiled at runtime runs its evaluations inside a budget: ranking stays outside it
        Engine external = Engine.builder().rulePack(new RulePack(new RulePackInfo("tiny", "1"), List.of(
                new DrlSource("tiny/empty.drl", "package tiny;\nrule \"Nothing\"\n    @ruleId(\"T_NOTHING\")\n"
                        + "    @legalBasis(\"none\")\n    @certainty(\"assumption\")\nwhen\n    eval(false)\nthen\nend\n"))))
                .build();
        assertThatThrownBy(() -> external.review(Reviews.bloc(2024, 3).build(), bad))
                .isInstanceOf(RankingException.class).hasMessageContaining("NO_SUCH_TIE_BREAK");
    }
}
