package jp.planreport.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan master of one fiscal year (plans.csv), in plan order. */
public class PlanMaster {

    private final Path source;
    private final int fiscalYear;
    private final Map<Integer, PlanMasterEntry> plans = new LinkedHashMap<>();

    public PlanMaster(Path source, int fiscalYear, List<PlanMasterEntry> entries) {
        this.source = source;
        this.fiscalYear = fiscalYear;
        entries.stream().sorted(java.util.Comparator.comparingInt(PlanMasterEntry::planNo))
                .forEach(e -> plans.put(e.planNo(), e));
    }

    public Path source() {
        return source;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public Optional<PlanMasterEntry> plan(int planNo) {
        return Optional.ofNullable(plans.get(planNo));
    }

    public List<PlanMasterEntry> plans() {
        return List.copyOf(plans.values());
    }

    public Map<Integer, PlanMasterEntry> byPlanNo() {
        return Collections.unmodifiableMap(plans);
    }
}
