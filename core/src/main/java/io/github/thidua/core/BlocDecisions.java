package io.github.thidua.core;

import java.util.List;

/**
 * What the bloc decided at its year-end review, as recorded in its minutes: the units it chose to lead the bloc
 * and the proposals per award with their votes. When a review carries these, the engine appraises them
 * (thẩm định) instead of suggesting its own choice.
 *
 * @param leaders   the units chosen as the bloc's leaders (đơn vị dẫn đầu), in the order recorded
 * @param proposals the proposals, at most one per unit and award
 * @param source    the minutes or report the decisions come from, or null
 */
public record BlocDecisions(List<UnitId> leaders, List<Proposal> proposals, String source) {
    public BlocDecisions {
        leaders = Checks.list(leaders, "leaders");
        proposals = Checks.list(proposals, "proposals");
        Checks.unique(leaders, l -> l, "leader");
        Checks.unique(proposals, p -> p.unit() + "/" + p.award(), "proposal (unit/award)");
    }
}
