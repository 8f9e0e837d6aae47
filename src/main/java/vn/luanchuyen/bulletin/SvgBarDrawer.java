package vn.luanchuyen.bulletin;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws the inline SVG of the bar charts: {@code <svg width height>} holding {@code <rect x y
 * width height fill="#rrggbb">}, in user units of CSS pixels. That is all the charts need, so no
 * SVG library is pulled in; any other element is refused, so nothing is silently left out.
 */
final class SvgBarDrawer implements SVGDrawer {

    private record Rect(double x, double y, double w, double h, FSRGBColor fill) {
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext css, double cssWidth, double cssHeight, double dotsPerPixel) {
        double width = number(svg, "width");
        double height = number(svg, "height");
        List<Rect> rects = new ArrayList<>();
        for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (!"rect".equals(e.getLocalName())) {
                throw new BulletinException("biểu đồ SVG chỉ được dùng <rect>, gặp <" + e.getLocalName() + ">");
            }
            rects.add(new Rect(number(e, "x"), number(e, "y"), number(e, "width"), number(e, "height"), color(e.getAttribute("fill"))));
        }
        return new Image(width * dotsPerPixel, height * dotsPerPixel, dotsPerPixel, List.copyOf(rects));
    }

    private record Image(double width, double height, double scale, List<Rect> rects) implements SVGImage {
        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height);
        }

        @Override
        public void drawSVG(OutputDevice out, RenderingContext ctx, double x, double y) {
            for (Rect r : rects) {
                out.setColor(r.fill());
                out.fill(new Rectangle2D.Double(x + r.x() * scale, y + r.y() * scale, r.w() * scale, r.h() * scale));
            }
        }
    }

    private static double number(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        if (v.isEmpty()) return 0;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException ex) {
            throw new BulletinException("biểu đồ SVG: thuộc tính " + attribute + "=\"" + v + "\" không phải là số", ex);
        }
    }

    private static FSRGBColor color(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) throw new BulletinException("biểu đồ SVG: màu \"" + hex + "\" phải có dạng #rrggbb");
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new FSRGBColor((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // The charts hold no text.
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        // The charts hold no text.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
