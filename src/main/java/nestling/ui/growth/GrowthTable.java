package nestling.ui.growth;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import nestling.growth.Indicator;
import nestling.insights.GrowthPoint;
import nestling.ui.common.FitColumns;

/** The measurements, newest first, with the z and percentile of every indicator. */
final class GrowthTable {
    private GrowthTable() {
    }

    static TableView<GrowthPoint> create(GrowthText text) {
        TableView<GrowthPoint> table = new TableView<>();
        table.setId("growth-table");
        table.setAccessibleText(text.text("growth.table"));
        table.setPlaceholder(new javafx.scene.control.Label(text.text("growth.table.empty")));
        table.setPrefHeight(260);
        table.getColumns().add(column(text.text("growth.column.date"), p -> text.shortDate(p.date())));
        table.getColumns().add(column(text.text("growth.column.age"), p -> text.age(p.scoredAgeDays())));
        table.getColumns().add(column(text.text("growth.column.weight"), p -> text.kg(p.weightKg())));
        table.getColumns().add(column(text.text("growth.column.length"), p -> text.cm(p.lengthCm())));
        table.getColumns().add(column(text.text("growth.column.head"), p -> text.cm(p.headCm())));
        for (Indicator indicator : Indicator.values()) {
            table.getColumns().add(column(text.text("growth.short." + indicator.id()), p -> text.cell(p, indicator).replace(", ", "\n")));
        }
        FitColumns.install(table);
        return table;
    }

    private static TableColumn<GrowthPoint, String> column(String title, Function<GrowthPoint, String> value) {
        TableColumn<GrowthPoint, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
