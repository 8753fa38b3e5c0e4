package eu.ondernemerscheck.application.report.port.in;

import java.util.Objects;

/** A generated file: the name it is offered under (safe characters only) and its content. */
public record ReportFile(String fileName, String mediaType, byte[] content) {
    public ReportFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
