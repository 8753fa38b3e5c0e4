package eu.ondernemerscheck.domain.branding;

import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** The firm's colour as six hexadecimal digits ({@code #1f5f8b}), the only form the report and the pages accept. */
public record BrandColour(String hex) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    /** The product's own blue, used until a firm picks its colour. */
    public static final BrandColour DEFAULT = new BrandColour("#1f5f8b");

    public BrandColour {
        hex = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new InvalidInputException("colour", "Geef de kleur als # met zes tekens 0-9 of a-f, bijvoorbeeld"
                    + " #1f5f8b.");
        }
    }

    public int red() {
        return Integer.parseInt(hex.substring(1, 3), 16);
    }

    public int green() {
        return Integer.parseInt(hex.substring(3, 5), 16);
    }

    public int blue() {
        return Integer.parseInt(hex.substring(5, 7), 16);
    }
}
