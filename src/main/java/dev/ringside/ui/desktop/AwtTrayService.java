package dev.ringside.ui.desktop;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.ui.port.TrayService;
import java.awt.AWTException;
import java.awt.BasicStroke;
import java.awt.CheckboxMenuItem;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The AWT system tray: a phone-coloured dot for the link, a red badge with the unseen missed count. */
public final class AwtTrayService implements TrayService {

    private static final Logger LOG = LoggerFactory.getLogger(AwtTrayService.class);

    private TrayIcon icon;

    @Override
    public boolean isAvailable() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    @Override
    public void install(Actions actions) {
        EventQueue.invokeLater(() -> {
            try {
                PopupMenu menu = new PopupMenu();
                MenuItem show = new MenuItem(lang("tray.show"));
                show.addActionListener(e -> Platform.runLater(actions::show));
                CheckboxMenuItem pause = new CheckboxMenuItem(lang("tray.pause"));
                pause.addItemListener(e -> {
                    boolean paused = pause.getState();
                    Platform.runLater(() -> actions.setPopupsPaused(paused));
                });
                MenuItem quit = new MenuItem(lang("tray.quit"));
                quit.addActionListener(e -> Platform.runLater(actions::quit));
                menu.add(show);
                menu.add(pause);
                menu.addSeparator();
                menu.add(quit);
                int size = SystemTray.getSystemTray().getTrayIconSize().width;
                icon = new TrayIcon(draw(Link.OFFLINE, 0, Math.max(16, size)), lang("app.name"), menu);
                icon.setImageAutoSize(true);
                icon.addActionListener(e -> Platform.runLater(actions::show));
                SystemTray.getSystemTray().add(icon);
            } catch (AWTException | RuntimeException e) {
                LOG.warn("No tray icon: {}", e.toString());
                icon = null;
            }
        });
    }

    @Override
    public void update(Link link, int unseenMissed, String tooltip) {
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                int size = Math.max(16, SystemTray.getSystemTray().getTrayIconSize().width);
                icon.setImage(draw(link, unseenMissed, size));
                icon.setToolTip(tooltip);
            }
        });
    }

    /** For the Windows balloon notifier. */
    void displayMessage(String title, String message) {
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                icon.displayMessage(title, message, TrayIcon.MessageType.INFO);
            }
        });
    }

    boolean isInstalled() {
        return icon != null;
    }

    @Override
    public void remove() {
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        });
    }

    static BufferedImage draw(Link link, int missed, int size) {
        int s = size * 2;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x2563EB));
        g.fillRoundRect(s / 16, s / 16, s * 7 / 8, s * 7 / 8, s / 3, s / 3);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(s / 12f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(s / 4, s / 4, s / 2, s / 2, 200, 140);
        g.setColor(switch (link) {
            case CONNECTED -> new Color(0x16A34A);
            case RECONNECTING -> new Color(0xF59E0B);
            case FAILED -> new Color(0xDC2626);
            case OFFLINE -> new Color(0x9CA3AF);
        });
        int dot = s * 3 / 8;
        g.fillOval(s - dot, s - dot, dot, dot);
        if (missed > 0) {
            int badge = s / 2;
            g.setColor(new Color(0xDC2626));
            g.fillOval(s - badge, 0, badge, badge);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, badge * 3 / 4));
            String text = missed > 9 ? "9+" : String.valueOf(missed);
            int w = g.getFontMetrics().stringWidth(text);
            g.drawString(text, s - badge + (badge - w) / 2, badge * 3 / 4);
        }
        g.dispose();
        return img;
    }
}
