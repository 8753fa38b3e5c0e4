package eu.ondernemerscheck.adapter.persistence.report;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SVG logos drawn for the PDF: a plain logo comes out as a picture in its own colours, and an SVG that points at
 * anything outside itself (an image, another document, a style, an external entity) or carries a script is drawn
 * without anything being fetched or run. A local web server counts every request the drawing makes.
 */
class SvgLogoTest {

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    String outside;

    @BeforeEach
    void aServerThatCountsEveryRequest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect id=\"a\" width=\"10\" height=\"10\"/></svg>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        outside = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static byte[] svg(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPlainLogoIsDrawnInItsOwnColoursAtItsProportions() {
        BufferedImage picture = SvgLogo.draw(svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\">"
                + "<rect width=\"300\" height=\"100\" fill=\"#8b1f3a\"/>"
                + "<circle cx=\"50\" cy=\"50\" r=\"30\" fill=\"#ffffff\"/></svg>")).orElseThrow();

        assertThat(picture.getWidth()).isEqualTo(SvgLogo.LONGER_SIDE);
        assertThat(picture.getHeight()).isEqualTo(SvgLogo.LONGER_SIDE / 3);
        assertThat(picture.getRGB(picture.getWidth() * 3 / 4, picture.getHeight() / 2) & 0xffffff)
                .isEqualTo(0x8b1f3a);
        assertThat(picture.getRGB(picture.getWidth() / 6, picture.getHeight() / 2) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void referencesOutsideTheFileAndScriptsAreNeitherFetchedNorRun() {
        BufferedImage picture = SvgLogo.draw(svg("<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"200\" height=\"100\""
                + " onload=\"fetch('" + outside + "/onload')\">"
                + "<style>@import url(" + outside + "/style.css); rect { fill: url(" + outside + "/p.svg#p) }</style>"
                + "<script>fetch('" + outside + "/script')</script>"
                + "<rect width=\"200\" height=\"100\" style=\"fill:#1f5f8b\"/>"
                + "<image href=\"" + outside + "/image.png\" width=\"50\" height=\"50\"/>"
                + "<image xlink:href=\"" + outside + "/old-image.png\" width=\"50\" height=\"50\"/>"
                + "<use href=\"" + outside + "/other.svg#a\"/>"
                + "<rect x=\"150\" width=\"50\" height=\"100\" fill=\"url(" + outside + "/gradient.svg#g)\"/>"
                + "</svg>")).orElseThrow();

        assertThat(requests).as("requests made while drawing").isEmpty();
        assertThat(picture.getRGB(picture.getWidth() / 2, picture.getHeight() * 3 / 4) & 0xffffff)
                .as("the logo itself is drawn").isEqualTo(0x1f5f8b);
    }

    @Test
    void anExternalEntityIsNeverRead() {
        var picture = SvgLogo.draw(svg("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY name SYSTEM \"" + outside
                + "/entity\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\">"
                + "<text>&name;</text></svg>"));

        assertThat(requests).as("requests made while drawing").isEmpty();
        picture.ifPresent(p -> assertThat(p.getWidth()).isEqualTo(SvgLogo.LONGER_SIDE));
    }

    @Test
    void somethingThatIsNoSvgGivesNoPicture() {
        assertThat(SvgLogo.draw(svg("<html>geen logo</html>"))).isEmpty();
        assertThat(SvgLogo.draw(svg("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect"))).isEmpty();
    }
}
