package nestling.ui.growth;

import java.util.List;
import java.util.Map;
import nestling.growth.ChildAge;
import nestling.growth.Indicator;
import nestling.insights.GrowthChart;
import nestling.insights.GrowthPoint;

/** What the growth screen shows for one baby and age basis: the measurements and one chart per indicator. */
public record GrowthData(ChildAge.AgeBasis basis, List<GrowthPoint> points, Map<Indicator, GrowthChart> charts) {
    public GrowthData {
        points = List.copyOf(points);
        charts = Map.copyOf(charts);
    }
}
