package io.github.thidua.core.rank;

import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Checks;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.core.profile.ResolvedParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks the members of a bloc (xếp hạng thi đua) from their scorecards.
 *
 * <p><b>Rule.</b> Each member's points are taken from its scorecard under the bloc's {@link ScoringScheme}, using
 * for every criterion the assessed score where the bloc cross-checked it, else the self score
 * ({@link Score#effective()}):
 * <ul>
 *   <li>regular = the sum over {@link CriterionKind#REGULAR} criteria, capped at {@link ScoringScheme#maxBase()};</li>
 *   <li>bonus = the sum over {@link CriterionKind#BONUS} criteria, capped at {@link ScoringScheme#bonusCap()};</li>
 *   <li>penalty = the sum over {@link CriterionKind#PENALTY} criteria, capped at {@link ScoringScheme#penaltyCap()};</li>
 *   <li>total = regular + bonus − penalty.</li>
 * </ul>
 * A member without a scorecard is ranked with zero points. Every member of the bloc is ranked, the higher total
 * first, and ranks run 1..n without shared places.
 *
 * <p><b>Ties.</b> Equal totals are separated by a chain of tie-breaks (see {@link TieBreak} for the names):
 * <ol>
 *   <li>{@code FEWER_PENALTY}: fewer penalty points first;</li>
 *   <li>{@code PREVIOUS_YEAR_AWARD}: the higher award ({@link AwardType} precedence) among the unit's awards for
 *       the previous achievement year that {@linkplain AwardRecord#countsForMerit() count for merit}; having
 *       one beats having none;</li>
 *   <li>{@code WOMEN_PRIORITY}: a collective whose share of women in the review year's facts reaches the profile
 *       parameter {@value #WOMEN_PRIORITY_SHARE} comes before one below it or without facts
 *       (Nghị định 98/2023/NĐ-CP, Điều 4, khoản 6; Nghị định 91/2017/NĐ-CP, Điều 3);</li>
 *   <li>{@code UNIT_ID}: the smaller unit id first, so that the ranking is total and deterministic.</li>
 * </ol>
 * No tie-break rule is confirmed in law: their <em>order</em> is therefore an
 * assumption, read from the profile parameter {@value #TIE_BREAK} (a comma-separated list of the names above)
 * in force on 31 December of the review year for the bloc's size, so a province can reorder or drop them.
 * {@code UNIT_ID} always ends the chain, whether the parameter names it or not. When the profile sets no value,
 * {@link #DEFAULT_TIE_BREAK} applies. When two adjacent units have the same total, the first of them carries a
 * {@link TieBreak} naming the tie-break that separated them.
 *
 * <p>The result does not depend on the order of the members, scorecards, facts or history in the review.
 */
public final class Ranker {
    /** The profile parameter that orders the tie-breaks. */
    public static final String TIE_BREAK = "ranking.tieBreak";
    /** The profile parameter holding the share of women (0..1) from which a collective has priority on ties. */
    public static final String WOMEN_PRIORITY_SHARE = "ranking.womenPriorityShare";
    /** The tie-break order used when the profile sets none for the year. */
    public static final String DEFAULT_TIE_BREAK = "FEWER_PENALTY,PREVIOUS_YEAR_AWARD,WOMEN_PRIORITY,UNIT_ID";

    private Ranker() {
    }

    /**
     * Ranks every member of the review's bloc.
     *
     * @param review  the review whose scorecards, facts and history are read
     * @param profile the parameter profile giving the tie-break order and the women-priority share
     * @return the ranking, best first
     * @throws RankingException when the profile's tie-break order names an unknown tie-break, names one twice or
     *                           after {@code UNIT_ID}; or when a tie between units with facts reaches
     *                           {@code WOMEN_PRIORITY} and the profile sets no {@value #WOMEN_PRIORITY_SHARE}
     */
    public static Ranking rank(BlocReview review, Profile profile) {
        Checks.notNull(review, "review");
        Checks.notNull(profile, "profile");
        try {
            return rankWith(review, profile);
        } catch (RankingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            // the profile does not fit the bloc: bad input, told apart from other failures by its type
            throw new RankingException(e.getMessage(), e);
        }
    }

    private static Ranking rankWith(BlocReview review, Profile profile) {
        LocalDate asOf = LocalDate.of(review.year(), 12, 31);
        int blocSize = review.bloc().size();
        List<TieBreakRule> chain = chain(profile, asOf, blocSize);
        LazyContext context = new LazyContext(review.year(), profile, asOf, blocSize);

        Map<String, CriterionKind> kinds = new HashMap<>();
        if (review.scheme() != null) {
            for (Criterion c : review.scheme().criteria()) {
                kinds.put(c.id(), c.kind());
            }
        }
        // Index the review's lists once (each is unique per unit, or per unit and year), not once per member.
        Map<UnitId, Scorecard> cards = new HashMap<>();
        review.scorecards().forEach(c -> cards.put(c.unit(), c));
        Map<UnitId, MemberStatistics> statistics = new HashMap<>();
        for (UnitYearFacts f : review.facts()) {
            if (f.year() == review.year()) {
                statistics.put(f.unit(), f.members());
            }
        }
        Map<UnitId, AwardType> previous = new HashMap<>();
        for (AwardRecord record : review.history()) {
            if (record.countsForMerit() && record.achievementYear() == review.year() - 1) {
                previous.merge(record.unit(), record.award(), (a, b) -> a.outranks(b) ? a : b);
            }
        }
        List<Standing> standings = new ArrayList<>();
        for (Unit member : review.bloc().members()) {
            standings.add(standing(review.scheme(), kinds, member, cards.get(member.id()),
                    statistics.get(member.id()), previous.get(member.id())));
        }
        Comparator<Standing> order = Comparator.comparing(Standing::total).reversed();
        for (TieBreakRule rule : chain) {
            order = order.thenComparing((a, b) -> rule.compare(a, b, context));
        }
        standings.sort(order);

        List<RankedUnit> ranked = new ArrayList<>(standings.size());
        for (int i = 0; i < standings.size(); i++) {
            Standing s = standings.get(i);
            TieBreak tieBreak = null;
            if (i + 1 < standings.size() && s.total().compareTo(standings.get(i + 1).total()) == 0) {
                tieBreak = explainTie(s, standings.get(i + 1), chain, context);
            }
            ranked.add(new RankedUnit(s.unit(), i + 1, s.total(), s.regular(), s.bonus(), s.penalty(), tieBreak));
        }
        return new Ranking(ranked);
    }

    private static TieBreak explainTie(Standing winner, Standing loser, List<TieBreakRule> chain,
                                       TieBreakRule.Context context) {
        for (TieBreakRule rule : chain) {
            if (rule.compare(winner, loser, context) != 0) {
                return rule.explain(winner, loser, context);
            }
        }
        throw new IllegalStateException("units " + winner.unit() + " and " + loser.unit() + " could not be separated");
    }

    /** Reads and checks the tie-break chain, appending UNIT_ID when the profile omits it. */
    static List<TieBreakRule> chain(Profile profile, LocalDate asOf, int blocSize) {
        Optional<ResolvedParameter> parameter = profile.find(TIE_BREAK, asOf, blocSize);
        String text = parameter.map(ResolvedParameter::textValue).orElse(DEFAULT_TIE_BREAK);
        String where = parameter.map(p -> "parameter " + TIE_BREAK + " of profile '" + p.profile() + "'")
                .orElse("default tie-break order");
        Set<TieBreakRule> chain = new LinkedHashSet<>();
        for (String raw : text.split(",", -1)) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            TieBreakRule rule = parse(name, where, text);
            if (chain.contains(TieBreakRule.UNIT_ID)) {
                throw new IllegalArgumentException(where + " ('" + text + "'): " + name
                        + " comes after UNIT_ID, which separates every tie; put UNIT_ID last or leave it out");
            }
            if (!chain.add(rule)) {
                throw new IllegalArgumentException(where + " ('" + text + "'): tie-break " + name + " is named twice");
            }
        }
        chain.add(TieBreakRule.UNIT_ID);
        return List.copyOf(chain);
    }

    private static TieBreakRule parse(String name, String where, String text) {
        for (TieBreakRule rule : TieBreakRule.values()) {
            if (rule.name().equals(name)) {
                return rule;
            }
        }
        throw new IllegalArgumentException(where + " ('" + text + "'): unknown tie-break '" + name
                + "'; valid tie-breaks: " + String.join(", ", TieBreak.NAMES));
    }

    private static Standing standing(ScoringScheme scheme, Map<String, CriterionKind> kinds, Unit member,
                                     Scorecard card, MemberStatistics members, AwardType previousAward) {
        Map<CriterionKind, BigDecimal> sums = new EnumMap<>(CriterionKind.class);
        for (CriterionKind kind : CriterionKind.values()) {
            sums.put(kind, BigDecimal.ZERO);
        }
        if (card != null) {
            for (Score score : card.scores()) {
                CriterionKind kind = kinds.get(score.criterion());
                if (kind == null) {
                    throw new IllegalStateException("unit " + member.id() + " scores unknown criterion "
                            + score.criterion());
                }
                sums.merge(kind, score.effective(), BigDecimal::add);
            }
        }
        BigDecimal regular = sums.get(CriterionKind.REGULAR);
        BigDecimal bonus = sums.get(CriterionKind.BONUS);
        BigDecimal penalty = sums.get(CriterionKind.PENALTY);
        if (scheme != null) {
            regular = regular.min(scheme.maxBase());
            bonus = bonus.min(scheme.bonusCap());
            penalty = penalty.min(scheme.penaltyCap());
        }
        BigDecimal total = regular.add(bonus).subtract(penalty);
        return new Standing(member.id(), regular, bonus, penalty, total, previousAward, members);
    }

    /** Looks the women-priority share up only when a tie reaches WOMEN_PRIORITY. */
    private static final class LazyContext implements TieBreakRule.Context {
        private final int year;
        private final Profile profile;
        private final LocalDate asOf;
        private final int blocSize;
        private BigDecimal womenPriorityShare;

        LazyContext(int year, Profile profile, LocalDate asOf, int blocSize) {
            this.year = year;
            this.profile = profile;
            this.asOf = asOf;
            this.blocSize = blocSize;
        }

        @Override
        public int year() {
            return year;
        }

        @Override
        public BigDecimal womenPriorityShare() {
            if (womenPriorityShare == null) {
                womenPriorityShare = profile.get(WOMEN_PRIORITY_SHARE, asOf, blocSize).decimalValue();
            }
            return womenPriorityShare;
        }
    }
}
