package io.github.thidua.core.json;

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
import io.github.thidua.core.DecisionRef;
import io.github.thidua.core.Election;
import io.github.thidua.core.MemberStatistics;
import io.github.thidua.core.NominationVote;
import io.github.thidua.core.Pact;
import io.github.thidua.core.PactTarget;
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
import io.github.thidua.core.profile.Profiles;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates consistent bloc reviews for property tests: 1–8 members with Vietnamese names, scores within their
 * criterion's maximum at various scales, facts with statistics that add up, ratings, history, votes and terms.
 * Every choice is drawn from QuickTheories' randomness source, so failures shrink and seeds reproduce.
 */
final class BlocReviewGenerator {
    private static final List<String> ONSETS = List.of("", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l",
            "m", "n", "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x");
    private static final List<String> VOWELS = List.of("a", "à", "á", "ả", "ã", "ạ", "ă", "ằ", "ắ", "ẳ", "ẵ", "ặ", "â",
            "ầ", "ấ", "ẩ", "ẫ", "ậ", "e", "è", "é", "ẻ", "ẽ", "ẹ", "ê", "ề", "ế", "ể", "ễ", "ệ", "i", "ì", "í", "ỉ", "ĩ",
            "ị", "o", "ò", "ó", "ỏ", "õ", "ọ", "ô", "ồ", "ố", "ổ", "ỗ", "ộ", "ơ", "ờ", "ớ", "ở", "ỡ", "ợ", "u", "ù",
            "ú", "ủ", "ũ", "ụ", "ư", "ừ", "ứ", "ử", "ữ", "ự", "y", "ỳ", "ý", "ỷ", "ỹ", "ỵ", "oa", "uyê", "ươ", "iê");
    private static final List<String> CODAS = List.of("", "", "n", "ng", "nh", "m", "c", "t", "p", "i", "o");
    private static final List<String> PREFIXES = List.of("Hội", "Sở", "Ban", "Liên đoàn", "Hiệp hội", "Đoàn",
            "Trung tâm", "Ủy ban", "Xã", "Phường", "Công ty", "Bệnh viện", "Trường");
    private static final List<String> PROVINCES = List.of("Bắc Ninh", "Yên Bái", "Bắc Kạn", "Thừa Thiên Huế",
            "Đắk Lắk", "Bà Rịa – Vũng Tàu", "Hà Nội");
    private static final List<String> ODD_TEXT = List.of("Trích \"báo cáo\"", "a\\b", "dòng 1\ndòng 2", "tab\there",
            "😀 biểu tượng", "  khoảng trắng  ", "");
    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_.";

    private BlocReviewGenerator() {
    }

    static Gen<BlocReview> blocReviews() {
        return in -> new Draw(in).review();
    }

    /** One generation: draws values from the source in a fixed order. */
    private static final class Draw {
        private final RandomnessSource in;
        private int year;
        private List<UnitId> ids;

        Draw(RandomnessSource in) {
            this.in = in;
        }

        int between(int min, int max) {
            return (int) in.next(Constraint.between(min, max));
        }

        boolean chance(int percent) {
            return between(1, 100) <= percent;
        }

        <T> T pick(List<T> values) {
            return values.get(between(0, values.size() - 1));
        }

        <E extends Enum<E>> E pick(Class<E> type) {
            return pick(List.of(type.getEnumConstants()));
        }

        String syllable(boolean capital) {
            String s = pick(ONSETS) + pick(VOWELS) + pick(CODAS);
            return capital ? s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) : s;
        }

        /** A Vietnamese-looking name in NFC: a prefix and one to four syllables. */
        String name() {
            StringBuilder sb = new StringBuilder(pick(PREFIXES));
            int n = between(1, 4);
            for (int i = 0; i < n; i++) {
                sb.append(' ').append(syllable(i == 0 || chance(30)));
            }
            return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
        }

        String text() {
            return chance(15) ? pick(ODD_TEXT) + " " + name() : name();
        }

        String id(int index) {
            StringBuilder sb = new StringBuilder().append("u").append(index);
            int n = between(0, 8);
            for (int i = 0; i < n; i++) {
                sb.append(ID_CHARS.charAt(between(0, ID_CHARS.length() - 1)));
            }
            return sb.toString();
        }

