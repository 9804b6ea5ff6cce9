package nestling.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to their widest text (the header, or any line of any cell), in whatever
 * language and for whatever values, so no age, amount or date is cut to "…". Where the columns
 * together are wider than the table, it scrolls sideways instead.
 */
public final class FitColumns {
    /** Cell padding and the header's sort-arrow room, on top of the text. */
    private static final double PADDING = 26;
    /** The window's text size (nestling.css sets 15px on .root). */
    private static final double FONT_SIZE = 15;

    private FitColumns() {
    }

    /** Fits the columns now and whenever the rows change. */
    public static <T> void install(TableView<T> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        InvalidationListener refit = o -> fit(table);
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(refit);
            }
            if (now != null) {
                now.addListener(refit);
            }
            fit(table);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(refit);
        }
        fit(table);
    }

    private static <T> void fit(TableView<T> table) {
        for (TableColumn<T, ?> column : table.getColumns()) {
            double widest = width(column.getText(), true);
            if (table.getItems() != null) {
                for (T row : table.getItems()) {
                    Object value = column.getCellData(row);
                    if (value != null) {
                        for (String line : value.toString().split("\n")) {
                            widest = Math.max(widest, width(line, false));
                        }
                    }
                }
            }
            column.setPrefWidth(Math.ceil(widest + PADDING));
        }
    }

    /** The width a column needs for the widest of {@code texts} (cell padding included). */
    public static double widthFor(java.util.List<String> texts) {
        return Math.ceil(texts.stream().mapToDouble(t -> width(t, false)).max().orElse(0) + PADDING);
    }

    private static double width(String text, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, FONT_SIZE));
        return measure.getLayoutBounds().getWidth();
    }
}
