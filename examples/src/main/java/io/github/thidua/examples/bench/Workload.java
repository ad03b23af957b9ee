package io.github.thidua.examples.bench;

import io.github.thidua.core.AwardKind;
import io.github.thidua.core.AwardRecord;
import io.github.thidua.core.AwardStatus;
import io.github.thidua.core.Bloc;
import io.github.thidua.core.BlocId;
import io.github.thidua.core.BlocKind;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.BlocTerm;
import io.github.thidua.core.Criterion;
import io.github.thidua.core.CriterionKind;
import io.github.thidua.core.Election;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.Pact;
import io.github.thidua.core.Score;
import io.github.thidua.core.Scorecard;
import io.github.thidua.core.ScoringScheme;
import io.github.thidua.core.Stage;
import io.github.thidua.core.TaskRating;
import io.github.thidua.core.TermMethod;
import io.github.thidua.core.Unit;
import io.github.thidua.core.UnitId;
import io.github.thidua.core.UnitKind;
import io.github.thidua.core.UnitYearFacts;
import io.github.thidua.core.YearRating;
import io.github.thidua.core.law.AwardType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A deterministic, seeded synthetic national workload: year-end reviews of emulation blocs in 63 provinces, each bloc
 * with 5–40 member units (about 20 on average), 5-year rating and award histories, scorecards under a 100- or
 * 1000-point scheme, the year's facts, some nomination votes and elections, and both legal regimes mixed (achievement
 * years 2020–2023 under regime 2017, 2024–2025 under regime 2024, about half each; some reviews dated in January of the
 * next year, so the decree cited changes with the date).
 *
 * <p>It is a <em>stream</em>: {@link #iterator()} builds each {@link BlocReview} when asked and keeps no reference to
 * it, so a million units never sit in memory together. Bloc {@code i} depends only on the seed and {@code i} (its own
 * {@link SplittableRandom}), never on the blocs before it; {@link #specs()} hands out the cheap {@link Spec}s in order
 * so that several threads can {@link #build(Spec) build} and evaluate blocs in parallel.
 *
 * <p>The same seed and unit count always give the same blocs, unit ids and data, on any JVM.
 */
public final class Workload implements Iterable<BlocReview> {
    /** Preset: 10 000 units. */
    public static final int SMALL_UNITS = 10_000;
    /** Preset: 1 000 000 units (about 49 000 blocs). */
    public static final int LARGE_UNITS = 1_000_000;
    /** Default seed. */
    public static final long DEFAULT_SEED = 20_240_101L;
    /** Smallest and largest bloc. */
    public static final int MIN_BLOC = 5;
    public static final int MAX_BLOC = 40;

    /**
     * The 63 provinces and centrally run cities before the 2025 merger, with the bundled profile each uses. The three
     * provinces with a bundled profile use it; the others rotate over the four bundled profiles, so that every
     * profile's parameters (1–3 leaders, certificate shares 0.5 and 0.2) occur in the workload.
     */
    static final String[] PROVINCES = {
        "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
        "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
        "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
        "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
        "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
        "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
        "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Thành phố Hồ Chí Minh", "Trà Vinh",
        "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái"};
    private static final String[] PROFILES = {"national", "bac-ninh", "yen-bai", "bac-kan"};

    private static final UnitKind[] KINDS = {UnitKind.STATE_AGENCY, UnitKind.PARTY_AGENCY, UnitKind.MASS_ORGANISATION,
        UnitKind.SOCIAL_PROFESSIONAL_ASSOCIATION, UnitKind.PUBLIC_SERVICE_UNIT, UnitKind.ENTERPRISE, UnitKind.COMMUNE,
        UnitKind.CENTRAL_AGENCY};
    private static final ScoringScheme SCHEME_100 = scheme(100);
    private static final ScoringScheme SCHEME_1000 = scheme(1000);
    private static final long CONTENT_SALT = 0x5DEECE66DL;

    private final long seed;
    private final int units;

    /**
     * A workload.
     *
     * @param units the number of member units in all blocs together, at least 1
     * @param seed  the seed
     */
    public Workload(int units, long seed) {
        if (units < 1) {
            throw new IllegalArgumentException("units must be at least 1, was " + units);
        }
        this.units = units;
        this.seed = seed;
    }

    /** @return the number of units */
    public int units() {
        return units;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /**
     * What bloc {@code index} is, before it is built: its position, province, size and own seed.
     *
     * @param index    the bloc's position in the workload, from 0
     * @param province index into the province list
     * @param size     its number of members
     * @param seed     the seed of its content
     */
    public record Spec(int index, int province, int size, long seed) {
    }

    /** The blocs' specs in order; cheap (no review is built). Not thread-safe: share it behind a lock. */
    public Iterator<Spec> specs() {
        return new Iterator<>() {
            private int index;
            private int remaining = units;

            @Override
            public boolean hasNext() {
                return remaining > 0;
            }

            @Override
            public Spec next() {
                if (remaining <= 0) {
                    throw new NoSuchElementException();
                }
                long blocSeed = mix(seed * 0x9E3779B97F4A7C15L + index);
                int size = drawSize(new SplittableRandom(blocSeed));
                if (remaining - size < MIN_BLOC) {
                    // The last bloc takes what is left (never fewer than MIN_BLOC after it).
                    size = remaining <= MAX_BLOC ? remaining : remaining - MIN_BLOC;
                }
                remaining -= size;
                Spec spec = new Spec(index, index % PROVINCES.length, size, blocSeed);
                index++;
                return spec;
            }
        };
    }

    /** The reviews, each built when asked; nothing is retained. */
    @Override
    public Iterator<BlocReview> iterator() {
        Iterator<Spec> specs = specs();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return specs.hasNext();
            }

            @Override
            public BlocReview next() {
                return build(specs.next());
            }
        };
    }

    /** Size distribution: 80 % of blocs 5–30 members, 20 % 25–40; mean about 20.5. */
    static int drawSize(SplittableRandom r) {
        return r.nextInt(5) < 4 ? MIN_BLOC + r.nextInt(26) : 25 + r.nextInt(16);
    }

    /** The profile a province uses. */
    public static String profileOf(int province) {
        return switch (PROVINCES[province]) {
            case "Bắc Ninh" -> "bac-ninh";
            case "Yên Bái" -> "yen-bai";
            case "Bắc Kạn" -> "bac-kan";
            default -> PROFILES[province % PROFILES.length];
        };
    }

    /**
     * Builds bloc {@code spec}: the same spec always gives an equal review. Thread-safe.
     *
     * @param spec the bloc's spec
     * @return its year-end review
     */
    public static BlocReview build(Spec spec) {
        return new Builder(spec).review();
    }

    /**
     * A bloc of exactly {@code size} members drawn like the workload's blocs (for latency at a fixed size).
     *
     * @param seed  the seed
     * @param index a bloc number (ids and content depend on it)
     * @param size  the number of members, at least 1
     * @return its year-end review
     */
    public static BlocReview blocOfSize(long seed, int index, int size) {
        long blocSeed = mix(seed * 0x9E3779B97F4A7C15L + index);
        return build(new Spec(index, index % PROVINCES.length, size, blocSeed));
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static ScoringScheme scheme(int base) {
        BigDecimal b = BigDecimal.valueOf(base);
        int[] shares = {30, 25, 20, 15, 10};
        String[] groups = {"Thực hiện nhiệm vụ chính trị", "Công tác chuyên môn", "Cải cách hành chính",
            "Xây dựng Đảng, đoàn thể", "Công tác thi đua, khen thưởng"};
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            criteria.add(new Criterion("tc" + (i + 1), groups[i], groups[i], CriterionKind.REGULAR,
                    b.multiply(BigDecimal.valueOf(shares[i])).divide(BigDecimal.valueOf(100))));
        }
        BigDecimal five = b.multiply(BigDecimal.valueOf(5)).divide(BigDecimal.valueOf(100));
        criteria.add(new Criterion("thuong", "Điểm thưởng", "Thành tích nổi bật", CriterionKind.BONUS, five));
        criteria.add(new Criterion("tru", "Điểm trừ", "Vi phạm, chậm báo cáo", CriterionKind.PENALTY, five));
        return new ScoringScheme(b, criteria, five, five);
    }

    /** Builds one bloc from its own random stream. */
    private static final class Builder {
        private final Spec spec;
        private final SplittableRandom r;
        private final int year;
        private final int n;
        private final UnitId[] ids;
        private final double[] quality;

        Builder(Spec spec) {
            this.spec = spec;
            this.r = new SplittableRandom(spec.seed() ^ CONTENT_SALT);
            // Half regime 2017 (2020-2023), half regime 2024 (2024-2025).
            this.year = r.nextBoolean() ? 2020 + r.nextInt(4) : 2024 + r.nextInt(2);
            this.n = spec.size();
            this.ids = new UnitId[n];
            this.quality = new double[n];
        }

        BlocReview review() {
            String blocNo = pad(spec.index(), 6);
            String bid = "p" + pad(spec.province(), 2) + "-b" + blocNo;
            String province = PROVINCES[spec.province()];
            UnitKind kind = KINDS[r.nextInt(KINDS.length)];
            List<Unit> members = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids[i] = new UnitId("b" + blocNo + "-u" + pad(i + 1, 2));
                // A unit's latent quality drives its scores, ratings and history alike.
                quality[i] = 0.55 + 0.45 * Math.sqrt(r.nextDouble());
                members.add(new Unit(ids[i], "Đơn vị " + (i + 1) + " khối " + spec.index(),
                        r.nextInt(10) == 0 ? KINDS[r.nextInt(KINDS.length)] : kind));
            }
            Bloc bloc = new Bloc(new BlocId(bid), "Khối thi đua số " + spec.index() + " tỉnh " + province,
                    kind == UnitKind.COMMUNE ? BlocKind.CUM : BlocKind.KHOI, province, "UBND tỉnh " + province, members);

            LocalDate reviewDate = switch (r.nextInt(10)) {
                case 0, 1 -> LocalDate.of(year + 1, 1, 5 + r.nextInt(20));  // held in January of the next year
                case 2 -> LocalDate.of(year, 12, 10 + r.nextInt(20));
                default -> null;                                          // 31 December
            };
            BlocTerm term = null;
            if (n >= 2) {
                int head = r.nextInt(n);
                Integer deputy = r.nextInt(10) == 0 ? null : other(head);
                term = new BlocTerm(year, ids[head], deputy == null ? null : ids[deputy], TermMethod.ELECTED);
            }
            Pact pact = new Pact(year, LocalDate.of(year, 2, 1 + r.nextInt(27)), List.of(ids), List.of());
            ScoringScheme scheme = r.nextInt(4) == 0 ? SCHEME_1000 : SCHEME_100;

            List<Scorecard> cards = new ArrayList<>(n);
            List<YearRating> ratings = new ArrayList<>(n * 5);
            List<UnitYearFacts> facts = new ArrayList<>(n);
            List<AwardRecord> history = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (r.nextInt(200) != 0) {
                    cards.add(scorecard(i, scheme));
                }
                TaskRating[] past = new TaskRating[5];
                for (int back = 4; back >= 0; back--) {
                    past[back] = rating(quality[i]);
                    if (back > 0 || r.nextInt(100) != 0) { // 1 % have no rating for the year
                        ratings.add(new YearRating(ids[i], year - back, past[back]));
                    }
                }
                if (r.nextInt(50) != 0) {                   // 2 % have no facts: not assessed
                    facts.add(facts(i));
                }
                history(i, past, history);
            }
            List<NominationVote> votes = votes();
            Election election = election(term);
            return new BlocReview(Stage.YEAR_END, year, reviewDate, bloc, term, pact, scheme, cards, ratings, facts,
                    history, votes, election, profileOf(spec.province()), false, null);
        }

        /** {@code value} with leading zeros to {@code width} digits (String.format is slow, and slower cold). */
        private static String pad(int value, int width) {
            String s = Integer.toString(value);
            return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
        }

        private int other(int i) {
            int j = r.nextInt(n - 1);
            return j >= i ? j + 1 : j;
        }

        private Scorecard scorecard(int i, ScoringScheme scheme) {
            List<Score> scores = new ArrayList<>(scheme.criteria().size());
            for (Criterion c : scheme.criteria()) {
                double max = c.max().doubleValue();
                double self;
                switch (c.kind()) {
                    case BONUS -> self = r.nextInt(3) == 0 ? max * r.nextDouble() : 0;
                    case PENALTY -> self = r.nextInt(5) == 0 ? max * r.nextDouble() * 0.6 : 0;
                    default -> self = max * Math.min(1.0, quality[i] + 0.08 * (r.nextDouble() - 0.3));
                }
                BigDecimal s = half(self, max);
                BigDecimal assessed = null;
                if (c.kind() == CriterionKind.REGULAR && r.nextBoolean()) {
                    assessed = half(self - max * 0.05 * r.nextDouble(), max);
                }
                if (s.signum() > 0 || assessed != null || c.kind() == CriterionKind.REGULAR) {
                    scores.add(new Score(c.id(), s, assessed));
                }
            }
            return new Scorecard(ids[i], scores);
        }

        /** Rounded to half points (ties happen, as in real blocs), within [0, max]. */
        private static BigDecimal half(double v, double max) {
            double x = Math.max(0, Math.min(max, Math.round(v * 2) / 2.0));
            return BigDecimal.valueOf(x).setScale(1);
        }

        private TaskRating rating(double q) {
            double x = r.nextDouble();
            if (x < (q - 0.5) * 1.7) {
                return TaskRating.EXCELLENT;
            } else if (x < 0.97) {
                return TaskRating.GOOD;
            } else if (x < 0.995) {
                return TaskRating.COMPLETED;
            }
            return TaskRating.NOT_COMPLETED;
        }

        private UnitYearFacts facts(int i) {
            double q = quality[i];
            int headcount = 5 + r.nextInt(r.nextInt(4) == 0 ? 196 : 40);
            int completed = r.nextInt(5) == 0 ? headcount - 1 - r.nextInt(Math.max(1, headcount / 10)) : headcount;
            // Lao động tiên tiến shares cluster around the 50 % and 70 % thresholds.
            double share = switch (r.nextInt(4)) {
                case 0 -> 0.66 + 0.08 * r.nextDouble();
                case 1 -> 0.47 + 0.06 * r.nextDouble();
                default -> 0.4 + 0.6 * q * r.nextDouble() + 0.2;
            };
            int advanced = Math.min(headcount, (int) Math.round(share * headcount));
            int fighters = r.nextInt(8) == 0 ? 0 : Math.min(advanced, 1 + r.nextInt(1 + headcount / 10));
            int disciplined = r.nextInt(12) == 0 ? 1 + r.nextInt(2) : 0;
            int women = r.nextInt(headcount + 1);
            MemberStatistics stats = new MemberStatistics(headcount, Math.max(0, completed), advanced, fighters,
                    Math.min(headcount, disciplined), women);
            LocalDate disciplineEnded = null;
            if (r.nextInt(33) == 0) {
                disciplineEnded = switch (r.nextInt(3)) {
                    case 0 -> LocalDate.of(year, 1, 1);
                    case 1 -> LocalDate.of(year, 1, 2);
                    default -> LocalDate.of(year - 1 - r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
                };
            }
            return new UnitYearFacts(ids[i], year, r.nextDouble() < 0.45 + 0.5 * q, r.nextDouble() < 0.92,
                    r.nextInt(25) != 0, r.nextInt(60) == 0, r.nextInt(70) == 0, r.nextInt(70) == 0,
                    r.nextInt(50) == 0, disciplineEnded, stats);
        }

        /** Five years of awards before the review year, led by the unit's ratings, plus an older certificate. */
        private void history(int i, TaskRating[] past, List<AwardRecord> out) {
            if (r.nextInt(3) == 0) {
                out.add(award(i, AwardType.PROVINCIAL_CERTIFICATE, year - 5 - r.nextInt(3)));
            }
            for (int back = 4; back >= 1; back--) {
                int y = year - back;
                if (past[back] != TaskRating.EXCELLENT) {
                    if (r.nextInt(4) == 0) {
                        out.add(award(i, AwardType.CERTIFICATE_OF_COMMENDATION, y));
                    }
                    continue;
                }
                switch (r.nextInt(10)) {
                    case 0 -> out.add(award(i, AwardType.PROVINCIAL_FLAG, y));
                    case 1, 2, 3 -> out.add(award(i, AwardType.PROVINCIAL_CERTIFICATE, y));
                    case 4, 5 -> out.add(award(i, AwardType.EXCELLENT_LABOUR_COLLECTIVE, y));
                    case 6 -> out.add(award(i, AwardType.ADVANCED_LABOUR_COLLECTIVE, y));
                    default -> {
                    }
                }
            }
            if (r.nextInt(100) == 0) { // a state-level form already granted for the review year
                out.add(new AwardRecord(ids[i], r.nextBoolean() ? AwardType.PRIME_MINISTER_CERTIFICATE
                        : AwardType.GOVERNMENT_FLAG, year, null, r.nextInt(3) == 0 ? AwardKind.IRREGULAR
                        : AwardKind.REGULAR, AwardStatus.GRANTED));
            }
        }

        private AwardRecord award(int i, AwardType type, int y) {
            int k = r.nextInt(40);
            AwardKind kind = k == 0 ? AwardKind.IRREGULAR : k == 1 ? AwardKind.THEMATIC : AwardKind.REGULAR;
            AwardStatus status = k == 2 ? AwardStatus.REVOKED : AwardStatus.GRANTED;
            return new AwardRecord(ids[i], type, y, null, kind, status);
        }

        /** A third of the blocs record votes on the flags for their best units, around the 50 % threshold. */
        private List<NominationVote> votes() {
            if (r.nextInt(3) != 0) {
                return List.of();
            }
            List<NominationVote> votes = new ArrayList<>();
            int count = Math.min(n, 1 + r.nextInt(3));
            boolean[] used = new boolean[n];
            for (int k = 0; k < count; k++) {
                int best = -1;
                for (int i = 0; i < n; i++) {
                    if (!used[i] && (best < 0 || quality[i] > quality[best])) {
                        best = i;
                    }
                }
                used[best] = true;
                int present = n - r.nextInt(Math.min(3, n));
                int votesFor = Math.max(0, Math.min(present, (n + 1) / 2 + r.nextInt(5) - 2));
                int against = r.nextInt(present - votesFor + 1);
                AwardType award = r.nextInt(3) == 0 ? AwardType.GOVERNMENT_FLAG : AwardType.PROVINCIAL_FLAG;
                votes.add(new NominationVote(ids[best], award, votesFor, against, present, n));
            }
            return votes;
        }

        /** 60 % of the blocs record an election; some re-elect this year's head, some elect no deputy. */
        private Election election(BlocTerm term) {
            if (n < 2 || r.nextInt(5) >= 3) {
                return null;
            }
            int head = r.nextInt(8) == 0 && term != null ? indexOf(term.head()) : r.nextInt(n);
            Integer deputy = r.nextInt(8) == 0 ? null : other(head);
            return new Election(ids[head], deputy == null ? null : ids[deputy]);
        }

        private int indexOf(UnitId id) {
            for (int i = 0; i < n; i++) {
                if (ids[i].equals(id)) {
                    return i;
                }
            }
            throw new IllegalStateException(id.toString());
        }
    }
}
