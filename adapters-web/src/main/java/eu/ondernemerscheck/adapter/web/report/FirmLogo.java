package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.branding.LogoImage;

import java.util.Optional;

/**
 * A firm's logo as an image on a page. It is served with its checked media type, {@code nosniff} and a policy that
 * forbids any script, style sheet or connection from inside it, so even an SVG that slipped past the upload check
 * could do nothing; as an {@code <img>} a browser runs no SVG script anyway.
 */
public final class FirmLogo {

    private FirmLogo() {
    }

    /** The logo, or empty when the firm has none. */
    public static Optional<Image> of(Branding branding) {
        return branding.optionalLogo().map(logo -> {
            Image image = new Image(handler(logo), ReportTexts.text("logo.alt", branding.displayName()));
            image.addClassName("oc-firm-logo");
            return image;
        });
    }

    private static DownloadHandler handler(LogoImage logo) {
        byte[] bytes = logo.bytes();
        return event -> {
            event.setContentType(logo.type().mediaType());
            event.setFileName("logo." + logo.type().extension());
            event.inline();
            event.setContentLength(bytes.length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline';"
                    + " sandbox");
            Downloads.write(event, bytes);
        };
    }
}
