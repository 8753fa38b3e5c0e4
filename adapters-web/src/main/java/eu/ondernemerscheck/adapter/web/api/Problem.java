package eu.ondernemerscheck.adapter.web.api;

import eu.ondernemerscheck.domain.shared.FieldError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document: a type, a title, the status, a plain-language detail and, for invalid inputs, every
 * invalid field by its path. Never a stack trace, a class name or SQL.
 */
final class Problem {

    static final MediaType PROBLEM_JSON = MediaType.parseMediaType("application/problem+json");
    private static final String TYPES = "https://ondernemerscheck.eu/problems/";

    private Problem() {
    }

    static ResponseEntity<byte[]> of(HttpStatus status, String type, String title, String detail) {
        return of(status, type, title, detail, List.of(), HttpHeaders.EMPTY);
    }

    static ResponseEntity<byte[]> invalid(String detail, List<FieldError> errors) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-inputs", "Ongeldige invoer", detail, errors,
                HttpHeaders.EMPTY);
    }

    static ResponseEntity<byte[]> of(HttpStatus status, String type, String title, String detail,
                                     List<FieldError> errors, HttpHeaders headers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPES + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream()
                    .map(e -> ordered("field", e.field(), "message", e.message())).toList());
        }
        return ResponseEntity.status(status).headers(headers).contentType(PROBLEM_JSON)
                .body(ApiJson.MAPPER.writeValueAsBytes(body));
    }

    /**
     * A JSON object whose fields keep the order given: {@code Map.of} iterates in an order that changes from one start
     * of the application to the next, so the same answer came out with its fields in a different order.
     */
    static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }
}
