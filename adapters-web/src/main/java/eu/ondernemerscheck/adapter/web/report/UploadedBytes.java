package eu.ondernemerscheck.adapter.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an upload into memory up to a limit and no further, so a file larger than allowed (the browser's own size
 * check can be bypassed) costs at most the limit in memory (ASVS 5.2.1).
 */
final class UploadedBytes {

    private UploadedBytes() {
    }

    /** The content, or empty when it is longer than {@code limit} bytes. */
    static Optional<byte[]> readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.of(out.toByteArray());
    }
}
