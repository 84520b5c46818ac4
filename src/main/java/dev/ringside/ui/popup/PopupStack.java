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
}
