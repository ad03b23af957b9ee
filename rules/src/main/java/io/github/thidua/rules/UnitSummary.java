package io.github.thidua.rules;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member of the reviewed bloc as the result carries it, so that a host renders names and score breakdowns
 * without joining back to its input: the unit's id and name, and its points per criterion when the scenario
 * scored it.
 *
 * @param unit     the unit id
 * @param name     the unit's name, as written in the scenario
 * @param criteria the unit's points per criterion of the bloc's scheme, in the scheme's order; empty when the
 *                 unit has no scorecard (or nothing is scored at this stage)
 */
public record UnitSummary(UnitId unit, String name, List<CriterionPoints> criteria) {
    public UnitSummary {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        criteria = List.copyOf(criteria);
    }

    /**
     * One criterion's points for a unit.
     *
     * @param criterion the criterion id
     * @param name      what the criterion assesses
     * @param kind      regular, bonus or penalty
     * @param max       the most points it gives (or deducts)
     * @param self      the unit's self score
     * @param assessed  the cross-checked score, or null when not cross-checked
     * @param points    the points that count: the assessed score when present, else the self score
     */
    public record CriterionPoints(String criterion, String name, CriterionKind kind, BigDecimal max,
                                  BigDecimal self, BigDecimal assessed, BigDecimal points) {
        public CriterionPoints {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(self, "self");
            Objects.requireNonNull(points, "points");
        }
    }

    /**
     * Every member of the review's bloc, in unit-id order (so that the result does not depend on the order of the
     * input), with its criterion points in the scheme's order.
     *
     * @param review the review
     * @param scored whether the scorecards count at this stage (not at a pact signing)
     * @return one summary per member
     */
    public static List<UnitSummary> of(BlocReview review, boolean scored) {
        Map<UnitId, Scorecard> cards = new HashMap<>();
        if (scored) {
            review.scorecards().forEach(c -> cards.put(c.unit(), c));
        }
        List<Criterion> scheme = review.scheme() == null ? List.of() : review.scheme().criteria();
        List<UnitSummary> out = new ArrayList<>();
        for (Unit member : review.bloc().members()) {
            Scorecard card = cards.get(member.id());
            List<CriterionPoints> points = new ArrayList<>();
            if (card != null) {
                Map<String, Score> scores = new HashMap<>();
                card.scores().forEach(s -> scores.put(s.criterion(), s));
                for (Criterion c : scheme) {
                    Score s = scores.get(c.id());
                    if (s != null) {
                        points.add(new CriterionPoints(c.id(), c.name(), c.kind(), c.max(), s.self(), s.assessed(),
                                s.effective()));
                    }
                }
            }
            out.add(new UnitSummary(member.id(), member.name(), points));
        }
        out.sort(java.util.Comparator.comparing(u -> u.unit().value()));
        return out;
    }
}
