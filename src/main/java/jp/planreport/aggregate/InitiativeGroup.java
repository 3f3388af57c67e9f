package jp.planreport.aggregate;

import java.util.List;

/** 基本的取組 with its plans, in plan order. */
public record InitiativeGroup(String code, String title, List<PlanEntry> plans) {
}
