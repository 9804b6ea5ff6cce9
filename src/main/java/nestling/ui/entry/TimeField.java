package nestling.ui.entry;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nestling.ui.common.Controls;

/**
 * A time the parent types ("14:30", "-15m", "yesterday 22:10"), with the time it means shown next
 * to it and the reason below it when it cannot be read.
 */
public final class TimeField extends VBox {
    private final TextField input = new TextField();

    /** @param id node id of the text field; the resolved time is {@code id-shown}, the problem {@code id-problem} */
    /**
     * @param hint every way a time may be typed (tooltip and screen readers)
     * @param prompt the few of them that fit inside the empty field
     */
    public TimeField(TimeFieldModel model, String id, String caption, String hint, String prompt) {
        input.setId(id);
        input.setAccessibleText(caption);
        input.setAccessibleHelp(hint);
        input.setPromptText(prompt);
        input.setTooltip(new Tooltip(hint));
        input.setPrefColumnCount(12);
        input.textProperty().bindBidirectional(model.textProperty());
        Label shown = Controls.message(id + "-shown", model.shownProperty(), "time-shown");
        shown.setWrapText(false);
        HBox row = new HBox(12, input, shown);
        row.setAlignment(Pos.CENTER_LEFT);
        Label problem = Controls.message(id + "-problem", model.problemProperty(), "field-error");
        Label label = new Label(caption);
        label.setLabelFor(input);
        label.getStyleClass().add("field-caption");
        getChildren().addAll(label, row, MessageLine.around(problem));
        setSpacing(4);
        getStyleClass().add("time-field");
    }

    public TextField input() {
        return input;
    }
}
