package eu.ondernemerscheck.domain.branding;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firm's logo whose content was checked: its type comes from its first bytes (ASVS 5.2.2), the file name's ending
 * must agree with it, and its size and pixel dimensions stay within what the report and the pages need.
 * <p>
 * SVG logos are refused, not cleaned, when they hold anything active or external: scripts, event attributes,
 * {@code javascript:} addresses, foreign objects, document types and entities (XML bombs, external entities),
 * external style sheets and references to anything outside the file itself. Cleaning an SVG safely takes a full XML
 * and CSS sanitiser whose every gap is an injection; refusing leaves nothing to get wrong, and a logo needs none of
 * these things (OWASP File Upload Cheat Sheet; OWASP XSS Prevention Cheat Sheet on SVG).
 */
public record LogoImage(LogoType type, byte[] bytes, int width, int height) {

    /** Large enough for a crisp logo, small enough to keep in the platform register and send with every check page. */
    public static final int MAX_BYTES = 512 * 1024;
    public static final int MAX_PIXELS_PER_SIDE = 4000;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern SVG_ROOT = Pattern.compile("\\A\\s*<(?:.*?<)?svg[\\s>]", Pattern.DOTALL);
    private static final Pattern EVENT_ATTRIBUTE = Pattern.compile("\\son[a-z]+\\s*=");
    private static final Pattern REFERENCE = Pattern.compile("(?:href|src)\\s*=\\s*[\"']?\\s*([^\"'\\s>]*)");
    private static final Pattern CSS_URL = Pattern.compile("url\\s*\\(\\s*[\"']?\\s*([^\"')\\s]*)");
    private static final String[] FORBIDDEN_IN_SVG = {"<script", "<!doctype", "<!entity", "<foreignobject",
            "<iframe", "<embed", "<object", "<?xml-stylesheet", "@import", "javascript:", "vbscript:", "data:", "&#"};

    public LogoImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * The logo in {@code content}, uploaded under {@code fileName}.
     *
     * @throws InvalidInputException on the field {@code logo}, saying in plain Dutch what is wrong
     */
    public static LogoImage inspect(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("Het bestand is leeg.");
        }
        if (content.length > MAX_BYTES) {
            throw refused("Het logo is groter dan 512 kB. Verklein het en probeer het opnieuw.");
        }
        String extension = extensionOf(fileName);
        LogoType type = sniff(content);
        if (type == null) {
            throw refused("Dit bestand is geen PNG-, JPEG- of SVG-afbeelding.");
        }
        if (!type.takes(extension)) {
            throw refused("De bestandsnaam eindigt op ." + extension + ", maar de inhoud is een "
                    + type.name() + "-afbeelding. Geef het bestand de juiste naam.");
        }
        int[] size = switch (type) {
            case PNG -> pngSize(content);
            case JPEG -> jpegSize(content);
            case SVG -> checkSvg(content);
        };
        if (size[0] <= 0 || size[1] <= 0) {
            throw refused("De afmetingen van de afbeelding zijn niet te lezen; het bestand is beschadigd.");
        }
        if (size[0] > MAX_PIXELS_PER_SIDE || size[1] > MAX_PIXELS_PER_SIDE) {
            throw refused("Het logo is groter dan " + MAX_PIXELS_PER_SIDE + " beeldpunten in breedte of hoogte.");
        }
        return new LogoImage(type, content, size[0], size[1]);
    }

    private static LogoType sniff(byte[] content) {
        if (content.length > 24 && Arrays.equals(content, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return LogoType.PNG;
        }
        if (content.length > 4 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return LogoType.JPEG;
        }
        String start = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1)
                .replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        return SVG_ROOT.matcher(start).find() ? LogoType.SVG : null;
    }

    /** Width and height from the IHDR chunk, which the PNG specification puts first (PNG spec §11.2.2). */
    private static int[] pngSize(byte[] png) {
        if (png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            return new int[] {0, 0};
        }
        return new int[] {ByteBuffer.wrap(png, 16, 4).getInt(), ByteBuffer.wrap(png, 20, 4).getInt()};
    }

    /** Width and height from the first start-of-frame segment (ITU T.81 B.2.2); other segments are skipped. */
    private static int[] jpegSize(byte[] jpeg) {
        int at = 2;
        while (at + 9 < jpeg.length) {
            if ((jpeg[at] & 0xff) != 0xff) {
                return new int[] {0, 0};
            }
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xff) {
                at++;
                continue;
            }
            int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                    && marker != 0xcc;
            if (startOfFrame) {
                int height = ((jpeg[at + 5] & 0xff) << 8) | (jpeg[at + 6] & 0xff);
                int width = ((jpeg[at + 7] & 0xff) << 8) | (jpeg[at + 8] & 0xff);
                return new int[] {width, height};
            }
            if (length < 2) {
                return new int[] {0, 0};
            }
            at += 2 + length;
        }
        return new int[] {0, 0};
    }

    /** Refuses anything active or external; the size is nominal (SVG scales), reported as 1 by 1. */
    private static int[] checkSvg(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw refused("Het SVG-bestand is geen geldige UTF-8-tekst.");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN_IN_SVG) {
            if (lower.contains(forbidden)) {
                throw refused("Het SVG-bestand bevat " + describe(forbidden) + ". Om veiligheidsredenen nemen we"
                        + " zo'n SVG niet aan; sla het logo op als PNG of als eenvoudige SVG zonder scripts of"
                        + " koppelingen.");
            }
        }
        if (EVENT_ATTRIBUTE.matcher(lower).find()) {
            throw refused("Het SVG-bestand bevat een script in een attribuut (zoals onload). Om veiligheidsredenen"
                    + " nemen we zo'n SVG niet aan.");
        }
        for (Pattern reference : new Pattern[] {REFERENCE, CSS_URL}) {
            Matcher m = reference.matcher(lower);
            while (m.find()) {
                if (!m.group(1).startsWith("#")) {
                    throw refused("Het SVG-bestand verwijst naar iets buiten het bestand (" + shorten(m.group(1))
                            + "). Om veiligheidsredenen nemen we zo'n SVG niet aan.");
                }
            }
        }
        return new int[] {1, 1};
    }

    private static String describe(String forbidden) {
        return switch (forbidden) {
            case "<script", "javascript:", "vbscript:" -> "een script";
            case "<!doctype", "<!entity" -> "een documenttype of entiteiten";
            case "<?xml-stylesheet", "@import" -> "een extern stijlblad";
            case "&#" -> "gecodeerde tekens";
            case "data:" -> "ingebedde gegevens";
            default -> "ingebedde inhoud (" + forbidden.substring(1) + ")";
        };
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String extensionOf(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("logo", message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogoImage other && type == other.type && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "LogoImage[" + type + ", " + bytes.length + " bytes, " + width + "x" + height + "]";
    }
}
