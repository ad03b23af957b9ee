package io.github.thidua.testkit.reference;

import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.law.AwardType;
import io.github.thidua.core.profile.Profile;
import io.github.thidua.rules.Outcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference evaluator's reading of a provincial consolidation: every bloc's reference result, the
 * Government-flag cap, and the outcomes the council changes.
 */
public final class ReferenceConsolidation {
    private final List<ReferenceResult> blocs;
    private final Map<UnitId, ReferenceResult> blocOf;
    private final Map<UnitId, Outcome> governmentFlag;
    private final Map<UnitId, Outcome> provincialFlag;
    private final List<UnitId> proposals;
    private final int leaders;
    private final BigDecimal share;
    private final int cap;
    private final Map<UnitId, Outcome> pmCertificate;

    private ReferenceConsolidation(List<ReferenceResult> blocs, Map<UnitId, ReferenceResult> blocOf,
                                   Map<UnitId, Outcome> governmentFlag, Map<UnitId, Outcome> provincialFlag,
                                   Map<UnitId, Outcome> pmCertificate, List<UnitId> proposals, int leaders,
                                   BigDecimal share, int cap) {
        this.pmCertificate = pmCertificate;
        this.blocs = blocs;
        this.blocOf = blocOf;
        this.governmentFlag = governmentFlag;
        this.provincialFlag = provincialFlag;
        this.proposals = proposals;
        this.leaders = leaders;
        this.share = share;
        this.cap = cap;
    }

    static ReferenceConsolidation of(ReferenceEvaluator evaluator, ProvinceReview province, Profile profile) {
        List<ReferenceResult> blocs = new ArrayList<>(province.blocs().size());
        Map<UnitId, ReferenceResult> blocOf = new HashMap<>();
        record Proposal(BlocId bloc, UnitId unit, double score) {
        }
        List<Proposal> candidates = new ArrayList<>();
        int leaders = 0;
        for (BlocReview b : province.blocs()) {
            ReferenceResult r = evaluator.evaluate(b, profile);
            blocs.add(r);
            for (UnitId u : r.ranking()) {
                if (blocOf.put(u, r) != null) {
                    throw new IllegalArgumentException("unit " + u + " belongs to more than one bloc of the province");
                }
                // the cap's base: every leader the bloc chose, whatever award it ends up with
                if (r.isLeader(u)) {
                    leaders++;
                }
                if (r.outcome(u, AwardType.GOVERNMENT_FLAG) == Outcome.RECOMMENDED) {
                    BigDecimal schemeBase = b.scheme() == null ? BigDecimal.ONE : b.scheme().maxBase();
                    candidates.add(new Proposal(b.bloc().id(), u,
                            r.total(u).divide(schemeBase, MathContext.DECIMAL64).doubleValue()));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Proposal::score).reversed().thenComparing(Proposal::bloc)
                .thenComparing(Proposal::unit));
        BigDecimal share = Params.provinceGovernmentFlagShare(profile, province.year());
        int cap = share.multiply(BigDecimal.valueOf(leaders)).setScale(0, RoundingMode.FLOOR).intValueExact();
        Map<UnitId, Outcome> gf = new HashMap<>();
        Map<UnitId, Outcome> pf = new HashMap<>();
        Map<UnitId, Outcome> pmc = new HashMap<>();
        List<UnitId> order = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            UnitId u = candidates.get(i).unit();
            order.add(u);
            if (i + 1 > cap) {
                gf.put(u, Outcome.ELIGIBLE_NOT_SELECTED);
                // a leader meeting the standards holds its provincial flag whatever happens to the proposal; a PM
                // certificate the Government flag set aside (no two state-level forms) goes to the council again
                pf.put(u, Outcome.RECOMMENDED);
                if (blocOf.get(u).outcome(u, AwardType.PRIME_MINISTER_CERTIFICATE) == Outcome.ELIGIBLE_NOT_SELECTED) {
                    pmc.put(u, Outcome.PENDING_PROVINCE);
                }
            }
        }
        return new ReferenceConsolidation(List.copyOf(blocs), blocOf, gf, pf, pmc, List.copyOf(order), leaders, share, cap);
    }

    /** @return every bloc's reference result before the council, in the province review's order */
    public List<ReferenceResult> blocs() {
        return blocs;
    }

    /**
     * The outcome of a unit's case for an award after the council.
     *
     * @param unit  a unit of one of the blocs
     * @param award the award
     * @return the outcome
     */
    public Outcome outcome(UnitId unit, AwardType award) {
        if (award == AwardType.GOVERNMENT_FLAG && governmentFlag.containsKey(unit)) {
            return governmentFlag.get(unit);
        }
        if (award == AwardType.PROVINCIAL_FLAG && provincialFlag.containsKey(unit)) {
            return provincialFlag.get(unit);
        }
        if (award == AwardType.PRIME_MINISTER_CERTIFICATE && pmCertificate.containsKey(unit)) {
            return pmCertificate.get(unit);
        }
        ReferenceResult r = blocOf.get(unit);
        if (r == null) {
            throw new IllegalArgumentException("unit " + unit + " is in no bloc of the province");
        }
        return r.outcome(unit, award);
    }

    /**
     * The bloc result a unit belongs to.
     *
     * @param unit a unit
     * @return its bloc's reference result
     */
    public ReferenceResult blocOf(UnitId unit) {
        return blocOf.get(unit);
    }

    /** @return the Government-flag proposals in province-wide order */
    public List<UnitId> proposals() {
        return proposals;
    }

    /** @return the cap's base: bloc leaders in the province (every leader the blocs chose) */
    public int leaders() {
        return leaders;
    }

    /** @return {@code province.governmentFlagShare} */
    public BigDecimal share() {
        return share;
    }

    /** @return floor(share × leaders) */
    public int cap() {
        return cap;
    }

    /** @return the proposals kept within the cap */
    public int confirmed() {
        return Math.min(cap, proposals.size());
    }
}
