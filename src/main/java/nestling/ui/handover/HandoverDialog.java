package nestling.ui.handover;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nestling.guidance.Handover;
import nestling.ui.common.Controls;
import nestling.ui.common.UiContext;

/**
 * "While you were away": one card for the caregiver coming on duty, and the same card printed through
 * the system's print dialog (which also saves it as a PDF where the desktop offers that).
 */
public final class HandoverDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final UiContext context;
    private final HandoverViewModel model;
    private final HandoverTexts texts;
    private final VBox card = new VBox(10);
    private final Label printProblem = Controls.text("handover-print-problem", "", "field-error");

    public HandoverDialog(UiContext context, HandoverViewModel model, Window owner) {
        this.context = context;
        this.model = model;
        this.texts = new HandoverTexts(context);
        dialog.initOwner(owner);
        dialog.setTitle(context.text("handover.title"));
        dialog.setHeaderText(context.formats().message("handover.header", model.baby().name()));
        dialog.getDialogPane().setId("handover-dialog");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        ButtonType print = new ButtonType(context.text("handover.print"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(print, ButtonType.CLOSE);

        ToggleGroup since = new ToggleGroup();
        RadioButton mine = new RadioButton();
        mine.setId("handover-since-mine");
        mine.setToggleGroup(since);
        mine.textProperty().bind(Bindings.createStringBinding(() -> model.myLastEntryProperty().get() == null ? ""
                : context.formats().message("handover.sinceMine", model.caregiverNameProperty().get(),
                        context.formats().time(model.myLastEntryProperty().get())),
                model.myLastEntryProperty(), model.caregiverNameProperty()));
        mine.visibleProperty().bind(model.myLastEntryProperty().isNotNull());
        mine.managedProperty().bind(mine.visibleProperty());
        RadioButton fromTime = new RadioButton(context.text("handover.sinceTime"));
        fromTime.setId("handover-since-time");
        fromTime.setToggleGroup(since);
        TextField time = new TextField();
        time.setId("handover-time");
        time.setAccessibleText(context.text("handover.sinceTime"));
        time.setPrefColumnCount(6);
        time.textProperty().bindBidirectional(model.sinceTimeProperty());
        time.disableProperty().bind(fromTime.selectedProperty().not());
        time.setOnAction(e -> model.show());
        Button show = Controls.button("handover-show", context.text("handover.show"));
        show.disableProperty().bind(fromTime.selectedProperty().not());
        show.setOnAction(e -> model.show());
        model.sinceMyLastEntryProperty().subscribe(m -> since.selectToggle(m ? mine : fromTime));
        since.selectedToggleProperty().subscribe(t -> {
            boolean wantMine = t == mine;
            if (wantMine != model.sinceMyLastEntryProperty().get()) {
                model.sinceMyLastEntryProperty().set(wantMine);
                model.show();
            }
        });
        HBox timeRow = new HBox(8, fromTime, time, show);
        timeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label problem = Controls.message("handover-problem", model.problemProperty(), "field-error");

        card.setId("handover-card");
        card.getStyleClass().add("card");
        card.setPadding(new Insets(14));
        model.handoverProperty().subscribe(this::fill);
        VBox content = new VBox(12, mine, timeRow, problem, card, printProblem);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        Button printButton = (Button) dialog.getDialogPane().lookupButton(print);
        printButton.setId("handover-print");
        printButton.disableProperty().bind(model.handoverProperty().isNull());
        printButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // printing keeps the dialog open
            print(owner);
        });
    }

    private void fill(Handover handover) {
        card.getChildren().clear();
        if (handover == null) {
            return;
        }
        Label heading = Controls.text("handover-heading", texts.heading(model.baby().name(), handover), "card-title");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        card.getChildren().add(heading);
        GridPane grid = new GridPane(12, 6);
        // Captions keep their whole width (German ones are long); the texts take the rest and wrap.
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().setAll(captions, values);
        int row = 0;
        for (HandoverTexts.Line line : texts.lines(handover, model.units())) {
            Label caption = Controls.text("handover-caption-" + row, line.caption(), "field-caption");
            caption.setMinWidth(Region.USE_PREF_SIZE);
            Label text = Controls.text("handover-line-" + row, line.text(), "value");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(row++, caption, text);
        }
        card.getChildren().add(grid);
        // The dialog was sized before the first handover arrived: grow it to hold the card.
        if (dialog.isShowing()) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    /** The card as it shows, on one page, through the system's print dialog. */
    private void print(Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            printProblem.setText(context.text("handover.noPrinter"));
            return;
        }
        printProblem.setText("");
        if (job.showPrintDialog(owner)) {
            if (job.printPage(card)) {
                job.endJob();
            } else {
                printProblem.setText(context.text("handover.printFailed"));
            }
        }
    }

    /**
     * Opens once the first handover is read (or its reading failed), so the dialog is sized and placed
     * for its content: opened empty and grown afterwards, its buttons ended up below a small screen.
     */
    public void show() {
        Runnable open = () -> {
            if (!dialog.isShowing()) {
                dialog.show();
            }
        };
        model.handoverProperty().subscribe(h -> {
            if (h != null) {
                open.run();
            }
        });
        model.problemProperty().subscribe(p -> {
            if (!p.isEmpty()) {
                open.run();
            }
        });
        model.start();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
