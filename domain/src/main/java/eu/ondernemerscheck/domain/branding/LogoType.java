package eu.ondernemerscheck.domain.branding;

/** The logo formats a firm may upload, with the media type they are served as and the file name endings they take. */
public enum LogoType {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    SVG("image/svg+xml", "svg");

    private final String mediaType;
    private final String[] extensions;

    LogoType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extensions[0];
    }

    boolean takes(String extension) {
        for (String e : extensions) {
            if (e.equals(extension)) {
                return true;
            }
        }
        return false;
    }
}
