package io.github.thidua.examples.spring;

import io.github.thidua.core.BlocReview;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import io.github.thidua.spring.ThiduaEngines;
import java.util.List;
import org.springframework.stereotype.Service;

/** The awards a bloc review recommends, evaluated with the engine the thidua starter configured. */
@Service
public class AwardService {
    private final ThiduaEngines engines;   // the bundled pack's Engine, or the ReloadableEngine of thidua.rules-directory

    public AwardService(ThiduaEngines engines) {
        this.engines = engines;
    }

    /** The recommended awards, in rank order; each decision carries its rules, legal bases and messages. */
    public List<Decision> recommended(BlocReview review) {
        ReviewResult result = engines.current().review(review);   // current(): the pack serving now, once per call
        return result.decisions().stream().filter(d -> d.outcome() == Outcome.RECOMMENDED).toList();
    }
}
