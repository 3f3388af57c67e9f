package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.List;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.InitiativeGroup;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.PolicyGroup;

/**
 * One line of the 目次: a 方針 (level 1), 基本的取組 (2) or プラン (3) with the page it starts on.
 * The page is printed by the exporter ({@link BookletPdfExporter}) once the body is filled.
 */
public final class ContentsEntry {

    private final int level;
    private final String label;
    private final String title;
    private final String anchor;

    private ContentsEntry(int level, String label, String title, String anchor) {
        this.level = level;
        this.label = label;
        this.title = title;
        this.anchor = anchor;
    }

    public static List<ContentsEntry> of(Compilation compilation) {
        List<ContentsEntry> entries = new ArrayList<>();
        for (PolicyGroup policy : compilation.policies()) {
            entries.add(new ContentsEntry(1, "方針" + policy.policyNo(), policy.title(),
                    PageIndex.policyAnchor(policy.policyNo(), policy.title())));
            for (InitiativeGroup initiative : policy.initiatives()) {
                entries.add(new ContentsEntry(2, initiative.code(), initiative.title(),
                        PageIndex.initiativeAnchor(initiative.code(), initiative.title())));
                for (PlanEntry plan : initiative.plans()) {
                    entries.add(new ContentsEntry(3, "プラン" + plan.master().planNo(), plan.master().planTitle(),
                            PageIndex.planAnchor(plan.master().planNo(), plan.master().planTitle())));
                }
            }
        }
        return entries;
    }

    public int getLevel() {
        return level;
    }

    public String getLabel() {
        return label;
    }

    public String getTitle() {
        return title;
    }

    public String getAnchor() {
        return anchor;
    }
}
