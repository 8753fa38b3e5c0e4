package eu.ondernemerscheck.domain.branding;

import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Logos are taken by their content: the first bytes decide the type, the name must agree, and SVGs stay inert. */
class LogoImageTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0x1f5f8b);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    static final String CLEAN_SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- logo -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
              <defs><linearGradient id="g"><stop offset="0" stop-color="#1f5f8b"/></linearGradient></defs>
              <style>.a { fill: url(#g); }</style>
              <rect class="a" width="10" height="10"/><use xlink:href="#g"/>
            </svg>
            """;

    @Test
    void aPngAJpegAndACleanSvgAreTakenWithTheirSize() throws IOException {
        LogoImage png = LogoImage.inspect("logo.png", image("png", 120, 40));
        assertThat(png.type()).isEqualTo(LogoType.PNG);
        assertThat(png.width()).isEqualTo(120);
        assertThat(png.height()).isEqualTo(40);
        LogoImage jpeg = LogoImage.inspect("Logo.JPG", image("jpg", 64, 48));
        assertThat(jpeg.type()).isEqualTo(LogoType.JPEG);
        assertThat(jpeg.width()).isEqualTo(64);
        assertThat(jpeg.height()).isEqualTo(48);
        assertThat(LogoImage.inspect("logo.svg", CLEAN_SVG.getBytes(StandardCharsets.UTF_8)).type())
                .isEqualTo(LogoType.SVG);
    }

    @Test
    void aPngRenamedSvgIsRefusedBecauseNameAndContentDisagree() throws IOException {
        assertThatThrownBy(() -> LogoImage.inspect("logo.svg", image("png", 10, 10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("eindigt op .svg, maar de inhoud is een PNG");
    }

    @Test
    void htmlRenamedPngIsNoImage() {
        assertThatThrownBy(() -> LogoImage.inspect("logo.png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("geen PNG-, JPEG- of SVG-afbeelding");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><use xlink:href=\"other.svg#x\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://x.example/a.css);</style></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(https://x.example/f)\"/></svg>",
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"xx\">]><svg>&x;</svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div/></foreignObject></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&#106;avascript:alert(1)\"/></svg>",
            "<SVG XMLNS=\"http://www.w3.org/2000/svg\"><SCRIPT>alert(1)</SCRIPT></SVG>"})
    void anSvgWithAnythingActiveOrExternalIsRefused(String svg) {
        assertThatThrownBy(() -> LogoImage.inspect("logo.svg", svg.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Om veiligheidsredenen");
    }

    @Test
    void aLogoOverTheSizeLimitIsRefusedBeforeItsContentIsLookedAt() {
        byte[] big = new byte[LogoImage.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> LogoImage.inspect("logo.png", big)).hasMessageContaining("groter dan 512 kB");
        assertThatThrownBy(() -> LogoImage.inspect("logo.png", new byte[0])).hasMessageContaining("leeg");
    }

    @Test
    void aPngClaimingHugeDimensionsIsRefused() throws IOException {
        byte[] png = image("png", 10, 10);
        // IHDR width at bytes 16-19: claim 100,000 pixels (a decompression bomb would)
        png[16] = 0;
        png[17] = 1;
        png[18] = (byte) 0x86;
        png[19] = (byte) 0xa0;
        assertThatThrownBy(() -> LogoImage.inspect("logo.png", png)).hasMessageContaining("4000 beeldpunten");
    }

    @Test
    void aColourIsSixHexDigits() {
        assertThat(new BrandColour(" #1F5F8B ").hex()).isEqualTo("#1f5f8b");
        assertThat(new BrandColour("#1f5f8b").red()).isEqualTo(0x1f);
        for (String wrong : new String[] {"red", "#12345", "#1234567", "1f5f8b", "#12345g", "#123;}x"}) {
            assertThatThrownBy(() -> new BrandColour(wrong)).isInstanceOf(InvalidInputException.class);
        }
    }
}
