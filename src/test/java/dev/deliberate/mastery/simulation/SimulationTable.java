package dev.deliberate.mastery.simulation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats the simulation's figures as Markdown tables, ready for the documentation. */
final class SimulationTable {

    private SimulationTable() {
    }

    static String itemsToMastery(Map<String, Map<String, ArmFigures>> figures, List<String> arms) {
        StringBuilder table = new StringBuilder("| profile |");
        arms.forEach(arm -> table.append(" ").append(arm).append(": median / mean items | mastered within cap |"));
        table.append("\n|---|").append("---:|---:|".repeat(arms.size())).append("\n");
        figures.forEach((profile, byArm) -> {
            table.append("| ").append(profile).append(" |");
            for (String arm : arms) {
                ArmFigures f = byArm.get(arm);
                table.append(format(" %.0f / %.1f | %.0f%% |", f.median(), f.mean(), 100 * f.masteredShare()));
            }
            table.append("\n");
        });
        return table.toString();
    }

    static String trueSuccess(Map<String, Map<String, ArmFigures>> figures, List<String> arms) {
        StringBuilder table = new StringBuilder("| profile |");
        arms.forEach(arm -> table.append(" ").append(arm).append(" |"));
        table.append("\n|---|").append("---:|".repeat(arms.size())).append("\n");
        figures.forEach((profile, byArm) -> {
            table.append("| ").append(profile).append(" |");
            arms.forEach(arm -> table.append(format(" %.2f |", byArm.get(arm).trueMiddleSuccess())));
            table.append("\n");
        });
        return table.toString();
    }

    static String largestDrops(Map<String, Map<String, ArmFigures>> figures, List<String> arms) {
        StringBuilder table = new StringBuilder("| profile |");
        arms.forEach(arm -> table.append(" ").append(arm).append(": shown / P(L) itself |"));
        table.append("\n|---|").append("---:|".repeat(arms.size())).append("\n");
        figures.forEach((profile, byArm) -> {
            table.append("| ").append(profile).append(" |");
            arms.forEach(arm -> table.append(format(" %.0f / %.0f |", 100 * byArm.get(arm).largestShownDrop(),
                    100 * byArm.get(arm).largestEstimateDrop())));
            table.append("\n");
        });
        return table.toString();
    }

    static String reasonMix(Map<String, Map<String, ArmFigures>> figures, String arm) {
        StringBuilder mix = new StringBuilder();
        figures.forEach((profile, byArm) -> {
            mix.append("- ").append(profile).append(":");
            byArm.get(arm).labelShares()
                    .forEach((label, share) -> mix.append(format(" %s %.1f%%,", label, 100 * share)));
            mix.setLength(mix.length() - 1);
            mix.append("\n");
        });
        return mix.toString();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
