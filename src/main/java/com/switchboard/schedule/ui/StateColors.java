package com.switchboard.schedule.ui;

import java.util.List;
import java.util.Map;

/**
 * A stable colour per state name: the usual states have their own, any other name always gets the
 * same one from a palette (by a hash of the name), in every view and on every run.
 */
final class StateColors {

    private static final Map<String, String> KNOWN = Map.of(
            "Business Hours", "#2e7d32",
            "After Hours", "#1565c0",
            "Holiday", "#e65100",
            "Closed", "#616161");
    private static final List<String> PALETTE = List.of("#6a1b9a", "#00838f", "#ad1457", "#558b2f", "#4527a0",
            "#9e6a03", "#283593", "#c62828", "#00695c", "#5d4037");

    private StateColors() {}

    static String of(String state) {
        String known = KNOWN.get(state);
        return known != null ? known : PALETTE.get(Math.floorMod(state.hashCode(), PALETTE.size()));
    }
}
