package dev.ringside.ui.popup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the stack of call popups goes: never over the main window's pager. */
class PopupStackTest {

    private final Rectangle2D screen = new Rectangle2D(0, 0, 1600, 1000);

    @Test
    void bottomRightWhenTheMainWindowIsElsewhereOrHidden() {
        assertEquals(screen, PopupStack.area(screen, null, 360, 500, 64));
        assertEquals(screen, PopupStack.area(screen, new Rectangle2D(0, 0, 1000, 700), 360, 500, 64));
    }

    @Test
    void leftOfTheMainWindowWhenItLeavesRoom() {
        Rectangle2D main = new Rectangle2D(440, 100, 1160, 700);
        Rectangle2D area = PopupStack.area(screen, main, 360, 500, 64);
        Point2D at = PopupStack.positions(area, List.of(new Point2D(360, 500))).get(0);
        assertTrue(at.getX() + 360 <= main.getMinX(), "clear of the main window: " + at);
        assertEquals(1000 - 16 - 500, at.getY(), "still at the bottom");
    }

    @Test
    void aboveThePagerOfAMainWindowThatFillsTheScreen() {
        Rectangle2D main = new Rectangle2D(0, 0, 1600, 1000);
        Rectangle2D area = PopupStack.area(screen, main, 360, 500, 64);
        Point2D at = PopupStack.positions(area, List.of(new Point2D(360, 500))).get(0);
        assertTrue(at.getY() + 500 <= 1000 - 64, "the pager strip stays visible: " + at);
    }
}
