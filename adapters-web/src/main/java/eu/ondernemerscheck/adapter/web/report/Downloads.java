package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.ondernemerscheck.application.report.port.in.ReportFile;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.report.NoFactsException;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * Download handlers for generated files. The file is made when the link is followed, within that request's
 * sign-in and firm; its name comes from the application (safe characters only); it is never cached by the browser.
 */
final class Downloads {

    private Downloads() {
    }

    static DownloadHandler of(Supplier<ReportFile> make) {
        return (DownloadEvent event) -> {
            ReportFile file;
            try {
                file = make.get();
            } catch (UnknownClientException | NoFactsException e) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(file.fileName());
            event.setContentType(file.mediaType());
            byte[] content = file.content();
            event.setContentLength(content.length);
            event.getResponse().setHeader("Cache-Control", "no-store");
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            write(event, content);
        };
    }

    static void write(DownloadEvent event, byte[] content) throws IOException {
        try (OutputStream out = event.getOutputStream()) {
            out.write(content);
        }
    }
}
