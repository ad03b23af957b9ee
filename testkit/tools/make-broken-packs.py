#!/usr/bin/env python3
"""Regenerates testkit/src/test/resources/broken-packs/ from the bundled rule pack.

Each broken pack is a copy of rules/src/main/resources/io/github/thidua/rules/** (the files listed in the bundled
pack.json) with ONE deliberate defect, and a pack.json naming the pack, the defect and the consistency law expected
to catch it. BrokenPacksTest compiles each pack at runtime and asserts that the suite fails with that law.

Run from the repository root after the bundled DRL changes:

    python3 testkit/tools/make-broken-packs.py

Every edit is an exact text replacement; the script stops if the bundled DRL no longer contains the text it edits.
"""
import json
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "rules/src/main/resources/io/github/thidua/rules"
TARGET = ROOT / "testkit/src/test/resources/broken-packs"


def replace(text, old, new, what):
    if text.count(old) != 1:
        sys.exit(f"{what}: expected exactly one occurrence of {old!r}, found {text.count(old)}")
    return text.replace(old, new)


def remove_rule(text, rule_id, what):
    """Removes the whole rule whose @ruleId is rule_id (from its 'rule' line to its 'end' line)."""
    pattern = re.compile(r'\nrule "[^"\n]*"\n    @ruleId\("' + re.escape(rule_id) + r'"\).*?\nend\n', re.S)
    if len(pattern.findall(text)) != 1:
        sys.exit(f"{what}: rule {rule_id} not found exactly once")
    return pattern.sub("\n", text)


def certificate_quota_off_by_one(files):
    f = "common/selection.drl"
    t = files[f]
    t = replace(t, "$better < Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) )",
                "$better <= Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) )", f)
    t = replace(t, "$better >= Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) )",
                "$better > Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) )", f)
    files[f] = t
    return f


def missing_exclusion(files):
    f = "regime2024/exclusions.drl"
    files[f] = remove_rule(files[f], "EXCL24_PENDING_REVIEW_ND98", f)
    return f


def regime_leak(files):
    f = "regime2017/excellent-labour-collective.drl"
    head, sep, rest = files[f].partition('@ruleId("ELC17_ADVANCED_LABOUR_70")')
    guard = "ReviewContext( regime == Regime.REGIME_2017, yearEnd == true )"
    if not sep or guard not in rest:
        sys.exit(f"{f}: ELC17_ADVANCED_LABOUR_70 or its regime guard not found")
    files[f] = head + sep + rest.replace(guard, "ReviewContext( yearEnd == true )", 1)
    return f


def elc_threshold_69(files):
    f = "regime2024/excellent-labour-collective.drl"
    files[f] = replace(files[f], "100L * s.advancedLabour() >= 70L * s.headcount()",
                       "100L * s.advancedLabour() >= 69L * s.headcount()", f)
    return f


def missing_citation(files):
    f = "common/selection.drl"
    t = files[f]
    head, sep, rest = t.partition('@ruleId("DECIDE_HIGHEST_AWARD")')
    rest = re.sub(r'@legalBasis\("[^"]*"\)', '@legalBasis("")', rest, count=1)
    files[f] = head + sep + rest
    return f


TIE_SELECT = '''rule "Certificates: the best-ranked candidates receive the provincial certificate, up to the profile's share of members"
    @ruleId("SEL_CERTIFICATES")
    @legalBasis("Bằng khen cho các đơn vị xếp sau đơn vị dẫn đầu của khối (practice); cap set by the province")
    @certainty("assumption")
    ruleflow-group "quotas"
    salience ( $t.movePointRight(2).intValue() + 1000000 )
when
    $ctx : ReviewContext()
    $c : CertificateCandidate( $u : unitId, $r : rank )
    Member( unitId == $u, $t : total )
    $share : Param( name == "bloc.certificateShare" )
    not Selected( unitId == $u, award == AwardType.PROVINCIAL_CERTIFICATE )
    accumulate( Selected( award == AwardType.PROVINCIAL_CERTIFICATE ); $taken : count(1);
                $taken < Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) )
then
    insert(new Selected($u, AwardType.PROVINCIAL_CERTIFICATE, $r, false));
    outcomes.note(kcontext, $u, AwardType.PROVINCIAL_CERTIFICATE,
        "Trong chỉ tiêu Bằng khen của khối (" + ($taken.intValue() + 1) + "/" + Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) + ")",
        "Within the bloc's certificate quota (" + ($taken.intValue() + 1) + " of " + Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) + ")",
        $share);
end

rule "Certificates: candidates beyond the quota are not selected"
    @ruleId("SEL_CERTIFICATES_CUT")
    @legalBasis("Bằng khen cho các đơn vị xếp sau đơn vị dẫn đầu của khối (practice); cap set by the province")
    @certainty("assumption")
    ruleflow-group "quotas"
    salience -1
when
    $ctx : ReviewContext()
    $c : CertificateCandidate( $u : unitId, $r : rank )
    $share : Param( name == "bloc.certificateShare" )
    not Selected( unitId == $u, award == AwardType.PROVINCIAL_CERTIFICATE )
    accumulate( Selected( award == AwardType.PROVINCIAL_CERTIFICATE ); $taken : count(1);
                $taken >= Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) )
then
    outcomes.decide(kcontext, $u, AwardType.PROVINCIAL_CERTIFICATE, Outcome.ELIGIBLE_NOT_SELECTED,
        "Đủ tiêu chuẩn nhưng ngoài chỉ tiêu Bằng khen của khối (tối đa " + Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) + ")",
        "Eligible, but outside the bloc's certificate quota (at most " + Quotas.floorShare($share.getDecimalValue(), $ctx.getBlocSize()) + ")",
        $share);
end
'''


