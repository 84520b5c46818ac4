package dev.ringside.ui.history;

import java.util.Collection;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Pane;

/**
 * Column widths that follow the texts of the current language: no column is narrower than its
 * heading, and the status column holds its longest status chip ("Перезвонили" is wider than "Called back").
 */
final class ColumnFit {

    /** A cell's padding (0 8) and the missed row's 3-pixel mark, left and right together. */
    private static final double CELL_PADDING = 20;
    /** Room for the vertical scroll bar. */
    private static final double SCROLL_BAR = 16;

    private ColumnFit() {
    }

    /** Once the table has its headers on screen, widens every column whose heading would be cut. */
    static void headings(TableView<?> table) {
        table.skinProperty().addListener((obs, o, skin) -> Platform.runLater(() -> fitHeadings(table)));
        if (table.getSkin() != null) {
            Platform.runLater(() -> fitHeadings(table));
        }
    }

    private static void fitHeadings(TableView<?> table) {
        table.applyCss();
        table.layout();
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label && !label.getText().isEmpty()) {
                widen(header.getTableColumn(), label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset());
            }
        }
    }

    /**
     * Widens {@code column} to the widest of {@code texts} shown as a label with {@code styleClasses},
     * in bold as a missed call's row shows them; measured beside the table once it is on screen,
     * where the stylesheet applies.
     */
    static void content(TableView<?> table, TableColumn<?, ?> column, Collection<String> texts, String... styleClasses) {
        Runnable measure = () -> {
            if (!(table.getParent() instanceof Pane host)) {
                return;
            }
            Label probe = new Label();
            probe.getStyleClass().setAll(styleClasses);
            probe.setStyle("-fx-font-weight: bold");
            probe.setManaged(false);
            probe.setVisible(false);
            host.getChildren().add(probe);
            probe.applyCss();
            double widest = 0;
            for (String text : texts) {
                probe.setText(text);
                widest = Math.max(widest, probe.prefWidth(-1));
            }
            host.getChildren().remove(probe);
            widen(column, widest + CELL_PADDING);
        };
        table.skinProperty().addListener((obs, o, skin) -> Platform.runLater(measure));
        if (table.getSkin() != null) {
            Platform.runLater(measure);
        }
    }

    /**
     * The table is never narrower than its columns' minimum widths: the window's smallest size
     * follows it, instead of the last columns being cut off.
     */
    static void noNarrowerThanItsColumns(TableView<?> table) {
        Runnable fit = () -> {
            table.setMinWidth(table.getColumns().stream().mapToDouble(TableColumnBase::getMinWidth).sum()
                    + table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR);
            reapplyPolicy(table);
        };
        table.getColumns().forEach(c -> c.minWidthProperty().addListener((obs, o, n) -> fit.run()));
        fit.run();
    }

    /**
     * A column widened after the table was laid out keeps its width past the table's edge until the
     * table's width changes: the resize policy runs again when it is set again.
     */
    private static <S> void reapplyPolicy(TableView<S> table) {
        Platform.runLater(() -> {
            var policy = table.getColumnResizePolicy();
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            table.setColumnResizePolicy(policy);
        });
    }

    private static void widen(TableColumnBase<?, ?> column, double needed) {
        double width = Math.ceil(needed);
        if (column.getMinWidth() < width) {
            column.setMinWidth(width);
        }
        if (column.getPrefWidth() < width) {
            column.setPrefWidth(width);
        }
    }
}
