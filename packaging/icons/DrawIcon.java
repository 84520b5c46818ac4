import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Ringside mark: a white handset on a teal rounded square with two ring waves.
 * Vector shapes rendered at every size (no downscaling), so 16 px stays crisp.
 * Run: java packaging/icons/DrawIcon.java packaging/icons/png 16 24 32 48 64 128 256 512 1024
 */
public class DrawIcon {

    public static void main(String[] args) throws Exception {
        File out = new File(args[0]);
        out.mkdirs();
        for (int i = 1; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            ImageIO.write(draw(size), "png", new File(out, "ringside-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size, size); // draw in a 1 x 1 box

        // small sizes use the whole square; large ones leave the margin macOS and GNOME expect
        double inset = size <= 32 ? 0.0 : 0.06;
        double side = 1 - 2 * inset;
        Shape tile = new RoundRectangle2D.Double(inset, inset, side, side, side * 0.44, side * 0.44);
        g.setPaint(new GradientPaint(0f, (float) inset, new Color(0x14A3A8), 0f, (float) (1 - inset),
                new Color(0x0B5D78)));
        g.fill(tile);

        g.translate(inset, inset);
        g.scale(side, side);

        g.setColor(Color.WHITE);
        g.fill(handset());

        // ring waves around the earpiece; one wave at tiny sizes, where two blur into a blob
        double stroke = size <= 24 ? 0.085 : 0.06;
        g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double cx = 0.60;
        double cy = 0.40;
        double[] radii = size <= 24 ? new double[] {0.22} : new double[] {0.17, 0.29};
        for (double r : radii) {
            g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 5, 80, Arc2D.OPEN));
        }
        g.dispose();
        return img;
    }

    /** A classic handset: a curved grip with an ear and a mouth piece, tilted like the phone glyph. */
    static Shape handset() {
        double cx = 0.62;
        double cy = 0.50;
        double r = 0.34;
        double grip = 0.13;
        Area shape = new Area(new BasicStroke((float) grip, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, 125, 110, Arc2D.OPEN)));
        for (double angle : new double[] {125, 235}) {
            double rad = Math.toRadians(angle);
            double px = cx + r * Math.cos(rad);
            double py = cy - r * Math.sin(rad);
            // a pad lying along the arc's tangent, pushed toward the centre (the face side)
            Shape pad = new RoundRectangle2D.Double(-0.13, -0.035, 0.26, 0.16, 0.10, 0.10);
            AffineTransform at = new AffineTransform();
            at.translate(px, py);
            at.rotate(-rad + Math.PI / 2); // local +y points to the centre
            shape.add(new Area(at.createTransformedShape(pad)));
        }
        AffineTransform tilt = AffineTransform.getRotateInstance(Math.toRadians(-35), 0.5, 0.5);
        tilt.preConcatenate(AffineTransform.getTranslateInstance(-0.02, 0.04));
        return tilt.createTransformedShape(shape);
    }
}
