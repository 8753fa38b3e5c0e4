package eu.ondernemerscheck.domain.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Report file names carry the firm and the client id in safe characters only. */
class ReportFileNameTest {

    @Test
    void typedCharactersNeverReachTheFileName() {
        assertThat(ReportFileName.of("Demokantoor Van Dijk & Peeters", 42, 2025))
                .isEqualTo("rapport-demokantoor-van-dijk-peeters-42-2025.pdf");
        assertThat(ReportFileName.of("a\"b\r\nc.pdf/../../etc", 1, 2024)).isEqualTo("rapport-a-b-c-pdf-etc-1-2024.pdf");
        assertThat(ReportFileName.of("Één & Çà", 3, 2025)).isEqualTo("rapport-een-ca-3-2025.pdf");
        assertThat(ReportFileName.of("???", 3, 2025)).isEqualTo("rapport-kantoor-3-2025.pdf");
        assertThat(ReportFileName.slug("x".repeat(100))).hasSize(40);
    }
}
