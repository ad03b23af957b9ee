package io.github.thidua.rules.engine;

import io.github.thidua.rules.AuditEntry;
import io.github.thidua.rules.facts.Condition;
import io.github.thidua.rules.facts.Eligible;
import io.github.thidua.rules.facts.GovernmentFlagProposal;
import io.github.thidua.rules.facts.Leader;
import io.github.thidua.rules.facts.Member;
import io.github.thidua.rules.facts.Selected;
import io.github.thidua.rules.facts.Vote;
import io.github.thidua.rules.pack.RuleMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records every rule firing (rule id, name, units matched) as the audit trail of an evaluation. */
public final class AuditListener extends DefaultAgendaEventListener {
    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<String> firedRuleIds = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Set<String> units = new LinkedHashSet<>();
        for (Object o : event.getMatch().getObjects()) {
            String u = unitOf(o);
            if (u != null) {
                units.add(u);
            }
        }
        String id = RuleMetadata.ruleId(event.getMatch().getRule());
        firedRuleIds.add(id);
        entries.add(new AuditEntry(id, event.getMatch().getRule().getName(), List.copyOf(units)));
    }

    private static String unitOf(Object o) {
        if (o instanceof Member m) {
            return m.getUnitId().value();
        } else if (o instanceof Condition c) {
            return c.getUnitId().value();
        } else if (o instanceof Eligible e) {
            return e.getUnitId().value();
        } else if (o instanceof Leader l) {
            return l.getUnitId().value();
        } else if (o instanceof Selected s) {
            return s.getUnitId().value();
        } else if (o instanceof Vote v) {
            return v.getUnitId().value();
        } else if (o instanceof GovernmentFlagProposal p) {
            return p.getUnitId().value();
        }
        return null;
    }

    public List<AuditEntry> entries() {
        return entries;
    }

    public List<String> firedRuleIds() {
        return firedRuleIds;
    }
}
