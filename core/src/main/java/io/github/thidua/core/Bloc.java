package io.github.thidua.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An emulation bloc or cluster (khối / cụm thi đua): the units a province groups together each year to sign
 * a pact, score, review and nominate leaders (Luật 06/2022/QH15, Điều 16 khoản 2 điểm c; HD 1479/HD-BTĐKT).
 *
 * @param id        identifier of the bloc
 * @param name      name in Vietnamese
 * @param kind      khối or cụm
 * @param province  the province (or ministry) that organises it
 * @param organiser the body that organises and directs it, e.g. "UBND tỉnh Bắc Ninh" (may be null)
 * @param members   the member units, at least one, unique ids, in the order given
 */
public record Bloc(BlocId id, String name, BlocKind kind, String province, String organiser, List<Unit> members) {
    public Bloc {
        Checks.notNull(id, "bloc id");
        Checks.notBlank(name, "bloc name");
        Checks.notNull(kind, "bloc kind");
        Checks.notBlank(province, "province");
        members = Checks.list(members, "bloc members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("bloc " + id + " has no members");
        }
        Checks.unique(members, Unit::id, "member unit id");
    }

    public int size() {
        return members.size();
    }

    public boolean isMember(UnitId unit) {
        return members.stream().anyMatch(u -> u.id().equals(unit));
    }

    public Optional<Unit> member(UnitId unit) {
        return members.stream().filter(u -> u.id().equals(unit)).findFirst();
    }

    public Set<UnitId> memberIds() {
        return members.stream().map(Unit::id).collect(Collectors.toUnmodifiableSet());
    }
}
