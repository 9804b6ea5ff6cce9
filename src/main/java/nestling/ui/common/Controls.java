package nestling.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small factories for the controls every screen uses, so ids, accessible text and sizes stay consistent. */
public final class Controls {
    /** Where a label keeps the text it follows ({@link #follow}). */
    private static final Object FOLLOWED = new Object();

    /**
     * Marks a node whose text may be cut short with "…" on purpose (a long baby name in a
     * fixed-width switcher, with the whole name in its tooltip). Titles, buttons and times never are:
     * the layout tests fail on any other shortened text.
     */
    public static final String MAY_SHORTEN = "nestling.mayShorten";
    private static final String WHOLE_TEXT = "nestling.wholeText";

    private Controls() {
    }

    /** Allows {@code node}'s text (and its children's) to shorten; see {@link #MAY_SHORTEN}. */
    public static <T extends Node> T mayShorten(T node) {
        node.getProperties().put(MAY_SHORTEN, Boolean.TRUE);
        return node;
    }

    public static Label text(String id, String text, String... styleClasses) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /**
     * A label that keeps its whole text on one line: a title, a state, a key. Where space runs out
     * the layout takes it from elsewhere (a name that may shorten), never from this label.
     */
    public static Label oneLine(String id, String text, String... styleClasses) {
        Label label = text(id, text, styleClasses);
        label.setWrapText(false);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Gives a cell that may shorten its text the whole text as a tooltip (none while empty). Call it
     * from {@code updateItem}: the cell keeps one tooltip and only changes its text, so scrolling a
     * long list makes no new ones.
     */
    public static void wholeInTooltip(javafx.scene.control.Cell<?> cell) {
        String text = cell.getText();
        if (text == null || text.isEmpty()) {
            cell.setTooltip(null);
            return;
        }
        Tooltip tip = cell.getProperties().get(WHOLE_TEXT) instanceof Tooltip kept ? kept : new Tooltip();
        cell.getProperties().put(WHOLE_TEXT, tip);
        tip.setText(text);
        cell.setTooltip(tip);
    }

    /** A label that shows {@code value} and takes no room while it is empty. */
    public static Label message(String id, ObservableStringValue value, String... styleClasses) {
        Label label = text(id, "", styleClasses);
        follow(label, value);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * Shows {@code value}'s words in {@code label}, set when the words change rather than bound.
     * Texts that read the clock are invalidated at every tick (four times a second); a bound label
     * takes each invalidation for new words and the screen is laid out again, idle: on Today that
     * was 7 MB of garbage a second, which kept the heap from ever shrinking (issue 20). A change
     * listener sees equal words as no change. The label keeps {@code value} reachable, as a binding
     * would (clock-driven texts are bindings that their sources hold only weakly).
     */
    public static void follow(Labeled label, ObservableStringValue value) {
        label.getProperties().put(FOLLOWED, value);
        value.subscribe(label::setText);
    }

    public static PasswordField passwordField(String id, String accessibleText) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setPromptText("");
        return field;
    }

    public static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setAccessibleText(text);
        button.setMnemonicParsing(false);
        return button;
    }

    public static Button primaryButton(String id, String text) {
        Button button = button(id, text);
        button.getStyleClass().add("primary");
        return button;
    }

    /** A caption above its field, tied to it for screen readers. */
    public static VBox labelled(String caption, Node field, Node... below) {
        Label label = new Label(caption);
        // A long caption (German runs longer) takes a second line rather than losing its end.
        label.setWrapText(true);
        label.setLabelFor(field);
        label.getStyleClass().add("field-caption");
        VBox box = new VBox(4, label, field);
        box.getChildren().addAll(below);
        return box;
    }
}
