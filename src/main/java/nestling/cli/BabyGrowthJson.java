package nestling.cli;

import java.util.List;
import java.util.Locale;
import nestling.domain.Baby;
import nestling.growth.ChildAge;
import nestling.domain.Sex;
import nestling.insights.GrowthPoint;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code --json} form of {@code nestling growth --baby B}: each measurement with its scores. */
final class BabyGrowthJson {
    private BabyGrowthJson() {
    }

    static String render(Baby baby, ChildAge.AgeBasis basis, List<GrowthPoint> points) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("standard", "WHO Child Growth Standards (2006)");
        root.put("baby", baby.name());
        root.put("sex", baby.sex() == Sex.FEMALE ? "F" : "M");
        root.put("birthDate", baby.birthDate().toString());
        baby.gestationalAge().ifPresent(g -> root.put("gestation", g.weeks() + "+" + g.days()));
        root.put("ageBasis", basis.name().toLowerCase(Locale.ROOT));
        var measurements = root.putArray("measurements");
        for (GrowthPoint point : points) {
            ObjectNode node = measurements.addObject();
            node.put("entryId", point.entryId().toString());
            node.put("date", point.date().toString());
            node.put("ageDays", point.age().chronologicalDays());
            node.put("correctedAgeDays", point.age().correctedDays());
            node.put("scoredAgeDays", point.scoredAgeDays());
            point.weightKg().ifPresent(kg -> node.put("weightKg", kg));
            point.lengthCm().ifPresent(cm -> {
                node.put(point.standing() ? "heightCm" : "lengthCm", cm);
            });
            point.headCm().ifPresent(cm -> node.put("headCm", cm));
            GrowthJson.addResults(node.putArray("results"), point.results());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
