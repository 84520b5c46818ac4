package dev.ringside.ui.popup;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/** Where incoming-call windows go: bottom-right of the screen, the oldest lowest, none overlapping. */
public final class PopupStack {

    static final double MARGIN = 16;
    static final double GAP = 10;

    private PopupStack() {
    }

    /** Top-left corners for windows of these sizes (width, height), in stacking order. */
    public static List<Point2D> positions(Rectangle2D screen, List<Point2D> sizes) {
        List<Point2D> out = new ArrayList<>();
        double bottom = screen.getMaxY() - MARGIN;
        for (Point2D size : sizes) {
            double x = screen.getMaxX() - MARGIN - size.getX();
            double y = bottom - size.getY();
            out.add(new Point2D(Math.max(screen.getMinX(), x), Math.max(screen.getMinY(), y)));
            bottom = y - GAP;
        }
        return out;
    }

    /**
     * The part of the screen the stack ({@code width} x {@code height}) goes into the bottom right of:
     * the whole screen when the stack misses the main window there; else the strip left of the main
     * window when it leaves room for the stack; else the screen above the main window's bottom strip
     * ({@code pagerClearance} high: the pager and messages), so that strip always stays visible.
     *
     * @param main the main window's bounds, or null when it is not on screen
     */
    static Rectangle2D area(Rectangle2D screen, Rectangle2D main, double width, double height, double pagerClearance) {
        if (main == null) {
            return screen;
        }
        Rectangle2D stack = new Rectangle2D(screen.getMaxX() - MARGIN - width, screen.getMaxY() - MARGIN - height,
                width, height);
        if (!stack.intersects(main)) {
            return screen;
        }
        double leftRoom = main.getMinX() - screen.getMinX();
        if (leftRoom >= width + 2 * MARGIN) {
            return new Rectangle2D(screen.getMinX(), screen.getMinY(), leftRoom, screen.getHeight());
        }
        Rectangle2D pager = new Rectangle2D(main.getMinX(), main.getMaxY() - pagerClearance, main.getWidth(), pagerClearance);
        if (!stack.intersects(pager)) {
            return screen;
        }
        double bottom = Math.max(screen.getMinY() + height + MARGIN, pager.getMinY());
        return new Rectangle2D(screen.getMinX(), screen.getMinY(), screen.getWidth(),
                Math.min(screen.getHeight(), bottom - screen.getMinY()));
    }
}
