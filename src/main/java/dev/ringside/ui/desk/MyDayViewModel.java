package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.desk.DayStats;
import dev.ringside.ui.TimeText;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.Desk;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "My day": answered, missed and rejected calls today, average ring and talk time, time on break,
 * and the calls per hour for the chart; worked out again whenever the history changes.
 */
public final class MyDayViewModel {

    /** The chart shows at least these hours, more when calls came earlier or later. */
    static final int FIRST_HOUR = 8;
    static final int LAST_HOUR = 18;

    private final Desk desk;
    private final UiThread ui;
    private final ReadOnlyStringWrapper answered = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper missed = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper rejected = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper averageRing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper averageTalk = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper onBreak = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<DayStats.HourCount>> hours = new ReadOnlyObjectWrapper<>(List.of());

    MyDayViewModel(Desk desk, UiThread ui) {
        this.desk = desk;
        this.ui = ui;
    }

    public void refresh() {
        ui.deliver(desk.myDay(), this::show, failure -> error.set(UiThread.messageOf(failure)));
    }

    void show(DayStats s) {
        error.set("");
        answered.set(String.valueOf(s.answered()));
        missed.set(String.valueOf(s.missed()));
        rejected.set(String.valueOf(s.rejected()));
        averageRing.set(s.averageRing() == null ? lang("desk.day.none") : TimeText.duration(s.averageRing()));
        averageTalk.set(s.averageTalk() == null ? lang("desk.day.none") : TimeText.duration(s.averageTalk()));
        onBreak.set(TimeText.duration(s.onBreak() == null ? Duration.ZERO : s.onBreak()));
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (DayStats.HourCount h : s.perHour()) {
            if (h.total() > 0) {
                first = Math.min(first, h.hour());
                last = Math.max(last, h.hour());
            }
        }
        hours.set(List.copyOf(s.perHour().subList(first, last + 1)));
    }

    public ReadOnlyStringProperty answeredProperty() { return answered.getReadOnlyProperty(); }
    public ReadOnlyStringProperty missedProperty() { return missed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rejectedProperty() { return rejected.getReadOnlyProperty(); }
    public ReadOnlyStringProperty averageRingProperty() { return averageRing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty averageTalkProperty() { return averageTalk.getReadOnlyProperty(); }
    public ReadOnlyStringProperty onBreakProperty() { return onBreak.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The hours the chart shows, in order. */
    public ReadOnlyObjectProperty<List<DayStats.HourCount>> hoursProperty() { return hours.getReadOnlyProperty(); }
}
