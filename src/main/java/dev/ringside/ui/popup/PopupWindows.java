package dev.ringside.ui.popup;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.robot.Robot;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Puts the popups the {@link IncomingCallsViewModel} lists on screen: one fixed-size window per
 * call (a few at most), plus one "+N more ringing" window that brings up the main window. They
 * stack at the bottom right of the screen the operator works on (left of the main window when it
 * leaves room), clear of the main window's pager.
 */
public final class PopupWindows {

    static final double WIDTH = 360;
    static final double CALL_HEIGHT = 254;
    static final double MORE_HEIGHT = 46;
    /** The main window's bottom strip (pager, messages) that the stack leaves visible. */
    static final double PAGER_CLEARANCE = 64;
    /** Call windows take at most this share of the screen's height; more calls go to "+N more ringing". */
    static final double MAX_SCREEN_SHARE = 0.6;

    private final IncomingCallsViewModel model;
    private final PopupHost host;
    private final BooleanSupplier mayTakeFocus;
    private final Runnable showMainWindow;
    private final Map<IncomingCallViewModel, PopupSurface> calls = new LinkedHashMap<>();
    private final Label moreText = new Label();
    private PopupSurface more;

    public PopupWindows(IncomingCallsViewModel model, PopupHost host, BooleanSupplier mayTakeFocus, Runnable showMainWindow) {
        this.model = model;
        this.host = host;
        this.mayTakeFocus = mayTakeFocus;
        this.showMainWindow = showMainWindow;
        model.popups().addListener((ListChangeListener<IncomingCallViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::close);
                change.getAddedSubList().forEach(this::open);
            }
            restack();
        });
        model.moreRingingProperty().addListener((obs, o, n) -> showMore(n.intValue()));
        host.ownerProperty().addListener((obs, o, owner) -> reshowAll());
        // the stack keeps clear of the main window wherever it goes (a window manager may place it after the popups)
        mainPlace().forEach(v -> v.addListener(mainMoved));
        model.setMaxWindows(windowsThatFit(workingScreen().getVisualBounds().getHeight()));
        model.popups().forEach(this::open);
        showMore(model.moreRingingProperty().get());
        restack();
    }

    private void open(IncomingCallViewModel popup) {
        PopupSurface surface = PopupSurface.of(new IncomingCallView(popup).load(), WIDTH, CALL_HEIGHT,
                mayTakeFocus.getAsBoolean(), lang("popup.title", popup.callerNumberProperty().get()),
                new PopupSurface.Keys() {
                    @Override
                    public void enter() {
                        popup.acceptKey();
                    }

                    @Override
                    public void escape() {
                        popup.rejectKey();
                    }
                });
        if (surface.window() instanceof Stage stage) {
            stage.setOnCloseRequest(e -> popup.dismiss());
        }
        calls.put(popup, surface);
        surface.show(host.owner());
    }

    /** Call windows that fit in the screen's share, leaving room for the "more ringing" one. */
    static int windowsThatFit(double screenHeight) {
        double room = screenHeight * MAX_SCREEN_SHARE - MORE_HEIGHT - PopupStack.GAP;
        return (int) Math.max(1, Math.floor((room + PopupStack.GAP) / (CALL_HEIGHT + PopupStack.GAP)));
    }

    private void close(IncomingCallViewModel popup) {
        PopupSurface surface = calls.remove(popup);
        if (surface != null) {
            surface.close();
        }
    }

    private void showMore(int waiting) {
        if (waiting <= 0) {
            if (more != null) {
                more.close();
                more = null;
            }
            restack();
            return;
        }
        moreText.setText(plural("popup.more", waiting));
        if (more == null) {
            FontIcon icon = new FontIcon("mdi2p-phone-ring");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label open = new Label(lang("popup.more.show"));
            open.getStyleClass().add("popup-more-link");
            HBox box = new HBox(10, icon, moreText, spacer, open);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("popup-more");
            box.setOnMouseClicked(e -> showMainWindow.run());
            // never takes the focus: it only leads to the main window
            more = PopupSurface.of(box, WIDTH, MORE_HEIGHT, false, lang("popup.more.title"), null);
            more.show(host.owner());
        }
        restack();
    }

    private void reshowAll() {
        Window owner = host.owner();
        calls.values().forEach(s -> s.show(owner));
        if (more != null) {
            more.show(owner);
        }
        restack();
    }

    private void restack() {
        List<PopupSurface> stack = new ArrayList<>(calls.values());
        if (more != null) {
            stack.add(more);
        }
        if (stack.isEmpty()) {
            return;
        }
        List<Point2D> sizes = stack.stream().map(s -> new Point2D(s.width, s.height)).toList();
        double height = sizes.stream().mapToDouble(Point2D::getY).sum() + PopupStack.GAP * (sizes.size() - 1);
        List<Point2D> at = PopupStack.positions(area(height), sizes);
        for (int i = 0; i < stack.size(); i++) {
            stack.get(i).moveTo(at.get(i).getX(), at.get(i).getY());
        }
    }

    private final javafx.beans.InvalidationListener mainMoved = obs -> restack();

    private List<javafx.beans.Observable> mainPlace() {
        Stage main = host.main();
        return List.of(main.xProperty(), main.yProperty(), main.widthProperty(), main.heightProperty(),
                main.iconifiedProperty(), main.showingProperty());
    }

    /** The part of the working screen the stack may use (see {@link PopupStack#area}). */
    private Rectangle2D area(double stackHeight) {
        Rectangle2D screen = workingScreen().getVisualBounds();
        Stage main = host.main();
        Rectangle2D mainBounds = !main.isShowing() || main.isIconified() ? null
                : new Rectangle2D(main.getX(), main.getY(), main.getWidth(), main.getHeight());
        return PopupStack.area(screen, mainBounds, WIDTH, stackHeight, PAGER_CLEARANCE);
    }

    /** The screen holding the main window when it is on screen, else the one under the mouse. */
    private Screen workingScreen() {
        Stage main = host.main();
        if (main.isShowing() && !main.isIconified()) {
            List<Screen> screens = Screen.getScreensForRectangle(main.getX(), main.getY(), main.getWidth(), main.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0);
            }
        }
        try {
            Point2D mouse = new Robot().getMousePosition();
            List<Screen> screens = Screen.getScreensForRectangle(mouse.getX(), mouse.getY(), 1, 1);
            if (!screens.isEmpty()) {
                return screens.get(0);
            }
        } catch (RuntimeException e) {
            // no robot on this platform: fall back to the primary screen
        }
        return Screen.getPrimary();
    }

    /** Windows on screen now, for tests: the call popups and the "more ringing" one. */
    public List<Window> windows() {
        List<Window> out = new ArrayList<>();
        calls.values().forEach(s -> out.add(s.window()));
        if (more != null) {
            out.add(more.window());
        }
        return out;
    }

    /** Closes every window (logout). */
    public void closeAll() {
        mainPlace().forEach(v -> v.removeListener(mainMoved));
        new ArrayList<>(calls.keySet()).forEach(this::close);
        if (more != null) {
            more.close();
            more = null;
        }
    }
}
