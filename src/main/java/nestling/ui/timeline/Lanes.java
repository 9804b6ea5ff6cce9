package nestling.ui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Side-by-side placement of what overlaps, as a calendar's day view does it: items whose drawn
 * extents overlap (directly or through others) form a cluster; each item takes the leftmost lane
 * of its cluster that is free at its top, the cluster's width is split into as many lanes as it
 * needs, and an item widens to the right over lanes that stay free beside it. Nothing moves in
 * time: only across.
 */
final class Lanes {
    /** Where one item goes: its lane, how many lanes it spans, and how many lanes its cluster has. */
    record Place(int lane, int span, int lanes) {
        double x(double left, double width) {
            return left + width * lane / lanes;
        }

        double width(double width) {
            return width * span / lanes;
        }
    }

    /** An item's drawn extent top to bottom, in pixels; {@code order} breaks ties (lower goes left). */
    record Extent(double top, double bottom, int order) {
        boolean overlaps(Extent other) {
            return top < other.bottom && other.top < bottom;
        }
    }

    private Lanes() {
    }

    /** The places of {@code extents}, in their order. */
    static List<Place> place(List<Extent> extents) {
        int count = extents.size();
        int[] lane = new int[count];
        int[] lanes = new int[count];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> extents.get(i).top())
                .thenComparing(i -> -extents.get(i).bottom()).thenComparingInt(i -> extents.get(i).order()));
        List<Integer> cluster = new ArrayList<>();
        List<Double> laneBottoms = new ArrayList<>();
        double clusterBottom = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            Extent extent = extents.get(i);
            if (extent.top() >= clusterBottom) {
                close(cluster, laneBottoms.size(), lanes);
                cluster.clear();
                laneBottoms.clear();
            }
            int free = 0;
            while (free < laneBottoms.size() && laneBottoms.get(free) > extent.top()) {
                free++;
            }
            if (free == laneBottoms.size()) {
                laneBottoms.add(extent.bottom());
            } else {
                laneBottoms.set(free, extent.bottom());
            }
            lane[i] = free;
            cluster.add(i);
            clusterBottom = Math.max(clusterBottom, extent.bottom());
        }
        close(cluster, laneBottoms.size(), lanes);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            places.add(new Place(lane[i], span(i, lane, lanes[i], extents), lanes[i]));
        }
        return places;
    }

    private static void close(List<Integer> cluster, int laneCount, int[] lanes) {
        for (int i : cluster) {
            lanes[i] = laneCount;
        }
    }

    /** How many lanes item {@code i} covers: its own and the free ones to its right. */
    private static int span(int i, int[] lane, int laneCount, List<Extent> extents) {
        int right = laneCount;
        for (int j = 0; j < extents.size(); j++) {
            if (j != i && lane[j] > lane[i] && lane[j] < right && extents.get(j).overlaps(extents.get(i))) {
                right = lane[j];
            }
        }
        return right - lane[i];
    }
}
