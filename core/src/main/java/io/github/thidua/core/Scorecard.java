package io.github.thidua.core;

import java.util.List;

/** A unit's scores against the bloc's scheme for the year; at most one score per criterion. */
public record Scorecard(UnitId unit, List<Score> scores) {
    public Scorecard {
        Checks.notNull(unit, "scorecard unit");
        scores = Checks.list(scores, "scores");
        Checks.unique(scores, Score::criterion, "score criterion of unit " + unit);
    }
}
