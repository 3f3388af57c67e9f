package jp.planreport.intake;

import java.util.List;

/** plans.csv cannot be used: the run stops before any output is touched. */
public class PlanMasterException extends Exception {

    private final List<String> problems;

    public PlanMasterException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
