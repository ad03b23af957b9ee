package io.github.thidua.testkit.law;

import io.github.thidua.core.BlocReview;
import io.github.thidua.core.Stage;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.ConsolidationResult;
import io.github.thidua.rules.Decision;
import io.github.thidua.rules.Outcome;
import io.github.thidua.rules.ReviewResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Quotas are never exceeded: in a bloc, units awarded a flag (Government or provincial) ≤ {@code bloc.leaderCount},
 * Government-flag proposals ≤ {@code bloc.governmentFlagMax}, provincial certificates ≤
 * floor({@code bloc.certificateShare} × members); in a province, Government flags ≤
 * floor({@code province.governmentFlagShare} × units awarded a flag), and the reported quota adds up.
 */
public final class QuotaConservation implements Law {
    /** The law's name. */
    public static final String NAME = "quota-conservation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "leaders, Government-flag proposals, provincial certificates and the province's Government flags stay"
                + " within their quotas";
    }

    @Override
    public Set<Subject.Kind> kinds() {
        return EnumSet.allOf(Subject.Kind.class);
    }

    @Override
    public List<Violation> check(Subject s) {
        List<Violation> out = new ArrayList<>();
        if (s.kind() == Subject.Kind.BLOC) {
            bloc(s.review(), s.profile(), s.result(), out);
            return out;
        }
        ConsolidationResult c = s.consolidation();
        int flagged = 0;
        int governmentFlags = 0;
        for (int i = 0; i < c.blocs().size(); i++) {
            ReviewResult r = c.blocs().get(i);
            BlocReview b = s.province().blocs().stream().filter(x -> x.bloc().id().equals(r.bloc())).findFirst()
                    .orElseThrow();
            bloc(b, s.profile(), r, out);
            // the cap's base is every leader the bloc chose, whatever award it ends up with (legal-notes.md)
            flagged += r.leaders().size();
            governmentFlags += Support.units(r, AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED).size();
        }
        int cap = Support.floorShare(s.profile(), "province.governmentFlagShare", s.province().year(), 1, flagged);
        if (governmentFlags > cap) {
            out.add(new Violation(NAME, governmentFlags + " Government flags recommended in the province, more than"
                    + " floor(province.governmentFlagShare × " + flagged + " bloc leaders) = " + cap));
        }
        ConsolidationResult.GovernmentFlagQuota q = c.quota();
        int expectedCap = q.share().multiply(java.math.BigDecimal.valueOf(q.leaders()))
                .setScale(0, java.math.RoundingMode.FLOOR).intValueExact();
        if (q.cap() != expectedCap) {
            out.add(new Violation(NAME, "reported cap " + q.cap() + " is not floor(" + q.share().toPlainString()
                    + " × " + q.leaders() + " leaders) = " + expectedCap));
        }
        if (q.confirmed() > q.cap() || q.confirmed() > q.proposed()) {
            out.add(new Violation(NAME, "reported " + q.confirmed() + " confirmed Government flags for a cap of "
                    + q.cap() + " and " + q.proposed() + " proposals"));
        }
        if (governmentFlags != q.confirmed()) {
            out.add(new Violation(NAME, governmentFlags + " Government flags recommended after consolidation but the"
                    + " quota reports " + q.confirmed() + " confirmed"));
        }
        return out;
    }

    private static void bloc(BlocReview review, Profile profile, ReviewResult r, List<Violation> out) {
        if (review.stage() != Stage.YEAR_END) {
            return;
        }
        int year = review.year();
        int size = review.bloc().size();
        String where = "bloc " + review.bloc().id() + ": ";
        int leaderCount = Support.intParam(profile, "bloc.leaderCount", year, size);
        Set<UnitId> flagged = flagHolders(r);
        if (flagged.size() > leaderCount) {
            out.add(new Violation(NAME, where + flagged.size() + " units awarded a flag " + flagged
                    + ", more than bloc.leaderCount = " + leaderCount));
        }
        if (r.leaders().size() > leaderCount) {
            out.add(new Violation(NAME, where + r.leaders().size() + " leaders " + r.leaders()
                    + ", more than bloc.leaderCount = " + leaderCount));
        }
        if (!r.leaders().containsAll(flagged)) {
            out.add(new Violation(NAME, where + "units awarded a flag " + flagged + " are not all among the leaders "
                    + r.leaders()));
        }
        int max = Support.intParam(profile, "bloc.governmentFlagMax", year, size);
        List<UnitId> gf = Support.units(r, AwardType.GOVERNMENT_FLAG, Outcome.RECOMMENDED);
        if (gf.size() > max) {
            out.add(new Violation(NAME, where + gf.size() + " Government-flag proposals " + gf
                    + ", more than bloc.governmentFlagMax = " + max));
        }
        int quota = Support.floorShare(profile, "bloc.certificateShare", year, size, size);
        List<UnitId> pc = Support.units(r, AwardType.PROVINCIAL_CERTIFICATE, Outcome.RECOMMENDED);
        if (pc.size() > quota) {
            out.add(new Violation(NAME, where + pc.size() + " provincial certificates " + pc
                    + ", more than floor(bloc.certificateShare × " + size + " members) = " + quota));
        }
    }

    /** Units recommended for the Government or the provincial flag. */
    static Set<UnitId> flagHolders(ReviewResult r) {
        Set<UnitId> set = new LinkedHashSet<>();
        for (Decision d : r.decisions()) {
            if ((d.award() == AwardType.GOVERNMENT_FLAG || d.award() == AwardType.PROVINCIAL_FLAG)
                    && d.outcome() == Outcome.RECOMMENDED) {
                set.add(d.unit());
            }
        }
        return set;
    }
}
