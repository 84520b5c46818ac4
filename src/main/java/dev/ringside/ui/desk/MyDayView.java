package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.desk.DayStats;
import dev.ringside.ui.ViewLoader;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** "My day": the day's counts and averages, and a stacked bar per hour (answered, missed, rejected). */
public final class MyDayView {

    private final MyDayViewModel model;

    @FXML private Label error;
    @FXML private Label answered;
    @FXML private Label missed;
    @FXML private Label rejected;
    @FXML private Label averageRing;
    @FXML private Label averageTalk;
    @FXML private Label onBreak;
    @FXML private StackedBarChart<String, Number> chart;
    @FXML private CategoryAxis hourAxis;
    @FXML private NumberAxis countAxis;

    public MyDayView(MyDayViewModel model) {
        this.model = model;
    }

    public Parent load() {
        return ViewLoader.load(this);
    }

    @FXML
    private void initialize() {
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        answered.textProperty().bind(model.answeredProperty());
        missed.textProperty().bind(model.missedProperty());
        rejected.textProperty().bind(model.rejectedProperty());
        averageRing.textProperty().bind(model.averageRingProperty());
        averageTalk.textProperty().bind(model.averageTalkProperty());
        onBreak.textProperty().bind(model.onBreakProperty());
        countAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        model.hoursProperty().addListener((obs, o, hours) -> show(hours));
        show(model.hoursProperty().get());
    }

    private void show(List<DayStats.HourCount> hours) {
        XYChart.Series<String, Number> answeredSeries = new XYChart.Series<>();
        answeredSeries.setName(lang("desk.day.answered"));
        XYChart.Series<String, Number> missedSeries = new XYChart.Series<>();
        missedSeries.setName(lang("desk.day.missed"));
        XYChart.Series<String, Number> rejectedSeries = new XYChart.Series<>();
        rejectedSeries.setName(lang("desk.day.rejected"));
        int max = 1;
        for (DayStats.HourCount h : hours) {
            String hour = lang("desk.day.chart.hourLabel", h.hour());
            answeredSeries.getData().add(new XYChart.Data<>(hour, h.answered()));
            missedSeries.getData().add(new XYChart.Data<>(hour, h.missed()));
            rejectedSeries.getData().add(new XYChart.Data<>(hour, h.rejected()));
            max = Math.max(max, h.total());
        }
        countAxis.setAutoRanging(false);
        countAxis.setLowerBound(0);
        countAxis.setUpperBound(max + 1);
        countAxis.setTickUnit(Math.max(1, (max + 1) / 5));
        hourAxis.getCategories().setAll(hours.stream().map(h -> lang("desk.day.chart.hourLabel", h.hour())).toList());
        chart.getData().setAll(List.of(answeredSeries, missedSeries, rejectedSeries));
    }
}
