package jp.planreport.model;

import java.util.List;

/**
 * 前期 or 後期 of 取組状況: PLAN items, DO・CHECK items, the CHECK mark and ACTION items.
 * The mark and the action may be absent (optional in 後期, and in a roll-up before they are written).
 */
public record HalfYear(List<String> plan, List<String> result, ProgressMark progress, List<String> action) {

    public boolean isEmpty() {
        return plan.isEmpty() && result.isEmpty() && progress == null && action.isEmpty();
    }
}
