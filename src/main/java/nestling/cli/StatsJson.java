package nestling.cli;

import java.time.Duration;
import java.util.Map;
import nestling.insights.DayTotals;
import nestling.insights.MedicineGiven;
import nestling.insights.Metric;
import nestling.insights.PeriodAverages;
import nestling.insights.TemperatureReading;
import nestling.insights.Trend;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code --json} form of {@code nestling stats}. Durations are whole minutes or seconds, named so. */
final class StatsJson {
    private StatsJson() {
    }

    static String render(StatsCommand.Stats stats) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("baby", stats.babyName());
        root.put("zone", stats.zone());
        root.put("dayStart", stats.dayStart().text());
        root.put("from", stats.from().toString());
        root.put("to", stats.to().toString());
        ArrayNode days = root.putArray("days");
        for (DayTotals day : stats.days()) {
            day(days.addObject(), day);
        }
        averages(root.putObject("averages"), stats.averages());
        ArrayNode trends = root.putArray("trends");
        for (Map.Entry<String, Trend> entry : stats.trends().entrySet()) {
            ObjectNode trend = trends.addObject();
            trend.put("period", entry.getKey());
            averages(trend.putObject("current"), entry.getValue().current());
            averages(trend.putObject("previous"), entry.getValue().previous());
            ObjectNode directions = trend.putObject("direction");
            entry.getValue().directions().forEach((metric, direction) -> directions.put(metric.id(),
                    direction.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void day(ObjectNode node, DayTotals day) {
        node.put("date", day.date().toString());
        node.put("start", day.start().toString());
        node.put("dayHours", day.dayLength().toHours());
        node.put("feeds", day.feeds());
        node.put("breastfeeds", day.breastfeeds());
        node.put("bottles", day.bottles());
        node.put("solids", day.solids());
        node.put("bottleMl", day.bottleMl());
        node.put("breastLeftSeconds", day.breastLeft().toSeconds());
        node.put("breastRightSeconds", day.breastRight().toSeconds());
        node.put("sleepMinutes", minutes(day.sleep()));
        node.put("nightSleepMinutes", minutes(day.nightSleep()));
        node.put("napMinutes", minutes(day.naps()));
        node.put("sleepsStarted", day.sleepCount());
        node.put("longestSleepMinutes", minutes(day.longestSleep()));
        ArrayNode windows = node.putArray("wakeWindowMinutes");
        day.wakeWindows().forEach(w -> windows.add(minutes(w)));
        node.put("diapers", day.diapers());
        node.put("wetDiapers", day.wetDiapers());
        node.put("dirtyDiapers", day.dirtyDiapers());
        node.put("tummyTimeMinutes", minutes(day.tummyTime()));
        ArrayNode medicines = node.putArray("medicines");
        for (MedicineGiven given : day.medicines()) {
            ObjectNode dose = medicines.addObject();
            dose.put("name", given.name());
            dose.put("dose", given.dose());
            dose.put("unit", given.unit().name().toLowerCase(java.util.Locale.ROOT));
            dose.put("at", given.at().toString());
            dose.put("localTime", given.localTime().toString());
        }
        ArrayNode temperatures = node.putArray("temperatures");
        for (TemperatureReading reading : day.temperatures()) {
            ObjectNode t = temperatures.addObject();
            t.put("celsius", reading.celsius());
            t.put("at", reading.at().toString());
            t.put("localTime", reading.localTime().toString());
        }
    }

    private static void averages(ObjectNode node, PeriodAverages averages) {
        node.put("from", averages.from().toString());
        node.put("to", averages.to().toString());
        node.put("countedFrom", averages.countedFrom() == null ? null : averages.countedFrom().toString());
        node.put("days", averages.days());
        node.put("loggedDays", averages.loggedDays());
        ObjectNode perDay = node.putObject("perDay");
        for (Metric metric : Metric.values()) {
            perDay.put(metric.id(), averages.average(metric));
        }
    }

    // Fractional minutes: a proportional split of a sleep is rarely whole minutes.
    private static double minutes(Duration duration) {
        return duration.toMillis() / 60_000.0;
    }
}
