package jp.planreport.report.pdf;

import java.util.ArrayList;
import java.util.List;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.InitiativeGroup;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.PolicyGroup;

/**
 * One line of the 目次: a 方針 (level 1), 基本的取組 (2) or プラン (3) with the page it starts on.
 * The page is looked up in the {@link PageIndex} when the line is printed.
 */
public final class ContentsEntry {

    private final int level;
    private final String label;
    private final String title;
    private final String anchor;
    private final PageIndex pages;

    private ContentsEntry(int level, String label, String title, String anchor, PageIndex pages) {
        this.level = level;
        this.label = label;
        this.title = title;
        this.anchor = anchor;
        this.pages = pages;
    }

    static List<ContentsEntry> of(Compilation compilation, PageIndex pages) {
        List<ContentsEntry> entries = new ArrayList<>();
        for (PolicyGroup policy : compilation.policies()) {
            entries.add(new ContentsEntry(1, "方針" + policy.policyNo(), policy.title(),
                    PageIndex.policyAnchor(policy.policyNo(), policy.title()), pages));
            for (InitiativeGroup initiative : policy.initiatives()) {
                entries.add(new ContentsEntry(2, initiative.code(), initiative.title(),
                        PageIndex.initiativeAnchor(initiative.code(), initiative.title()), pages));
                for (PlanEntry plan : initiative.plans()) {
                    entries.add(new ContentsEntry(3, "プラン" + plan.master().planNo(), plan.master().planTitle(),
                            PageIndex.planAnchor(plan.master().planNo(), plan.master().planTitle()), pages));
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

    /** Blank until the booklet has been filled once; the column has a fixed width either way. */
    public String getPage() {
        Integer page = pages.pageOf(anchor);
        return page == null ? "" : page.toString();
    }
}
