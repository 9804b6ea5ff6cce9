package nestling.ui.entry;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nestling.domain.Baby;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;
import org.controlsfx.control.textfield.TextFields;

/**
 * The nodes of an entry form, top to bottom in tab order: baby, start, end, the type's fields, then
 * Cancel and Save. Enter saves wherever the focus is (Ctrl+Enter inside a long text, where Enter
 * starts a new line); Escape cancels, after asking when something was typed. Each field keeps a
 * line for its message, so a message that appears never moves the fields under the pointer.
 */
public final class EntryFormView {
    private final VBox root = new VBox(14);
    private final UiContext context;
    private final TimeField startField;
    /** The control a new entry starts in: its first number (the bottle amount), else the time. */
    private TextInputControl first;
    private final Button save;
    private final Button cancel;
    private final EntryFormModel model;
    /** Asks for a picture file; a file chooser, or a stand-in in tests (the Headless platform has no dialogs). */
    private java.util.function.Function<javafx.stage.Window, java.io.File> photoFiles = this::choosePhotoFile;

    /**
     * @param suggestions remembered names for fields that have them (medicine, food), loaded beforehand
     */
    public EntryFormView(UiContext context, EntryFormModel model, java.util.function.Function<String, List<String>> suggestions,
            Runnable onSave, Runnable onCancel) {
        this.context = context;
        this.model = model;
        root.setId("entry-form");
        root.getStyleClass().addAll("entry-form", "kind-" + model.type().wireName());
        root.getStylesheets().add(EntryFormView.class.getResource("/nestling/ui/history.css").toExternalForm());
        String typeName = context.text("entry.type." + model.type().wireName());
        Label title = Controls.text("entry-heading", context.formats().message(
                model.isEditing() ? "entry.title.edit" : "entry.title.new", typeName), "heading");

        ComboBox<Baby> baby = new ComboBox<>(model.babies());
        baby.setId("entry-baby");
        baby.setAccessibleText(context.text("entry.field.baby"));
        baby.valueProperty().bindBidirectional(model.babyProperty());
        baby.setConverter(converter(b -> b == null ? "" : b.name()));
        baby.setMaxWidth(Double.MAX_VALUE);

        String hint = context.text("time.hint");
        String prompt = context.text("time.prompt");
        startField = new TimeField(model.start(), "entry-start", context.text(model.end() == null
                ? "entry.field.time" : "entry.field.start"), hint, prompt);
        FlowPane times = new FlowPane(24, 12, startField);
        if (model.end() != null) {
            times.getChildren().add(new TimeField(model.end(), "entry-end", context.text("entry.field.end"), hint, prompt));
        }

        VBox fields = new VBox(12);
        FlowPane checks = null;
        VBox checkProblems = null;
        for (FormField field : model.fields()) {
            Node node = field(field, suggestions);
            if (field.kind() != FormField.Kind.CHECK) {
                fields.getChildren().add(node);
                checks = null;
                continue;
            }
            // Boxes next to each other ("Wet  Dirty  Dry"), their messages below the row.
            if (checks == null) {
                checks = new FlowPane(24, 4);
                checkProblems = new VBox(2);
                fields.getChildren().add(new VBox(4, checks, MessageLine.around(checkProblems)));
            }
            List<Node> pair = List.copyOf(((VBox) node).getChildren());
            ((VBox) node).getChildren().clear();
            checks.getChildren().add(pair.get(0));
            checkProblems.getChildren().add(pair.get(1));
        }

        Label message = Controls.message("entry-message", model.messageProperty(), "field-error");
        cancel = Controls.button("entry-cancel", context.text("entry.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (mayClose()) {
                onCancel.run();
            }
        });
        save = Controls.primaryButton("entry-save", context.text("entry.save"));
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty().or(model.loadingPhotoProperty()));
        save.setOnAction(e -> onSave.run());
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox buttons = new HBox(12, push, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox body = new VBox(14, Controls.labelled(context.text("entry.field.baby"), baby), times, fields);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("entry-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(title, scroll, message, buttons);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && (e.isShortcutDown() || savesOnEnter(e))) {
                e.consume();
                onSave.run();
            }
        });
        model.defaultsLoadedProperty().subscribe(loaded -> {
            // The remembered amount arrived after the form opened: select it, so typing replaces it.
            if (loaded && first != null && first.isFocused()) {
                first.selectAll();
            }
        });
    }

    /**
     * Whether a plain Enter saves here: on a check box, toggle, radio button or a closed list, which
     * would otherwise tick, toggle or open on Enter. Text fields save through the default button;
     * buttons do what they say; a long text takes Enter as a new line.
     */
    private static boolean savesOnEnter(KeyEvent e) {
        if (e.isAltDown() || e.isShiftDown() || e.isMetaDown() || e.isControlDown()) {
            return false;
        }
        Node focused = root(e) == null ? null : root(e).getFocusOwner();
        return focused instanceof javafx.scene.control.ToggleButton || focused instanceof CheckBox
                || focused instanceof javafx.scene.control.ComboBoxBase<?> box && !box.isShowing()
                || focused instanceof javafx.scene.control.ChoiceBox<?> choice && !choice.isShowing();
    }

    private static javafx.scene.Scene root(KeyEvent e) {
        return e.getSource() instanceof Node node ? node.getScene() : null;
    }

    private Node field(FormField field, java.util.function.Function<String, List<String>> suggestions) {
        String caption = context.text("entry.field." + field.id());
        String id = "entry-" + field.id();
        Node control = switch (field.kind()) {
            case CHECK -> {
                CheckBox box = new CheckBox(caption);
                box.selectedProperty().bindBidirectional(field.checkedProperty());
                yield box;
            }
            case CHOICE -> choice(field);
            case PICK -> pick(field);
            case PHOTO -> photo(field, caption);
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(2);
                area.setWrapText(true);
                area.textProperty().bindBidirectional(field.textProperty());
                // Tab moves on instead of typing a tab character.
                area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                        e.consume();
                        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                                false, false));
                    }
                });
                yield area;
            }
            default -> {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(field.textProperty());
                text.setPrefColumnCount(field.kind() == FormField.Kind.NUMBER ? 8 : 20);
                if (field.suggestions() != null) {
                    TextFields.bindAutoCompletion(text, suggestions.apply(field.suggestions()));
                }
                if (first == null && field.kind() == FormField.Kind.NUMBER && field == model.fields().getFirst()
                        && !model.isEditing()) {
                    first = text;
                }
                yield text;
            }
        };
        control.setId(id);
        control.setAccessibleText(caption);
        if (control instanceof TextInputControl input) {
            input.setMaxWidth(field.kind() == FormField.Kind.NUMBER ? 160 : Double.MAX_VALUE);
        }
        Label problem = Controls.message(id + "-problem", field.problemProperty(), "field-error");
        if (field.kind() == FormField.Kind.CHECK) {
            return new VBox(4, control, problem);
        }
        Node shown = control;
        if (field.kind() == FormField.Kind.PICK) {
            shown = new VBox(8, control, newPick(field));
        }
        if (field.unit() != null) {
            Label unit = new Label(field.unit());
            unit.getStyleClass().add("unit");
            HBox row = new HBox(8, control, unit);
            row.setAlignment(Pos.CENTER_LEFT);
            shown = row;
        }
        VBox box = Controls.labelled(caption, shown, MessageLine.around(problem));
        ((Label) box.getChildren().getFirst()).setLabelFor(control);
        return box;
    }

    /** A list filled at run time, kept in step with the field's picked id (which may come first). */
    private ComboBox<FormField.Pick> pick(FormField field) {
        ComboBox<FormField.Pick> box = new ComboBox<>(field.picks());
        box.setConverter(converter(pick -> pick == null ? context.text("entry.choice.none") : pick.label()));
        box.setPromptText(context.text("entry.choice.none"));
        box.setPlaceholder(new Label(context.text("entry.activityType.none")));
        box.setMinWidth(200);
        Runnable show = () -> box.setValue(field.picks().stream()
                .filter(p -> p.id().equals(field.pickedProperty().get())).findFirst().orElse(null));
        field.pickedProperty().subscribe(id -> show.run());
        field.picks().subscribe(show);
        box.valueProperty().subscribe(chosen -> {
            if (chosen != null || field.pickedProperty().get() == null
                    || field.picks().stream().anyMatch(p -> p.id().equals(field.pickedProperty().get()))) {
                field.pickedProperty().set(chosen == null ? null : chosen.id());
            }
        });
        return box;
    }

    /** A name and "Add": a new activity of the family's own, made and picked without leaving the form. */
    private HBox newPick(FormField field) {
        String caption = context.text("entry.activityType.new");
        TextField name = new TextField();
        name.setId("entry-" + field.id() + "-new");
        name.setPromptText(caption);
        name.setAccessibleText(caption);
        name.setPrefColumnCount(14);
        name.textProperty().bindBidirectional(model.newActivityNameProperty());
        Button add = Controls.button("entry-" + field.id() + "-add", context.text("entry.activityType.add"));
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.addActivityType());
        // Enter in the name adds it (the form is saved with the next Enter).
        name.setOnAction(e -> {
            e.consume();
            model.addActivityType();
        });
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox row = new HBox(8, name, add);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The picture (or "no photo"), and buttons to choose one from a file or take it away. */
    private VBox photo(FormField field, String caption) {
        javafx.scene.image.ImageView image = new javafx.scene.image.ImageView();
        image.setId("entry-" + field.id() + "-image");
        image.setFitWidth(120);
        image.setFitHeight(120);
        image.setPreserveRatio(true);
        image.setAccessibleText(caption);
        field.photoProperty().subscribe(bytes -> image.setImage(bytes == null ? null
                : new javafx.scene.image.Image(new java.io.ByteArrayInputStream(bytes))));
        Label none = Controls.text("entry-" + field.id() + "-none", context.text("entry.photo.none"), "hint");
        none.visibleProperty().bind(field.photoProperty().isNull());
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(none, image);
        frame.setMinSize(120, 120);
        frame.setMaxSize(120, 120);
        frame.getStyleClass().add("photo-frame");
        Button choose = Controls.button("entry-" + field.id() + "-choose", context.text("entry.photo.choose"));
        choose.disableProperty().bind(model.loadingPhotoProperty());
        choose.setOnAction(e -> {
            java.io.File file = photoFiles.apply(root.getScene().getWindow());
            if (file != null) {
                model.choosePhoto(field, file.toPath());
            }
        });
        Button remove = Controls.button("entry-" + field.id() + "-remove", context.text("entry.photo.remove"));
        remove.disableProperty().bind(field.photoProperty().isNull());
        remove.setOnAction(e -> field.photoProperty().set(null));
        HBox row = new HBox(12, frame, new VBox(8, choose, remove));
        row.setFocusTraversable(false);
        return new VBox(row);
    }

    private java.io.File choosePhotoFile(javafx.stage.Window owner) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(context.text("entry.field.photo"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                context.text("entry.field.photo"), "*.jpg", "*.jpeg", "*.png", "*.gif", "*.bmp"));
        return chooser.showOpenDialog(owner);
    }

    /** Replaces the file chooser of the photo field (tests: the Headless platform shows no dialogs). */
    public void choosePhotosWith(java.util.function.Function<javafx.stage.Window, java.io.File> files) {
        photoFiles = files;
    }

    private ComboBox<Enum<?>> choice(FormField field) {
        List<Enum<?>> options = new java.util.ArrayList<>();
        options.add(null);
        options.addAll(field.options());
        ComboBox<Enum<?>> box = new ComboBox<>(FXCollections.observableArrayList(options));
        box.valueProperty().bindBidirectional(field.choiceProperty());
        box.setConverter(converter(value -> value == null ? context.text("entry.choice.none")
                : context.text("entry.choice." + value.getDeclaringClass().getSimpleName() + "."
                        + value.name().toLowerCase(Locale.ROOT))));
        box.setPromptText(context.text("entry.choice.none"));
        box.setMinWidth(200);
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /**
     * Puts the cursor where a new entry is typed, its text selected so typing replaces it: the
     * amount of a bottle (the last one's, remembered), the temperature, the weight; else the time
     * ("now"). An edited entry starts at its time.
     */
    public void focusFirst() {
        TextInputControl input = first != null ? first : startField.input();
        input.requestFocus();
        input.selectAll();
    }

    /** Whether the form may go: nothing was typed, or the parent chose to discard it. */
    public boolean mayClose() {
        return !model.isTouched() || DiscardQuestion.ask(context, root.getScene().getWindow());
    }

    public Parent root() {
        return root;
    }
}
