package eu.ondernemerscheck.application.branding.port.in;

import eu.ondernemerscheck.domain.branding.BrandColour;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.branding.LogoImage;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * New branding for the signed-in accountant's firm. {@code logoContent} null keeps the current logo, unless
 * {@code removeLogo}; the logo is checked by its content here, before anything is stored. {@code expectedVersion} is
 * the version the accountant opened (0 when never saved).
 */
public record SaveBrandingCommand(String displayName, BrandColour colour, LogoImage logo, boolean removeLogo,
                                  long expectedVersion) {

    public SaveBrandingCommand {
        displayName = displayName == null ? "" : displayName.strip();
        if (displayName.length() < 2 || displayName.length() > Branding.MAX_NAME
                || displayName.chars().anyMatch(c -> c < 0x20)) {
            throw new InvalidInputException("displayName", "Geef de naam van het kantoor (2 tot "
                    + Branding.MAX_NAME + " tekens, op één regel).");
        }
        if (colour == null) {
            colour = BrandColour.DEFAULT;
        }
    }

    /**
     * The command from what the accountant typed and uploaded, with every problem at once.
     *
     * @throws InvalidInputException naming {@code displayName}, {@code colour} and {@code logo} as needed
     */
    public static SaveBrandingCommand of(String displayName, String colour, String logoFileName, byte[] logoContent,
                                         boolean removeLogo, long expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        BrandColour parsedColour = null;
        LogoImage logo = null;
        try {
            parsedColour = new BrandColour(colour);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (logoContent != null && !removeLogo) {
            try {
                logo = LogoImage.inspect(logoFileName, logoContent);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        try {
            SaveBrandingCommand command = new SaveBrandingCommand(displayName, parsedColour, logo, removeLogo,
                    expectedVersion);
            if (errors.isEmpty()) {
                return command;
            }
        } catch (InvalidInputException e) {
            errors.addAll(0, e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
