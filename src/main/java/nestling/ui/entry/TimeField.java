package nestling.ui.entry;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
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
        getChildren().addAll(label, row, MessageLine.around(problem), question(model, id));
        setSpacing(4);
        getStyleClass().add("time-field");
    }

    /**
     * The question about a skipped or doubled wall time, with its answers as buttons
     * ({@code id-notice}, {@code id-choice-0}, {@code id-choice-1}); shown only while there is one.
     */
    private static VBox question(TimeFieldModel model, String id) {
        Label notice = Controls.message(id + "-notice", model.noticeProperty(), "time-notice");
        // Wraps within the form's width instead of asking for one long line.
        notice.setPrefWidth(440);
        notice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane answers = new FlowPane(8, 8);
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        Runnable fill = () -> {
            answers.getChildren().clear();
            group.getToggles().clear();
            for (int i = 0; i < model.choices().size(); i++) {
                TimeFieldModel.Choice choice = model.choices().get(i);
                ToggleButton answer = new ToggleButton(choice.label());
                answer.setId(id + "-choice-" + i);
                answer.setAccessibleText(choice.label());
                answer.setMnemonicParsing(false);
                answer.setToggleGroup(group);
                answer.setSelected(choice.instant().equals(model.chosenProperty().get()));
                answer.selectedProperty().subscribe(on -> {
                    if (on) {
                        model.chosenProperty().set(choice.instant());
                    } else if (choice.instant().equals(model.chosenProperty().get())) {
                        model.chosenProperty().set(null);
                    }
                });
                answers.getChildren().add(answer);
            }
        };
        model.choices().subscribe(fill);
        fill.run();
        VBox box = new VBox(6, notice, answers);
        box.visibleProperty().bind(notice.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    public TextField input() {
        return input;
    }
}
