package eu.ondernemerscheck.domain.oracle;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads oracle/sample-cases.json with numbers as BigDecimal, as the API reads requests. */
public final class SampleCases {

    private SampleCases() {
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> load() {
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        try (InputStream in = SampleCases.class.getResourceAsStream("/oracle/sample-cases.json")) {
            return mapper.readValue(in, List.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