def tie_by_insertion_order(files):
    """Certificates go greedily to the highest totals: equal totals are taken in agenda (insertion) order."""
    f = "common/selection.drl"
    t = files[f]
    start = t.index('rule "Certificates: the best-ranked candidates receive the provincial certificate')
    end_marker = 'rule "One achievement, one award: a unit receives the highest award it is selected for"'
    end = t.index(end_marker)
    files[f] = t[:start] + TIE_SELECT + "\n" + t[end:]
    return f


def government_flag_for_non_leader(files):
    f = "regime2024/government-flag.drl"
    files[f] = remove_rule(files[f], "GF24_BLOC_LEADER", f)
    return f


def two_awards_one_achievement(files):
    """A title and a commendation for the same achievement: the one-award rule only compares awards of one form."""
    f = "common/selection.drl"
    t = files[f]
    t = replace(t, """    $s : Selected( $u : unitId, $a : award, $p : precedence )
    not Selected( unitId == $u, precedence < $p )
then
    outcomes.decide(kcontext, $u, $a, $s.isPendingProvince()""",
                """    $s : Selected( $u : unitId, $a : award, $p : precedence )
    not Selected( unitId == $u, precedence < $p, award.form() == $a.form() )
then
    outcomes.decide(kcontext, $u, $a, $s.isPendingProvince()""", f)
    t = replace(t, """    $h : Selected( unitId == $u, precedence < $p, $top : award, $hp : precedence )
    not Selected( unitId == $u, precedence < $hp )
then
    outcomes.decide(kcontext, $u, $a, Outcome.ELIGIBLE_NOT_SELECTED,""",
                """    $h : Selected( unitId == $u, precedence < $p, $top : award, $hp : precedence, award.form() == $a.form() )
    not Selected( unitId == $u, precedence < $hp, award.form() == $a.form() )
then
    outcomes.decide(kcontext, $u, $a, Outcome.ELIGIBLE_NOT_SELECTED,""", f)
    files[f] = t
    return f


PACKS = [
    ("certificate-quota-off-by-one", certificate_quota_off_by_one, "quota-conservation",
     "SEL_CERTIFICATES and SEL_CERTIFICATES_CUT compare with <= / > instead of < / >=: one certificate more than"
     " floor(bloc.certificateShare × members)"),
    ("missing-exclusion", missing_exclusion, "hierarchy",
     "EXCL24_PENDING_REVIEW_ND98 removed: in regime 2024 up to 30/06/2025 a unit under discipline review,"
     " investigation, complaint or press verification is not excluded"),
    ("regime-leak", regime_leak, "regime-partition",
     "ELC17_ADVANCED_LABOUR_70 no longer checks the regime: a 2017 rule fires for 2024 and later"),
    ("elc-threshold-69", elc_threshold_69, "soundness",
     "ELC24_ADVANCED_LABOUR_70 tests 100 × holders >= 69 × headcount: the excellent labour collective at 69 %"),
    ("missing-citation", missing_citation, "citation",
     "DECIDE_HIGHEST_AWARD has an empty @legalBasis: recommended awards carry a reason without legal basis"),
    ("tie-by-insertion-order", tie_by_insertion_order, "permutation-invariance",
     "provincial certificates go greedily to the highest totals (dynamic salience): equal totals at the quota"
     " boundary are broken by agenda (insertion) order instead of the ranking's tie-breaks"),
    ("government-flag-for-non-leader", government_flag_for_non_leader, "hierarchy",
     "GF24_BLOC_LEADER removed: in regime 2024 the Government flag goes to the best-ranked unit meeting its"
     " standards, leader or not"),
    ("two-awards-one-achievement", two_awards_one_achievement, "exclusivity",
     "DECIDE_HIGHEST_AWARD / DECIDE_SUPERSEDED compare only awards of the same form: a unit receives a title and a"
     " commendation (e.g. Government flag and PM certificate) for one achievement"),
]


def main():
    bundled = json.loads((BUNDLED / "pack.json").read_text(encoding="utf-8"))
    sources = {f: (BUNDLED / f).read_text(encoding="utf-8") for f in bundled["files"]}
    if TARGET.exists():
        for child in TARGET.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, defect, law, description in PACKS:
        files = dict(sources)
        changed = defect(files)
        if files[changed] == sources[changed]:
            sys.exit(f"{name}: the defect changed nothing")
        pack_dir = TARGET / name
        for f, text in files.items():
            out = pack_dir / f
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
        pack = {
            "name": "broken-" + name,
            "version": bundled["version"],
            "description": "The bundled pack with ONE deliberate defect, for BrokenPacksTest.",
            "defect": description,
            "defectFile": changed,
            "caughtBy": law,
            "files": bundled["files"],
        }
        (pack_dir / "pack.json").write_text(json.dumps(pack, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{name}: {changed} ({law})")


if __name__ == "__main__":
    main()
