package io.github.thidua.testkit.gen;

import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Election;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A domain-aware shrinker that runs after QuickTheories' own (which shrinks the random draws, not the structure): it
 * greedily removes blocs, members (with everything that names them), award records, votes, older ratings, the term,
 * the election and the review date, keeping each removal only while the case still fails. The result is a
 * counter-example a reader can check by hand, often a one-unit bloc.
 */
public final class Shrinker {
    private final int budget;
    private int attempts;

    private Shrinker(int budget) {
        this.budget = budget;
    }

    /**
     * Shrinks a failing bloc case.
     *
     * @param c      the case, failing
     * @param fails  whether a candidate still fails (the same law, any violation)
     * @param budget the most candidates tried
     * @return the smallest failing case found
     */
    public static BlocCase shrink(BlocCase c, Predicate<BlocCase> fails, int budget) {
        Shrinker s = new Shrinker(budget);
        BlocCase current = c;
        boolean changed = true;
        while (changed && s.attempts < budget) {
            changed = false;
            for (Step<BlocCase> step : s.blocSteps(current)) {
                if (s.attempts >= budget) {
                    break;
                }
                BlocCase candidate = step.apply(current);
                if (candidate == null) {
                    continue;
                }
                s.attempts++;
                if (fails.test(candidate)) {
                    current = candidate;
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }

    /**
     * Shrinks a failing province case: blocs first, then each bloc as a bloc case would be.
     *
     * @param c      the case, failing
     * @param fails  whether a candidate still fails
     * @param budget the most candidates tried
     * @return the smallest failing case found
     */
    public static ProvinceCase shrink(ProvinceCase c, Predicate<ProvinceCase> fails, int budget) {
        Shrinker s = new Shrinker(budget);
        ProvinceCase current = c;
        boolean changed = true;
        while (changed && s.attempts < budget) {
            changed = false;
            List<Step<ProvinceCase>> steps = new ArrayList<>();
            List<BlocReview> blocs = current.review().blocs();
            for (int b = blocs.size() - 1; b >= 0 && blocs.size() > 1; b--) {
                int drop = b;
                steps.add(p -> {
                    List<BlocReview> fewer = new ArrayList<>(p.review().blocs());
                    fewer.remove(drop);
                    return withBlocs(p, fewer);
                });
            }
            for (int b = 0; b < blocs.size(); b++) {
                int at = b;
                BlocCase inner = new BlocCase(blocs.get(b), current.profile(), current.probe());
                for (Step<BlocCase> step : s.blocSteps(inner)) {
                    steps.add(p -> {
                        BlocCase smaller = step.apply(new BlocCase(p.review().blocs().get(at), p.profile(), p.probe()));
                        if (smaller == null) {
                            return null;
                        }
                        List<BlocReview> list = new ArrayList<>(p.review().blocs());
                        list.set(at, smaller.review());
                        return withBlocs(p, list);
                    });
                }
            }
            for (Step<ProvinceCase> step : steps) {
                if (s.attempts >= budget) {
                    break;
                }
                ProvinceCase candidate = step.apply(current);
                if (candidate == null) {
                    continue;
                }
                s.attempts++;
                if (fails.test(candidate)) {
                    current = candidate;
                    changed = true;
                    break;
                }
            }
        }
        return current;
    }

    private static ProvinceCase withBlocs(ProvinceCase p, List<BlocReview> blocs) {
        ProvinceReview r = p.review();
        return new ProvinceCase(new ProvinceReview(r.province(), r.year(), r.reviewDate(), r.profile(), blocs,
                r.illustrative(), r.note()), p.profile(), p.probe());
    }

    /** One candidate simplification; null when it does not apply. */
    private interface Step<T> {
        T apply(T t);
    }

    private List<Step<BlocCase>> blocSteps(BlocCase c) {
        List<Step<BlocCase>> steps = new ArrayList<>();
        BlocReview r = c.review();
        int n = r.bloc().size();
        for (int i = n - 1; i >= 0 && n > 1; i--) {
            int drop = i;
            steps.add(x -> withoutMember(x, drop));
        }
        for (Unit u : r.bloc().members()) {
            UnitId id = u.id();
            steps.add(x -> edit(x, x.review().history().stream().filter(h -> !h.unit().equals(id)).toList(), null,
                    null));
            steps.add(x -> edit(x, null, x.review().votes().stream().filter(v -> !v.unit().equals(id)).toList(), null));
            steps.add(x -> edit(x, null, null, x.review().ratings().stream()
                    .filter(y -> !y.unit().equals(id) || y.year() >= x.review().year() - 1).toList()));
        }
        for (int i = r.history().size() - 1; i >= 0; i--) {
            int drop = i;
            steps.add(x -> {
                if (drop >= x.review().history().size()) {
                    return null;
                }
                List<AwardRecord> h = new ArrayList<>(x.review().history());
                h.remove(drop);
                return edit(x, h, null, null);
            });
        }
        steps.add(x -> x.review().term() == null ? null : rebuild(x, x.review().bloc().members(), null,
                x.review().election(), x.review().reviewDate()));
        steps.add(x -> x.review().election() == null ? null : rebuild(x, x.review().bloc().members(),
                x.review().term(), null, x.review().reviewDate()));
        steps.add(x -> x.review().reviewDate() == null ? null : rebuild(x, x.review().bloc().members(),
                x.review().term(), x.review().election(), null));
        return steps;
    }

    /** The case without member {@code i} and everything that names it; null when nothing would change. */
    private static BlocCase withoutMember(BlocCase c, int i) {
        BlocReview r = c.review();
        if (i >= r.bloc().size() || r.bloc().size() == 1) {
            return null;
        }
        UnitId gone = r.bloc().members().get(i).id();
        List<Unit> members = new ArrayList<>(r.bloc().members());
        members.remove(i);
        BlocTerm term = r.term();
        if (term != null) {
            if (term.head().equals(gone)) {
                term = null;
            } else if (gone.equals(term.deputy())) {
                term = new BlocTerm(term.year(), term.head(), null, term.method());
            }
        }
        Election election = r.election();
        if (election != null) {
            if (election.head().equals(gone)) {
                election = null;
            } else if (gone.equals(election.deputy())) {
                election = new Election(election.head(), null);
            }
        }
        List<Scorecard> cards = r.scorecards().stream().filter(s -> !s.unit().equals(gone)).toList();
        List<YearRating> ratings = r.ratings().stream().filter(s -> !s.unit().equals(gone)).toList();
        List<UnitYearFacts> facts = r.facts().stream().filter(s -> !s.unit().equals(gone)).toList();
        List<AwardRecord> history = r.history().stream().filter(s -> !s.unit().equals(gone)).toList();
        List<NominationVote> votes = r.votes().stream().filter(s -> !s.unit().equals(gone)).toList();
        Bloc b = r.bloc();
        BlocReview smaller = new BlocReview(r.stage(), r.year(), r.reviewDate(),
                new Bloc(b.id(), b.name(), b.kind(), b.province(), b.organiser(), members), term, r.pact(), r.scheme(),
                cards, ratings, facts, history, votes, election, r.profile(), r.illustrative(), r.note(),
                r.dossierReceivedDate(), null, r.exclusions().stream().filter(s -> !s.unit().equals(gone)).toList(),
                r.attestations().stream().filter(s -> !s.unit().equals(gone)).toList());
        Probe p = c.probe();
        int unit = p.unit() > i ? p.unit() - 1 : p.unit() == i ? 0 : p.unit();
        return new BlocCase(smaller, c.profile(), new Probe(unit, p.improve(), p.worsen(), p.shuffleSeed()));
    }

    /** The case with other history, votes or ratings (null keeps them); null when nothing changes. */
    private static BlocCase edit(BlocCase c, List<AwardRecord> history, List<NominationVote> votes,
                                 List<YearRating> ratings) {
        BlocReview r = c.review();
        List<AwardRecord> h = history == null ? r.history() : history;
        List<NominationVote> v = votes == null ? r.votes() : votes;
        List<YearRating> y = ratings == null ? r.ratings() : ratings;
        if (h.size() == r.history().size() && v.size() == r.votes().size() && y.size() == r.ratings().size()) {
            return null;
        }
        return new BlocCase(new BlocReview(r.stage(), r.year(), r.reviewDate(), r.bloc(), r.term(), r.pact(),
                r.scheme(), r.scorecards(), y, r.facts(), h, v, r.election(), r.profile(), r.illustrative(),
                r.note(), r.dossierReceivedDate(), null, r.exclusions(), r.attestations()), c.profile(), c.probe());
    }

    private static BlocCase rebuild(BlocCase c, List<Unit> members, BlocTerm term, Election election,
                                    java.time.LocalDate reviewDate) {
        BlocReview r = c.review();
        Bloc b = r.bloc();
        return new BlocCase(new BlocReview(r.stage(), r.year(), reviewDate,
                new Bloc(b.id(), b.name(), b.kind(), b.province(), b.organiser(), members), term, r.pact(), r.scheme(),
                r.scorecards(), r.ratings(), r.facts(), r.history(), r.votes(), election, r.profile(),
                r.illustrative(), r.note(), r.dossierReceivedDate(), null, r.exclusions(), r.attestations()),
                c.profile(), c.probe());
    }
}
