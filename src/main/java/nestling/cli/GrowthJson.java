package nestling.cli;

import java.util.List;
import nestling.domain.Sex;
import nestling.growth.IndicatorResult;
import nestling.growth.Measurements;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --json} form of {@code nestling growth}. Built as a tree rather than by binding
 * records, so the module need not open its packages to Jackson. z and percentile are not rounded.
 */
final class GrowthJson {
    private GrowthJson() {
    }

    static String render(Measurements measured, List<IndicatorResult> results) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("standard", "WHO Child Growth Standards (2006)");
        root.put("sex", measured.sex() == Sex.FEMALE ? "F" : "M");
        root.put("ageDays", measured.ageDays());
        addResults(root.putArray("results"), results);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** One object per indicator: z and percentile unrounded, or why it is outside the WHO range. */
    static void addResults(ArrayNode indicators, List<IndicatorResult> results) {
        for (IndicatorResult result : results) {
            ObjectNode node = indicators.addObject();
            node.put("indicator", result.indicator().id());
            node.put("table", result.table().label());
            switch (result) {
                case IndicatorResult.Scored scored -> {
                    node.put("value", scored.value());
                    node.put("unit", scored.table().unit());
                    node.put("z", scored.z());
                    node.put("percentile", scored.percentile());
                    node.put("outsideRange", false);
                }
                case IndicatorResult.OutsideRange outside -> {
                    node.put("outsideRange", true);
                    node.put("message", outside.reason());
                }
            }
        }
    }
}