        LocalDate date(int fromYear, int toYear) {
            LocalDate start = LocalDate.of(fromYear, 1, 1);
            int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - start.toEpochDay());
            return start.plusDays(between(0, days));
        }

        /** A positive decimal with 0–2 decimal places, e.g. 40, 12.5 or 7.25. */
        BigDecimal positive(int maxUnits) {
            int scale = between(0, 2);
            long unscaled = between(1, maxUnits * (int) Math.pow(10, scale));
            return BigDecimal.valueOf(unscaled, scale);
        }

        BigDecimal notNegative(int maxUnits) {
            return chance(20) ? BigDecimal.valueOf(0, between(0, 2)) : positive(maxUnits);
        }

        /** A score between 0 and {@code max}, at a scale of its own (0–3 places). */
        BigDecimal score(BigDecimal max) {
            int scale = between(0, 3);
            int bound = max.movePointRight(scale).setScale(0, RoundingMode.FLOOR).intValueExact();
            return BigDecimal.valueOf(between(0, bound), scale);
        }

        <T> List<T> subset(List<T> values) {
            List<T> out = new ArrayList<>();
            for (T v : values) {
                if (chance(60)) {
                    out.add(v);
                }
            }
            return out;
        }

        BlocReview review() {
            Stage stage = pick(Stage.class);
            year = chance(80) ? between(2017, 2030) : between(2017, 2100);
            LocalDate reviewDate = chance(70) ? date(year, Math.min(year + 1, 2100)) : null;
            int size = between(1, 8);
            ids = new ArrayList<>();
            List<Unit> members = new ArrayList<>();
            for (int i = 1; i <= size; i++) {
                UnitId id = UnitId.of(id(i));
                ids.add(id);
                members.add(new Unit(id, name(), pick(UnitKind.class)));
            }
            String province = pick(PROVINCES);
            Bloc bloc = new Bloc(BlocId.of("khoi-" + id(0)), "Khối thi đua " + name(), pick(BlocKind.class),
                    province, chance(50) ? "UBND tỉnh " + province : null, members);
            ScoringScheme scheme = chance(70) ? scheme() : null;
            List<UnitYearFacts> facts = facts(stage);
            return new BlocReview(stage, year, reviewDate, bloc, chance(60) ? term() : null,
                    chance(50) ? pact() : null, scheme, scheme == null ? List.of() : scorecards(scheme), ratings(),
                    facts, history(), votes(), chance(40) ? election() : null, pick(List.copyOf(new TreeSet<>(
                            Profiles.BUNDLED))), chance(50), chance(50) ? text() : null);
        }

        UnitId member() {
            return pick(ids);
        }

        UnitId otherMember(UnitId not) {
            List<UnitId> others = ids.stream().filter(u -> !u.equals(not)).toList();
            return others.isEmpty() || chance(25) ? null : pick(others);
        }

        BlocTerm term() {
            UnitId head = member();
            return new BlocTerm(year, head, otherMember(head), pick(TermMethod.class));
        }

        Election election() {
            UnitId head = member();
            return new Election(head, otherMember(head));
        }

        Pact pact() {
            List<UnitId> signatories = subset(ids);
            List<PactTarget> targets = new ArrayList<>();
            int n = between(0, 3);
            for (int i = 0; i < n; i++) {
                targets.add(new PactTarget(member(), "Chỉ tiêu " + name()));
            }
            return new Pact(year, chance(60) ? date(year, year) : null, signatories, targets);
        }

        ScoringScheme scheme() {
            List<Criterion> criteria = new ArrayList<>();
            int n = between(1, 5);
            for (int i = 1; i <= n; i++) {
                criteria.add(new Criterion("C" + i, "Nhóm " + syllable(true), name(), pick(CriterionKind.class),
                        positive(60)));
            }
            return new ScoringScheme(positive(1000), criteria, notNegative(20), notNegative(20));
        }

        List<Scorecard> scorecards(ScoringScheme scheme) {
            List<Scorecard> cards = new ArrayList<>();
            for (UnitId unit : subset(ids)) {
                List<Score> scores = new ArrayList<>();
                for (Criterion c : subset(scheme.criteria())) {
                    scores.add(new Score(c.id(), score(c.max()), chance(40) ? score(c.max()) : null));
                }
                cards.add(new Scorecard(unit, scores));
            }
            return cards;
        }

        List<YearRating> ratings() {
            List<YearRating> ratings = new ArrayList<>();
            for (UnitId unit : subset(ids)) {
                for (int y = year - between(0, 3); y <= year; y++) {
                    if (chance(70)) {
                        ratings.add(new YearRating(unit, y, pick(TaskRating.class)));
                    }
                }
            }
            return ratings;
        }

        List<UnitYearFacts> facts(Stage stage) {
            List<UnitYearFacts> facts = new ArrayList<>();
            for (UnitId unit : ids) {
                if (stage == Stage.YEAR_END || chance(40)) {
                    facts.add(facts(unit, year));
                }
                if (chance(20)) {
                    facts.add(facts(unit, year - 1));
                }
            }
            return facts;
        }

        UnitYearFacts facts(UnitId unit, int factsYear) {
            int headcount = between(1, 500);
            MemberStatistics stats = new MemberStatistics(headcount, between(0, headcount), between(0, headcount),
                    between(0, headcount), between(0, headcount), between(0, headcount));
            return new UnitYearFacts(unit, factsYear, chance(70), chance(80), chance(90), chance(10), chance(10),
                    chance(10), chance(10), chance(15) ? date(factsYear - 3, factsYear) : null, stats);
        }

        List<AwardRecord> history() {
            List<AwardRecord> history = new ArrayList<>();
            int n = between(0, 4);
            for (int i = 0; i < n; i++) {
                int achieved = between(1990, year);
                DecisionRef decision = chance(60) ? new DecisionRef(between(1, 999) + "/QĐ-UBND",
                        date(achieved, Math.min(achieved + 1, 2100))) : null;
                history.add(new AwardRecord(member(), pick(AwardType.class), achieved, decision, pick(AwardKind.class),
                        pick(AwardStatus.class)));
            }
            return history;
        }

        List<NominationVote> votes() {
            List<NominationVote> votes = new ArrayList<>();
            for (UnitId unit : subset(ids)) {
                for (AwardType award : subset(List.of(AwardType.values()))) {
                    int members = between(1, 40);
                    int present = between(0, members);
                    int votesFor = between(0, present);
                    votes.add(new NominationVote(unit, award, votesFor, between(0, present - votesFor), present,
                            members));
                }
            }
            return votes;
        }
    }
}
