package eu.ondernemerscheck.adapter.persistence.report;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DomDocument;
import com.github.weisj.jsvg.parser.ElementLoader;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * An SVG logo as a picture for the PDF, drawn with JSVG (MIT; pure Java, no scripting engine, no dependencies).
 * <p>
 * Nothing outside the file is ever read, whatever the SVG says, although the upload already refuses such SVGs: the
 * XML parser reads no document type and no external entity (JSVG's own parser settings), images and other resources
 * are refused by the resource policy and a loader that loads nothing, and references ({@code use}, gradients, clip
 * paths) are looked up in the file itself only. JSVG runs no scripts and no event attributes; it has nothing to run
 * them with. A logo that cannot be drawn leaves the report without a logo rather than without a report.
 */
final class SvgLogo {

    /** Pixels of the picture's longer side: sharp in print at the logo's size in the header (140 by 44 points). */
    static final int LONGER_SIDE = 840;

    private static final LoaderContext SAFE = LoaderContext.builder()
            .externalResourcePolicy(ResourcePolicy.DENY_ALL)
            .resourceLoader((document, uri) -> {
                throw new IOException("a logo may not load " + uri);
            })
            .elementLoader(new WithinTheFile())
            .build();

    private SvgLogo() {
    }

    /** The logo drawn on a transparent picture, or empty when the SVG cannot be read or has no size. */
    static Optional<BufferedImage> draw(byte[] svg) {
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(svg), null, SAFE);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (document == null) {
            return Optional.empty();
        }
        FloatSize size = document.size();
        if (!(size.width > 0) || !(size.height > 0)) {
            return Optional.empty();
        }
        double scale = LONGER_SIDE / Math.max(size.width, size.height);
        int width = Math.max(1, (int) Math.round(size.width * scale));
        int height = Math.max(1, (int) Math.round(size.height * scale));
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, g, new ViewBox(size));
        } catch (RuntimeException e) {
            return Optional.empty();
        } finally {
            g.dispose();
        }
        return Optional.of(picture);
    }

    /** Resolves {@code #id} and {@code url(#id)} inside the same file; anything else resolves to nothing. */
    private static final class WithinTheFile implements ElementLoader {
        @Override
        public <T> T loadElement(Class<T> type, String value, DomDocument document) {
            if (value == null) {
                return null;
            }
            String reference = value.strip();
            if (reference.startsWith("url(") && reference.endsWith(")")) {
                reference = reference.substring(4, reference.length() - 1).strip();
                if (reference.length() > 1 && (reference.startsWith("\"") || reference.startsWith("'"))) {
                    reference = reference.substring(1, reference.length() - 1);
                }
            }
            if (!reference.startsWith("#") || reference.length() == 1) {
                return null;
            }
            return document.getElementById(type, reference.substring(1));
        }
    }
}
