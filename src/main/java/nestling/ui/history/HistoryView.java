package nestling.ui.history;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import nestling.domain.Baby;
import nestling.domain.Caregiver;
import nestling.domain.EntryType;
import nestling.ui.common.Accelerators;
import nestling.ui.common.Controls;
import nestling.ui.common.FitColumns;
import nestling.ui.common.Formats;
import nestling.ui.common.UiContext;
import nestling.ui.entry.EntryForms;
import nestling.ui.entry.NewEntryMenu;
import nestling.ui.shell.ShellViewModel;

/**
 * The History screen: filter bar, search (Ctrl+F), a virtualized table (Enter or double-click
 * edits, Delete deletes, Ctrl+Z undoes; a row's menu edits, duplicates or deletes) and a status
 * line with Delete and Undo.
 */
public final class HistoryView {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final VBox root = new VBox(12);
    private final UiContext context;
    private final ShellViewModel shell;
    private final HistoryViewModel model;
    private final TableView<HistoryRow> table = new TableView<>();
    private final TextField search = new TextField();

    public HistoryView(ShellViewModel shell, HistoryViewModel model) {
        this.shell = shell;
        this.model = model;
        this.context = shell.context();
        root.setId("history");
        root.getStyleClass().add("history");
        root.getStylesheets().add(HistoryView.class.getResource("/nestling/ui/history.css").toExternalForm());
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(filterBar(), statusBar(), table);
        // On the scene, not the screen: Ctrl+F works right after History was chosen in the
        // navigation, while the focus is still there.
        Accelerators.whileInScene(root, Map.of(FIND, () -> {
            search.requestFocus();
            search.selectAll();
        }));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && !(e.getTarget() instanceof TextField)) {
                e.consume();
                model.undo();
            }
        });
        Subscription[] revision = new Subscription[1];
        root.sceneProperty().subscribe(scene -> {
            if (scene == null && revision[0] != null) {
                revision[0].unsubscribe();
                revision[0] = null;
            } else if (scene != null && revision[0] == null) {
                revision[0] = shell.revisionProperty().subscribe(model::reload);
            }
        });
    }

    private FlowPane filterBar() {
        ObservableList<Baby> babies = FXCollections.observableArrayList();
        Runnable syncBabies = () -> {
            Baby chosen = model.babyProperty().get();
            babies.setAll(shell.babies());
            babies.addFirst(null);
            model.babyProperty().set(chosen);
        };
        syncBabies.run();
        shell.babies().addListener((ListChangeListener<Baby>) c -> syncBabies.run());
        ComboBox<Baby> baby = combo("history-baby", "history.filter.baby", babies, Baby::name);
        baby.valueProperty().bindBidirectional(model.babyProperty());

        ObservableList<EntryType> types = FXCollections.observableArrayList(EntryType.values());
        types.addFirst(null);
        ComboBox<EntryType> type = combo("history-type", "history.filter.type", types,
                t -> context.text("entry.type." + t.wireName()));
        type.valueProperty().bindBidirectional(model.typeProperty());

        ObservableList<Caregiver> people = FXCollections.observableArrayList();
        people.add(null);
        model.caregivers().addListener((ListChangeListener<Caregiver>) c -> {
            people.setAll(model.caregivers());
            people.addFirst(null);
        });
        ComboBox<Caregiver> by = combo("history-by", "history.filter.by", people, Caregiver::name);
        by.valueProperty().bindBidirectional(model.caregiverProperty());

        DatePicker from = datePicker("history-from", "history.filter.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("history-to", "history.filter.to");
        to.valueProperty().bindBidirectional(model.toProperty());

        search.setId("history-search");
        search.setPromptText(context.text("history.search.prompt"));
        search.setAccessibleText(context.text("history.search"));
        // Wide enough for the whole hint in German too ("Notizen, Namen, Mengen durchsuchen (Strg+F)").
        search.setPrefColumnCount(26);
        search.textProperty().bindBidirectional(model.searchProperty());

        Button clear = Controls.button("history-clear", context.text("history.filter.clear"));
        clear.setOnAction(e -> model.clearFilters());
        MenuButton add = NewEntryMenu.create(context, shell, "history-new", () -> root.getScene().getWindow());
        add.setVisible(!shell.viewingCopy());
        add.setManaged(!shell.viewingCopy());
        FlowPane bar = new FlowPane(12, 8,
                Controls.labelled(context.text("history.search"), search),
                Controls.labelled(context.text("history.filter.baby"), baby),
                Controls.labelled(context.text("history.filter.type"), type),
                Controls.labelled(context.text("history.filter.by"), by),
                Controls.labelled(context.text("history.filter.from"), from),
                Controls.labelled(context.text("history.filter.to"), to), clear, add);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private HBox statusBar() {
        Label count = Controls.text("history-count", "", "muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? context.text("history.loading") : context.formats().message("history.count", model.rows().size()),
                model.loadingProperty(), model.rows()));
        Label status = Controls.message("history-status", model.statusProperty(), "history-status");
        Button undo = Controls.button("history-undo", context.text("history.undo"));
        undo.setOnAction(e -> model.undo());
        undo.visibleProperty().bind(model.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        // For those who do not know the Delete key: the same on the chosen row.
        Button delete = Controls.button("history-delete", context.text("history.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        Region push = new Region();
        HBox.setHgrow(push, Priority.ALWAYS);
        HBox bar = shell.viewingCopy() ? new HBox(12, count, push, status) // a copy: nothing to take back or delete
                : new HBox(12, count, push, status, undo, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void buildTable() {
        table.setId("history-table");
        table.setAccessibleText(context.text("history.table"));
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(context.text("history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(44);
        Formats formats = context.formats();
        TableColumn<HistoryRow, String> time = column("history.column.time", r -> formats.dateTime(r.entry().start()), 170);
        TableColumn<HistoryRow, String> baby = column("history.column.baby", HistoryRow::baby, 110);
        TableColumn<HistoryRow, String> type = column("history.column.type", HistoryRow::type, 150);
        type.setCellFactory(c -> new TypeCell());
        TableColumn<HistoryRow, String> by = column("history.column.by", HistoryRow::by, 110);
        TableColumn<HistoryRow, String> summary = column("history.column.summary", HistoryRow::summary, 360);
        // The time and the type are never cut short; names and the summary give way on a narrow
        // window, whole in their tooltip and in the entry's form (Enter or a double click).
        // The widest times of this language: two-digit days and hours, late in the year.
        time.setMinWidth(FitColumns.widthFor(Stream.of("2026-12-28T22:58:00Z", "2026-09-30T12:55:00Z",
                "2026-05-31T00:55:00Z").map(at -> formats.dateTime(Instant.parse(at))).toList()));
        type.setMinWidth(150);
        for (TableColumn<HistoryRow, String> shortens : java.util.List.of(baby, by, summary)) {
            shortens.setCellFactory(c -> new ShorteningCell());
        }
        table.getColumns().setAll(java.util.List.of(time, baby, type, by, summary));
        table.setRowFactory(t -> {
            TableRow<HistoryRow> row = new TableRow<>();
            // The menu acts on the chosen row: a right click chooses the row it is on.
            row.setOnContextMenuRequested(e -> {
                if (!row.isEmpty() && row.getItem() != null) {
                    table.getSelectionModel().select(row.getIndex());
                }
            });
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null && !shell.viewingCopy()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        if (shell.viewingCopy()) {
            return; // a copy opened to look at: no edit, duplicate or delete
        }
        table.setContextMenu(rowMenu());
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            HistoryRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                edit(selected);
            } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected != null) {
                e.consume();
                model.delete(selected);
            }
        });
    }

    private void edit(HistoryRow row) {
        EntryForms.edit(shell, row.entry(), root.getScene().getWindow());
    }

    /**
     * Edit, Duplicate and Delete for the chosen row (a right click chooses the row first; the
     * context-menu key opens it for the row chosen with the keyboard). Nothing chosen: all greyed.
     */
    private ContextMenu rowMenu() {
        MenuItem edit = menuItem("history-menu-edit", "history.edit", this::edit);
        MenuItem duplicate = menuItem("history-menu-duplicate", "history.duplicate",
                row -> EntryForms.duplicate(shell, row.entry(), root.getScene().getWindow()));
        MenuItem delete = menuItem("history-menu-delete", "history.delete", model::delete);
        return new ContextMenu(edit, duplicate, delete);
    }

    private MenuItem menuItem(String id, String key, java.util.function.Consumer<HistoryRow> action) {
        MenuItem item = new MenuItem(context.text(key));
        item.setId(id);
        item.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        item.setOnAction(e -> {
            HistoryRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                action.accept(selected);
            }
        });
        return item;
    }

    private TableColumn<HistoryRow, String> column(String key, Function<HistoryRow, String> value, double width) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(context.text(key));
        column.setId(key.replace('.', '-'));
        // A row whose page is still on its way is null: an empty line for a moment.
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                c.getValue() == null ? "" : value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Text that may shorten to fit its column, whole in its tooltip. */
    private static final class ShorteningCell extends TableCell<HistoryRow, String> {
        ShorteningCell() {
            Controls.mayShorten(this);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            Controls.wholeInTooltip(this);
        }
    }

    /** The type's colour mark and its name, so colour is never alone. */
    private static final class TypeCell extends TableCell<HistoryRow, String> {
        private final Region mark = new Region();

        TypeCell() {
            mark.getStyleClass().add("kind-mark");
            mark.setMinSize(12, 12);
            mark.setMaxSize(12, 12);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            HistoryRow row = empty ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            mark.getStyleClass().setAll("kind-mark", "kind-" + kind(row.entry().type()));
            setText(item);
            setGraphic(mark);
        }
    }

    static String kind(EntryType type) {
        return switch (type) {
            case BREASTFEEDING, BOTTLE, SOLIDS, PUMPING -> "feeding";
            case SLEEP -> "sleep";
            case DIAPER -> "diaper";
            case MEDICINE, TEMPERATURE -> "medicine";
            case GROWTH -> "growth";
            case ACTIVITY -> "activity";
            case MILESTONE, NOTE -> "note";
        };
    }

    private <T> ComboBox<T> combo(String id, String key, ObservableList<T> items, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setAccessibleText(context.text(key));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? context.text("history.filter.all") : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        box.setMinWidth(150);
        return box;
    }

    private DatePicker datePicker(String id, String key) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setAccessibleText(context.text(key));
        picker.setPrefWidth(150);
        return picker;
    }

    public TextField search() {
        return search;
    }

    public TableView<HistoryRow> table() {
        return table;
    }

    public Parent root() {
        return root;
    }

}
